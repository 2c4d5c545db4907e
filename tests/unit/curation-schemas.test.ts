import { DomainError } from '@/lib/errors';
import * as v from '@/lib/curation/schemas';
import { parseInput } from '@/lib/write/validate';

/** The field a parse refuses, or null when it passes. */
function refused(schema: Parameters<typeof parseInput>[0], input: unknown): string | null {
  try {
    parseInput(schema, input);
    return null;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') return String(error.details.field);
    throw error;
  }
}

describe('entity values', () => {
  test('names are trimmed and required, 1..200 characters', () => {
    expect(parseInput(v.sectorValues, { name: '  Design  ' }).name).toBe('Design');
    expect(refused(v.sectorValues, { name: '   ' })).toBe('name');
    expect(refused(v.sectorValues, { name: 'x'.repeat(201) })).toBe('name');
    expect(refused(v.sectorValues, { name: 'x'.repeat(200) })).toBeNull();
  });

  test('blank optional texts become null; long texts stop at 5000', () => {
    const parsed = parseInput(v.sectorValues, { name: 'A', description: '   ', nameEn: null });
    expect(parsed.description).toBeNull();
    expect(parsed.nameEn).toBeNull();
    expect(refused(v.sectorValues, { name: 'A', description: 'x'.repeat(5001) })).toBe('description');
    expect(refused(v.sectorValues, { name: 'A', description: 'x'.repeat(5000) })).toBeNull();
  });

  test('emails are checked and lower-cased', () => {
    const base = { name: 'A', availability: 'OPEN', contactVisibility: 'MEMBERS' };
    expect(parseInput(v.personValues, { ...base, email: ' Ana@Esempio.IT ' }).email).toBe('ana@esempio.it');
    expect(refused(v.personValues, { ...base, email: 'ana@' })).toBe('email');
    expect(parseInput(v.personValues, { ...base, email: '' }).email).toBeNull();
  });

  test.each(['javascript:alert(1)', 'ftp://esempio.it', 'esempio.it', 'data:text/html,x'])('refuses the URL %s', (website) => {
    expect(refused(v.organizationValues, { name: 'A', kind: 'HUB', website })).toBe('website');
  });

  test('accepts http and https URLs', () => {
    expect(refused(v.organizationValues, { name: 'A', kind: 'HUB', website: 'http://esempio.it/x?y=1' })).toBeNull();
    expect(refused(v.organizationValues, { name: 'A', kind: 'HUB', website: 'https://esempio.it' })).toBeNull();
  });

  test('unknown enum values and out-of-range numbers are refused', () => {
    expect(refused(v.organizationValues, { name: 'A', kind: 'PARTY' })).toBe('kind');
    expect(refused(v.organizationValues, { name: 'A', kind: 'HUB', latitude: 91 })).toBe('latitude');
    expect(refused(v.organizationValues, { name: 'A', kind: 'HUB', foundedYear: 1500 })).toBe('foundedYear');
  });

  test('explicit slugs must be lower-case words joined by hyphens; blank means none', () => {
    expect(refused(v.skillValues, { name: 'A', slug: 'Non Va' })).toBe('slug');
    expect(parseInput(v.skillValues, { name: 'A', slug: ' ' }).slug).toBeNull();
    expect(parseInput(v.skillValues, { name: 'A', slug: 'va-bene-2' }).slug).toBe('va-bene-2');
  });

  test('aliases are trimmed, blank ones dropped, repeats kept once', () => {
    expect(parseInput(v.skillValues, { name: 'A', aliases: [' Foto ', 'foto', '', 'Photo'] }).aliases).toEqual(['Foto', 'Photo']);
    expect(parseInput(v.skillValues, { name: 'A' }).aliases).toEqual([]);
    expect(refused(v.skillValues, { name: 'A', aliases: Array.from({ length: 31 }, (_, i) => `a${i}`) })).toBe('aliases');
  });

  test('an event ends no earlier than it starts; instants are normalised to ISO', () => {
    const ok = parseInput(v.eventValues, { name: 'A', kind: 'TALK', startsAt: '2026-05-01T10:00:00+02:00' });
    expect(ok.startsAt).toBe('2026-05-01T08:00:00.000Z');
    expect(ok.endsAt).toBeNull();
    expect(refused(v.eventValues, { name: 'A', kind: 'TALK', startsAt: '2026-05-02T10:00:00Z', endsAt: '2026-05-01T10:00:00Z' })).toBe('endsAt');
  });

  test('a project ends no earlier than it starts', () => {
    const base = { name: 'A', status: 'IDEA', callOpen: false };
    expect(refused(v.projectValues, { ...base, startDate: '2026-05-02', endDate: '2026-05-01' })).toBe('endDate');
    expect(refused(v.projectValues, { ...base, startDate: '2026-05-01', endDate: '2026-05-01' })).toBeNull();
  });
});

describe('relationship inputs', () => {
  test('a contribution names exactly one contributor', () => {
    expect(refused(v.contributionInput, { projectId: 'p' })).toBe('personId');
    expect(refused(v.contributionInput, { projectId: 'p', personId: 'a', organizationId: 'b' })).toBe('personId');
    expect(refused(v.contributionInput, { projectId: 'p', organizationId: 'b' })).toBeNull();
  });

  test('a membership period ends no earlier than it starts; the manager flag defaults to false', () => {
    expect(refused(v.membershipInput, { personId: 'a', organizationId: 'o', since: '2024-02-01', until: '2024-01-01' })).toBe('until');
    expect(parseInput(v.membershipInput, { personId: 'a', organizationId: 'o' }).isManager).toBe(false);
  });

  test('levels are 1..5', () => {
    expect(refused(v.projectNeedInput, { projectId: 'p', skillId: 's', level: 0 })).toBe('level');
    expect(refused(v.projectNeedInput, { projectId: 'p', skillId: 's', level: 6 })).toBe('level');
    expect(refused(v.projectNeedInput, { projectId: 'p', skillId: 's', level: 5 })).toBeNull();
  });

  test('nothing links to itself', () => {
    expect(refused(v.broaderInput, { skillId: 's', broaderId: 's' })).toBe('broaderId');
    expect(refused(v.relatedInput, { skillId: 's', relatedId: 's' })).toBe('relatedId');
    expect(refused(v.collaborationInput, { organizationId: 'o', partnerId: 'o' })).toBe('partnerId');
  });

  test('sector and skill sets drop repeats and have a limit', () => {
    expect(parseInput(v.sectorsInput, { kind: 'PROJECT', id: 'p', sectorIds: ['a', 'a', 'b'] }).sectorIds).toEqual(['a', 'b']);
    expect(refused(v.eventSkillsInput, { eventId: 'e', skillIds: Array.from({ length: 31 }, (_, i) => `s${i}`) })).toBe('skillIds');
  });
});
