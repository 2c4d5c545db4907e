import { firstFreeSlug, SLUG_PATTERN, slugBase } from '@/lib/curation/slug';
import { curationEditPath, kindOfLabel, kindOfSegment, SEGMENT_OF, CURATION_KINDS } from '@/lib/curation/kinds';

describe('curation slugs', () => {
  test('a slug comes from the name: folded, ASCII words joined by hyphens', () => {
    expect(slugBase('Caffè & Città — Laboratorio!', 'skill')).toBe('caffe-citta-laboratorio');
    expect(SLUG_PATTERN.test(slugBase('  Dati   APERTI ', 'x'))).toBe(true);
  });

  test('a name with no letters or digits falls back to the kind', () => {
    expect(slugBase('—', 'sector')).toBe('sector');
  });

  test('the first free slug adds the smallest free numeric suffix', () => {
    expect(firstFreeSlug('fotografia', [])).toBe('fotografia');
    expect(firstFreeSlug('fotografia', ['fotografia'])).toBe('fotografia-2');
    expect(firstFreeSlug('fotografia', ['fotografia', 'fotografia-2', 'fotografia-analogica'])).toBe('fotografia-3');
  });

  test('a suffixed slug stays within 80 characters and valid', () => {
    const base = 'a'.repeat(80);
    const slug = firstFreeSlug(base, [base]);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-2')).toBe(true);
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });

  test.each([
    ['ok-slug-2', true],
    ['Maiuscole', false],
    ['doppio--trattino', false],
    ['-inizio', false],
    ['fine-', false],
    ['spazi no', false],
    ['accentò', false],
  ])('%s matches the slug pattern: %s', (slug, ok) => {
    expect(SLUG_PATTERN.test(slug)).toBe(ok);
  });
});

describe('curation kinds', () => {
  test('every kind has its own path segment, and segments and labels map back', () => {
    expect(new Set(Object.values(SEGMENT_OF)).size).toBe(CURATION_KINDS.length);
    for (const kind of CURATION_KINDS) expect(kindOfSegment(SEGMENT_OF[kind])).toBe(kind);
    expect(kindOfSegment('altro')).toBeNull();
    expect(kindOfLabel('Organization')).toBe('ORGANIZATION');
    expect(kindOfLabel('Account')).toBeNull();
    expect(curationEditPath('SKILL', 'a b')).toBe('/staff/gestione/competenze/a%20b');
  });
});
