import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { GET as exportRoute } from '@/app/api/me/export/route';
import type { Viewer } from '@/lib/auth/viewer';
import { defineQuery } from '@/lib/graph/query';
import { NODE } from '@/lib/graph/schema';
import type { GraphStore } from '@/lib/graph/store';
import { community } from '@/lib/seed/data';
import { seedId } from '@/lib/seed/load';
import { exportMyData } from '@/lib/self-service/export';
import { readyStore } from '@/lib/server/ready';
import { runAs, type ViewerResult } from '../support/as-viewer';
import { postGraphQL } from '../support/graphql-http';
import { demoAccount, sessionCookie, viewerOfEmail } from '../support/session';

/** Member self-service over a real seeded store: every mutation, allowed and refused, per kind of viewer. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-self-'));

const auditCount = defineQuery<{ n: number }>('test.self.auditCount', `MATCH (a:${NODE.AuditEntry}) RETURN count(a) AS n`);
const lastAudit = defineQuery<{ action: string; entityId: string; actorId: string }>(
  'test.self.lastAudit',
  `MATCH (a:${NODE.AuditEntry}) RETURN a.action AS action, a.entityId AS entityId, a.actorId AS actorId ORDER BY a.at DESC, a.id LIMIT 1`,
);
const personSearchText = defineQuery<{ searchText: string }>(
  'test.self.personSearchText',
  `MATCH (p:${NODE.Person} {id: $id}) RETURN p.searchText AS searchText`,
);

/** A reviewed relationship proposal, as the moderation service would leave it (Kùzu text: this file runs on Kùzu). */
const createRejectedProposal = defineQuery(
  'test.self.createProposal',
  `CREATE (n:${NODE.Proposal} {id: $id, kind: 'MEMBERSHIP', fromId: $fromId, toId: $toId, payload: $payload, state: 'REJECTED',
     proposedBy: $by, createdAt: timestamp($at), updatedAt: timestamp($at), reviewedBy: 'staff', reviewedAt: timestamp($at),
     reviewNote: $note, version: 2})`,
);

let store: GraphStore;
const V: Record<'visitor' | 'self' | 'other' | 'manager' | 'staff' | 'admin' | 'noPerson', Viewer | null> = {
  visitor: null,
  self: null,
  other: null,
  manager: null,
  staff: null,
  admin: null,
  noPerson: null,
};

const KARIM = seedId.person('karim-benali');
const SARA = seedId.person('sara-pellegrini');
const GIULIA = seedId.person('giulia-marchetti');
const RIPRESE = seedId.skill('riprese-video');
const FOTOGRAFIA = seedId.skill('fotografia');
const REGIA = seedId.skill('regia-video');

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  ({ store } = await readyStore());
  V.self = await viewerOfEmail(store, demoAccount('MEMBER').email);
  V.manager = await viewerOfEmail(store, 'gestore@rizoma.example');
  V.staff = await viewerOfEmail(store, demoAccount('STAFF').email);
  V.admin = await viewerOfEmail(store, demoAccount('ADMIN').email);
  // Another member, without an account of their own: the rules look only at the viewer.
  V.other = { accountId: 'account-of-sara', personId: SARA, role: 'MEMBER' };
  V.noPerson = { accountId: 'account-without-person', personId: null, role: 'MEMBER' };
}, 120_000);

afterAll(async () => {
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function audits(): Promise<number> {
  return (await store.query(auditCount))[0]?.n ?? 0;
}

function codeOf(result: ViewerResult<unknown>): unknown {
  return result.errors[0]?.extensions?.code;
}

/** Runs `query` as `viewer`, expecting refusal with `code` and no audit entry written. */
async function refused(viewer: Viewer | null, query: string, variables: Record<string, unknown>, code: string, field?: string) {
  const before = await audits();
  const result = await runAs(store, viewer, query, variables);
  expect(result.errors).toHaveLength(1);
  expect(codeOf(result)).toBe(code);
  if (field) expect(result.errors[0]?.extensions?.field).toBe(field);
  expect(await audits()).toBe(before);
  return result;
}

/** Runs `query` as `viewer`, expecting success with exactly `written` audit entries. */
async function allowed<T = Record<string, unknown>>(viewer: Viewer | null, query: string, variables: Record<string, unknown>, written = 1): Promise<T> {
  const before = await audits();
  const result = await runAs<T>(store, viewer, query, variables);
  expect(result.errors).toEqual([]);
  expect(await audits()).toBe(before + written);
  if (!result.data) throw new Error('no data');
  return result.data;
}

const MY_PROFILE = `{
  myProfile {
    id slug name headline email phone website version availability contactVisibility deletionRequestedAt
    skills { level skill { id slug } }
    organizations { organization { slug } }
    projects { project { slug } }
    proposals { id kind state reviewNote subject { kind name slug public } }
    endorsementsGiven { person { slug } skill { slug } at }
    endorsementsReceived { person { slug } skill { slug } at }
  }
}`;

type Profile = {
  id: string;
  slug: string;
  name: string;
  headline: string | null;
  email: string | null;
  version: number;
  deletionRequestedAt: string | null;
  skills: { level: number; skill: { id: string; slug: string } }[];
  organizations: { organization: { slug: string } }[];
  projects: { project: { slug: string } }[];
  proposals: { id: string; kind: string; state: string; reviewNote: string | null; subject: { kind: string; name: string; slug: string; public: boolean } }[];
  endorsementsGiven: { person: { slug: string }; skill: { slug: string } }[];
  endorsementsReceived: { person: { slug: string }; skill: { slug: string } }[];
};

async function myProfile(viewer: Viewer | null = V.self): Promise<Profile> {
  const result = await runAs<{ myProfile: Profile }>(store, viewer, MY_PROFILE);
  expect(result.errors).toEqual([]);
  if (!result.data?.myProfile) throw new Error('no profile');
  return result.data.myProfile;
}

function profileInput(p: Profile & Record<string, unknown>, changes: Record<string, unknown> = {}) {
  return {
    version: p.version,
    name: p.name,
    headline: p.headline,
    bio: null,
    email: p.email,
    phone: p.phone ?? null,
    website: p.website ?? null,
    location: null,
    availability: p.availability,
    contactVisibility: p.contactVisibility,
    ...changes,
  };
}

const UPDATE_MY = `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { profile { version headline name } } }`;
const UPDATE_PERSON = `mutation($personId: ID!, $input: UpdateProfileInput!) {
  updatePersonProfile(personId: $personId, input: $input) { profile { id version headline } }
}`;

describe('myProfile', () => {
  test('visitors and accounts without a person get null', async () => {
    for (const viewer of [V.visitor, V.noPerson]) {
      const result = await runAs(store, viewer, '{ myProfile { id } }');
      expect(result).toEqual({ data: { myProfile: null }, errors: [] });
    }
  });

  test('the member sees their whole record: private contact, version, skills, links and endorsements', async () => {
    const seed = community.people.find((p) => p.slug === 'karim-benali');
    const p = await myProfile();
    expect(p).toMatchObject({ id: KARIM, slug: 'karim-benali', email: seed?.email, deletionRequestedAt: null });
    expect(p.version).toBeGreaterThanOrEqual(1);
    expect(p.skills.map((s) => s.skill.slug)).toEqual(expect.arrayContaining(seed?.skills.map((s) => s.skill) ?? []));
    expect(p.skills.find((s) => s.skill.slug === 'riprese-video')?.level).toBe(5);
    expect(p.organizations.map((m) => m.organization.slug)).toContain('lucefilm');
    const given = community.endorsements.filter((e) => e.from === 'karim-benali');
    const received = community.endorsements.filter((e) => e.to === 'karim-benali');
    expect(p.endorsementsGiven).toHaveLength(given.length);
    expect(p.endorsementsReceived).toHaveLength(received.length);
    expect(p.endorsementsReceived).toContainEqual(expect.objectContaining({ person: { slug: 'giulia-marchetti' }, skill: { slug: 'riprese-video' } }));
  });
});

describe('updateMyProfile / updatePersonProfile', () => {
  test('visitors are asked to sign in; an account without a person is refused', async () => {
    const p = await myProfile();
    await refused(V.visitor, UPDATE_MY, { input: profileInput(p as Profile & Record<string, unknown>) }, 'UNAUTHENTICATED');
    await refused(V.noPerson, UPDATE_MY, { input: profileInput(p as Profile & Record<string, unknown>) }, 'FORBIDDEN');
  });

  test('the member updates their own profile: version bumped, searchText recomputed, public page updated, one audit entry', async () => {
    const p = (await myProfile()) as Profile & Record<string, unknown>;
    const data = await allowed<{ updateMyProfile: { profile: { version: number; headline: string } } }>(V.self, UPDATE_MY, {
      input: profileInput(p, { headline: '  Videomaker e pilota di droni subacquei  ' }),
    });
    expect(data.updateMyProfile.profile).toMatchObject({ version: p.version + 1, headline: 'Videomaker e pilota di droni subacquei' });
    expect((await store.query(lastAudit))[0]).toMatchObject({ action: 'profile.update', entityId: KARIM, actorId: V.self?.accountId });
    const [row] = await store.query(personSearchText, { id: KARIM });
    expect(row?.searchText).toContain('subacquei');
    // Skills are still part of the searchText.
    expect(row?.searchText).toContain('riprese video');
    const pub = await runAs<{ person: { headline: string } }>(store, V.visitor, '{ person(slug: "karim-benali") { headline } }');
    expect(pub.data?.person.headline).toBe('Videomaker e pilota di droni subacquei');
    const found = await runAs<{ search: { groups: { hits: { entity: { slug: string } }[] }[] } }>(
      store,
      V.visitor,
      '{ search(query: "subacquei", types: [PERSON]) { groups { hits { entity { slug } } } } }',
    );
    expect(found.data?.search.groups.flatMap((g) => g.hits.map((h) => h.entity.slug))).toContain('karim-benali');
  });

  test('saving unchanged values writes nothing', async () => {
    const p = (await myProfile()) as Profile & Record<string, unknown>;
    const data = await allowed<{ updateMyProfile: { profile: { version: number } } }>(V.self, UPDATE_MY, { input: profileInput(p) }, 0);
    expect(data.updateMyProfile.profile.version).toBe(p.version);
  });

  test('a stale version is a CONFLICT carrying the current values, and writes nothing', async () => {
    const p = (await myProfile()) as Profile & Record<string, unknown>;
    const result = await refused(V.self, UPDATE_MY, { input: profileInput(p, { version: p.version - 1, headline: 'vecchia' }) }, 'CONFLICT');
    expect(result.errors[0]?.extensions).toMatchObject({
      currentVersion: p.version,
      current: { version: p.version, name: p.name, headline: p.headline, email: p.email },
    });
    expect((await myProfile()).headline).toBe(p.headline);
  });

  test('no editing someone else’s profile by changing an id: other members and managers are FORBIDDEN', async () => {
    const p = (await myProfile()) as Profile & Record<string, unknown>;
    for (const viewer of [V.other, V.manager]) {
      await refused(viewer, UPDATE_PERSON, { personId: KARIM, input: profileInput(p, { headline: 'hacked' }) }, 'FORBIDDEN');
    }
    await refused(V.visitor, UPDATE_PERSON, { personId: KARIM, input: profileInput(p, { headline: 'hacked' }) }, 'UNAUTHENTICATED');
    expect((await myProfile()).headline).toBe(p.headline);
    // Managing an organization gives no power over its members' profiles.
    const member = community.people.find((x) => x.slug !== 'francesca-deluca' && x.memberships.some((m) => m.organization === 'ponti-solidali'));
    expect(member).toBeDefined();
    await refused(V.manager, UPDATE_PERSON, { personId: seedId.person(member?.slug ?? ''), input: profileInput(p, { headline: 'hacked' }) }, 'FORBIDDEN');
  });

  test('the member may use updatePersonProfile on themselves; staff and admins on anyone', async () => {
    let p = (await myProfile()) as Profile & Record<string, unknown>;
    await allowed(V.self, UPDATE_PERSON, { personId: KARIM, input: profileInput(p, { headline: 'Videomaker (io)' }) });
    p = (await myProfile()) as Profile & Record<string, unknown>;
    await allowed(V.staff, UPDATE_PERSON, { personId: KARIM, input: profileInput(p, { headline: 'Videomaker (staff)' }) });
    expect((await store.query(lastAudit))[0]).toMatchObject({ action: 'profile.update', entityId: KARIM, actorId: V.staff?.accountId });
    p = (await myProfile()) as Profile & Record<string, unknown>;
    await allowed(V.admin, UPDATE_PERSON, { personId: KARIM, input: profileInput(p, { headline: 'Videomaker' }) });
    expect((await myProfile()).headline).toBe('Videomaker');
  });

  test('staff editing an unknown person get NOT_FOUND', async () => {
    const p = (await myProfile()) as Profile & Record<string, unknown>;
    await refused(V.staff, UPDATE_PERSON, { personId: 'no-such-person', input: profileInput(p) }, 'NOT_FOUND');
  });

  test.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['a 5001-character bio', { bio: 'x'.repeat(5001) }, 'bio'],
    ['a malformed email', { email: 'karim-at-lucefilm' }, 'email'],
    ['a javascript: website', { website: 'javascript:alert(1)' }, 'website'],
    ['a data: website', { website: 'data:text/html,hi' }, 'website'],
    ['a 201-character name', { name: 'k'.repeat(201) }, 'name'],
    ['letters in a phone number', { phone: 'chiamami' }, 'phone'],
  ])('%s is BAD_USER_INPUT naming the field, nothing written', async (_what, changes, field) => {
    const p = (await myProfile()) as Profile & Record<string, unknown>;
    const result = await refused(V.self, UPDATE_MY, { input: profileInput(p, changes) }, 'BAD_USER_INPUT', field);
    expect(result.errors[0]?.message).toContain(field);
    expect((await myProfile()).version).toBe(p.version);
  });

  test('an unknown enum value is a GraphQL validation error (over HTTP), nothing written', async () => {
    const p = (await myProfile()) as Profile & Record<string, unknown>;
    const { cookie } = await sessionCookie(store, demoAccount('MEMBER').email);
    const before = await audits();
    const res = await postGraphQL(UPDATE_MY, { input: profileInput(p, { availability: 'SOMETIMES' }) }, { cookie });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toMatch(/availability|Availability/);
    const inline = await postGraphQL(
      `mutation { updateMyProfile(input: {version: ${p.version}, name: "X", availability: SOMETIMES, contactVisibility: PUBLIC}) { profile { version } } }`,
      {},
      { cookie },
    );
    expect(inline.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await audits()).toBe(before);
  });

  test('over HTTP with a real session cookie, the member updates their profile', async () => {
    const p = (await myProfile()) as Profile & Record<string, unknown>;
    const { cookie } = await sessionCookie(store, demoAccount('MEMBER').email);
    const res = await postGraphQL<{ updateMyProfile: { profile: { headline: string } } }>(
      UPDATE_MY,
      { input: profileInput(p, { headline: 'Videomaker documentarista' }) },
      { cookie },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.updateMyProfile.profile.headline).toBe('Videomaker documentarista');
  });
});

const SET_SKILL = `mutation($skillId: ID!, $level: Int!) { setMySkill(skillId: $skillId, level: $level) { profile { skills { level skill { slug } } } } }`;
const REMOVE_SKILL = `mutation($skillId: ID!) { removeMySkill(skillId: $skillId) { profile { skills { skill { slug } } } } }`;

describe('setMySkill / removeMySkill', () => {
  test('visitors and accounts without a person are refused', async () => {
    await refused(V.visitor, SET_SKILL, { skillId: FOTOGRAFIA, level: 3 }, 'UNAUTHENTICATED');
    await refused(V.noPerson, SET_SKILL, { skillId: FOTOGRAFIA, level: 3 }, 'FORBIDDEN');
    await refused(V.visitor, REMOVE_SKILL, { skillId: RIPRESE }, 'UNAUTHENTICATED');
  });

  test.each([6, 0, -1])('level %i is BAD_USER_INPUT naming `level`', async (level) => {
    await refused(V.self, SET_SKILL, { skillId: FOTOGRAFIA, level }, 'BAD_USER_INPUT', 'level');
  });

  test('an unknown skill is BAD_USER_INPUT naming `skillId`', async () => {
    await refused(V.self, SET_SKILL, { skillId: 'no-such-skill', level: 3 }, 'BAD_USER_INPUT', 'skillId');
  });

  test('adds a skill with a level, changes the level, removes it; each change one audit entry, searchText kept current', async () => {
    const added = await allowed<{ setMySkill: { profile: { skills: { level: number; skill: { slug: string } }[] } } }>(V.self, SET_SKILL, {
      skillId: FOTOGRAFIA,
      level: 2,
    });
    expect(added.setMySkill.profile.skills).toContainEqual({ level: 2, skill: { slug: 'fotografia' } });
    expect((await store.query(personSearchText, { id: KARIM }))[0]?.searchText).toContain('fotografia');
    expect((await store.query(lastAudit))[0]).toMatchObject({ action: 'profile.setSkill', entityId: KARIM });

    const changed = await allowed<{ setMySkill: { profile: { skills: { level: number; skill: { slug: string } }[] } } }>(V.self, SET_SKILL, {
      skillId: FOTOGRAFIA,
      level: 4,
    });
    expect(changed.setMySkill.profile.skills).toContainEqual({ level: 4, skill: { slug: 'fotografia' } });
    // The same level again changes nothing.
    await allowed(V.self, SET_SKILL, { skillId: FOTOGRAFIA, level: 4 }, 0);
    // The public profile shows it.
    const pub = await runAs<{ person: { skills: { level: number; skill: { slug: string } }[] } }>(
      store,
      V.visitor,
      '{ person(slug: "karim-benali") { skills { level skill { slug } } } }',
    );
    expect(pub.data?.person.skills).toContainEqual({ level: 4, skill: { slug: 'fotografia' } });

    const removed = await allowed<{ removeMySkill: { profile: { skills: { skill: { slug: string } }[] } } }>(V.self, REMOVE_SKILL, {
      skillId: FOTOGRAFIA,
    });
    expect(removed.removeMySkill.profile.skills.map((s) => s.skill.slug)).not.toContain('fotografia');
    expect((await store.query(personSearchText, { id: KARIM }))[0]?.searchText).not.toContain('fotografia');
    // Removing what is not there changes nothing.
    await allowed(V.self, REMOVE_SKILL, { skillId: FOTOGRAFIA }, 0);
  });

  test('every member edits only their own skills: staff and managers too', async () => {
    await allowed(V.manager, SET_SKILL, { skillId: FOTOGRAFIA, level: 1 });
    const francesca = await runAs<{ person: { skills: { skill: { slug: string } }[] } }>(
      store,
      V.visitor,
      '{ person(slug: "francesca-deluca") { skills { skill { slug } } } }',
    );
    expect(francesca.data?.person.skills.map((s) => s.skill.slug)).toContain('fotografia');
    expect((await myProfile()).skills.map((s) => s.skill.slug)).not.toContain('fotografia');
    await allowed(V.manager, REMOVE_SKILL, { skillId: FOTOGRAFIA });
  });
});

const PROPOSE = `mutation($input: ProposeSkillInput!) { proposeSkill(input: $input) { proposal { id kind state subject { slug name public } } } }`;

describe('proposeSkill', () => {
  test('visitors are asked to sign in', async () => {
    await refused(V.visitor, PROPOSE, { input: { name: 'Rilegatura giapponese' } }, 'UNAUTHENTICATED');
  });

  test('a proposed skill is PENDING: the member sees it, the public does not, and it cannot be added yet', async () => {
    const data = await allowed<{ proposeSkill: { proposal: { id: string; kind: string; state: string; subject: { slug: string; public: boolean } } } }>(
      V.self,
      PROPOSE,
      { input: { name: 'Rilegatura giapponese', nameEn: 'Japanese bookbinding', aliases: ['legatoria a filo', ' legatoria a filo '], description: 'Quaderni cuciti a mano.' } },
    );
    const proposal = data.proposeSkill.proposal;
    expect(proposal).toMatchObject({ kind: 'SKILL', state: 'PENDING', subject: { slug: 'rilegatura-giapponese', public: false } });
    expect((await store.query(lastAudit))[0]).toMatchObject({ action: 'skill.propose', entityId: proposal.id });

    expect((await myProfile()).proposals).toContainEqual(
      expect.objectContaining({ id: proposal.id, kind: 'SKILL', state: 'PENDING', reviewNote: null }),
    );
    const pub = await runAs(store, V.visitor, '{ skill(slug: "rilegatura-giapponese") { id } }');
    expect(pub.data).toEqual({ skill: null });
    const search = await runAs<{ search: { total: number } }>(store, V.visitor, '{ search(query: "rilegatura giapponese", types: [SKILL]) { total } }');
    expect(search.data?.search.total).toBe(0);
    const node = await runAs(store, V.visitor, `{ node(id: "${proposal.id}") { id } }`);
    expect(node.data).toEqual({ node: null });
    await refused(V.self, SET_SKILL, { skillId: proposal.id, level: 3 }, 'BAD_USER_INPUT', 'skillId');
    // Other members do not see someone else's proposals.
    expect((await myProfile(V.manager)).proposals.map((x) => x.id)).not.toContain(proposal.id);
  });

  test('a name equal to an existing skill’s name or alias (any case, any accents) is a CONFLICT pointing to it', async () => {
    let result = await refused(V.self, PROPOSE, { input: { name: 'riprese VIDEO' } }, 'CONFLICT', 'name');
    expect(result.errors[0]?.extensions?.current).toMatchObject({ id: RIPRESE, slug: 'riprese-video' });
    result = await refused(V.self, PROPOSE, { input: { name: 'Cinematography' } }, 'CONFLICT', 'name');
    expect(result.errors[0]?.extensions?.current).toMatchObject({ slug: 'riprese-video' });
    result = await refused(V.self, PROPOSE, { input: { name: 'Ripresa aerea nuova', nameEn: 'Video Shooting' } }, 'CONFLICT', 'nameEn');
    // A pending proposal counts too: nobody proposes the same skill twice.
    await refused(V.other, PROPOSE, { input: { name: 'RILEGATURA Giapponése' } }, 'CONFLICT', 'name');
  });

  test('bad input is BAD_USER_INPUT naming the field', async () => {
    await refused(V.self, PROPOSE, { input: { name: '' } }, 'BAD_USER_INPUT', 'name');
    await refused(V.self, PROPOSE, { input: { name: 'Qualcosa', description: 'd'.repeat(5001) } }, 'BAD_USER_INPUT', 'description');
    await refused(V.self, PROPOSE, { input: { name: 'Qualcosa', aliases: ['ok', ''] } }, 'BAD_USER_INPUT', 'aliases.1');
  });

  test('staff and admins may propose too (they approve elsewhere)', async () => {
    await allowed(V.staff, PROPOSE, { input: { name: 'Cianotipia' } });
    await allowed(V.admin, PROPOSE, { input: { name: 'Serigrafia artigianale' } });
  });
});

const ENDORSE = `mutation($personId: ID!, $skillId: ID!) { endorse(personId: $personId, skillId: $skillId) { summary { skillId count byMe } } }`;
const WITHDRAW = `mutation($personId: ID!, $skillId: ID!) { withdrawEndorsement(personId: $personId, skillId: $skillId) { summary { skillId count byMe } } }`;
const ENDORSEMENTS_OF_KARIM = `{ person(slug: "karim-benali") { skillEndorsements { skillId count byMe } } }`;

describe('endorse / withdrawEndorsement', () => {
  type Summary = { skillId: string; count: number; byMe: boolean };

  async function karimSummary(viewer: Viewer | null, skillId: string): Promise<Summary | undefined> {
    const result = await runAs<{ person: { skillEndorsements: Summary[] } }>(store, viewer, ENDORSEMENTS_OF_KARIM);
    return result.data?.person.skillEndorsements.find((s) => s.skillId === skillId);
  }

  test('visitors are asked to sign in; accounts without a person are refused', async () => {
    await refused(V.visitor, ENDORSE, { personId: KARIM, skillId: RIPRESE }, 'UNAUTHENTICATED');
    await refused(V.noPerson, ENDORSE, { personId: KARIM, skillId: RIPRESE }, 'FORBIDDEN');
    await refused(V.visitor, WITHDRAW, { personId: KARIM, skillId: RIPRESE }, 'UNAUTHENTICATED');
  });

  test('canEndorse: signed-in members with a profile, on someone else’s page', async () => {
    const expected: [Viewer | null, boolean][] = [
      [V.visitor, false],
      [V.noPerson, false],
      [V.self, false],
      [V.other, true],
      [V.manager, true],
      [V.staff, true],
      [V.admin, true],
    ];
    for (const [viewer, can] of expected) {
      const result = await runAs<{ person: { canEndorse: boolean } }>(store, viewer, '{ person(slug: "karim-benali") { canEndorse } }');
      expect(result.data?.person.canEndorse).toBe(can);
    }
  });

  test('self-endorsement is BAD_USER_INPUT naming personId', async () => {
    await refused(V.self, ENDORSE, { personId: KARIM, skillId: RIPRESE }, 'BAD_USER_INPUT', 'personId');
  });

  test('the endorsed person must list the skill, and exist', async () => {
    await refused(V.other, ENDORSE, { personId: KARIM, skillId: FOTOGRAFIA }, 'BAD_USER_INPUT', 'skillId');
    await refused(V.other, ENDORSE, { personId: 'no-such-person', skillId: RIPRESE }, 'NOT_FOUND');
  });

  test('another member endorses, twice is idempotent, then withdraws', async () => {
    const seeded = community.endorsements.filter((e) => e.to === 'karim-benali' && e.skill === 'riprese-video').length;
    expect(await karimSummary(V.visitor, RIPRESE)).toEqual({ skillId: RIPRESE, count: seeded, byMe: false });

    const first = await allowed<{ endorse: { summary: Summary } }>(V.other, ENDORSE, { personId: KARIM, skillId: RIPRESE });
    expect(first.endorse.summary).toEqual({ skillId: RIPRESE, count: seeded + 1, byMe: true });
    expect((await store.query(lastAudit))[0]).toMatchObject({ action: 'endorsement.give', entityId: KARIM, actorId: V.other?.accountId });
    const again = await allowed<{ endorse: { summary: Summary } }>(V.other, ENDORSE, { personId: KARIM, skillId: RIPRESE }, 0);
    expect(again.endorse.summary.count).toBe(seeded + 1);
    expect(await karimSummary(V.other, RIPRESE)).toEqual({ skillId: RIPRESE, count: seeded + 1, byMe: true });
    expect(await karimSummary(V.visitor, RIPRESE)).toMatchObject({ byMe: false });
    expect((await myProfile()).endorsementsReceived).toContainEqual(
      expect.objectContaining({ person: { slug: 'sara-pellegrini' }, skill: { slug: 'riprese-video' } }),
    );

    const withdrawn = await allowed<{ withdrawEndorsement: { summary: Summary } }>(V.other, WITHDRAW, { personId: KARIM, skillId: RIPRESE });
    expect(withdrawn.withdrawEndorsement.summary).toEqual({ skillId: RIPRESE, count: seeded, byMe: false });
    await allowed(V.other, WITHDRAW, { personId: KARIM, skillId: RIPRESE }, 0);
  });

  test('managers, staff and admins endorse like any member', async () => {
    for (const viewer of [V.manager, V.staff, V.admin]) {
      await allowed(viewer, ENDORSE, { personId: KARIM, skillId: RIPRESE });
      await allowed(viewer, WITHDRAW, { personId: KARIM, skillId: RIPRESE });
    }
  });

  test('the member withdraws an endorsement they gave', async () => {
    const before = (await myProfile()).endorsementsGiven.length;
    await allowed(V.self, WITHDRAW, { personId: GIULIA, skillId: REGIA });
    expect((await myProfile()).endorsementsGiven).toHaveLength(before - 1);
    await allowed(V.self, ENDORSE, { personId: GIULIA, skillId: REGIA });
    expect((await myProfile()).endorsementsGiven).toHaveLength(before);
  });
});

const REQUEST_DELETION = `mutation { requestAccountDeletion { profile { deletionRequestedAt } } }`;
const CANCEL_DELETION = `mutation { cancelAccountDeletion { profile { deletionRequestedAt } } }`;

describe('requestAccountDeletion / cancelAccountDeletion', () => {
  test('visitors and accounts without a person are refused', async () => {
    await refused(V.visitor, REQUEST_DELETION, {}, 'UNAUTHENTICATED');
    await refused(V.noPerson, REQUEST_DELETION, {}, 'FORBIDDEN');
    await refused(V.visitor, CANCEL_DELETION, {}, 'UNAUTHENTICATED');
  });

  test('the member asks, asking again changes nothing, cancelling clears it; each applies only to themselves', async () => {
    const asked = await allowed<{ requestAccountDeletion: { profile: { deletionRequestedAt: string | null } } }>(V.self, REQUEST_DELETION, {});
    expect(asked.requestAccountDeletion.profile.deletionRequestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await store.query(lastAudit))[0]).toMatchObject({ action: 'account.requestDeletion', entityId: KARIM });
    await allowed(V.self, REQUEST_DELETION, {}, 0);
    // The person stays public until staff confirm.
    const pub = await runAs(store, V.visitor, '{ person(slug: "karim-benali") { id } }');
    expect(pub.data).toEqual({ person: { id: KARIM } });
    expect((await myProfile(V.manager)).deletionRequestedAt).toBeNull();
    const cancelled = await allowed<{ cancelAccountDeletion: { profile: { deletionRequestedAt: string | null } } }>(V.self, CANCEL_DELETION, {});
    expect(cancelled.cancelAccountDeletion.profile.deletionRequestedAt).toBeNull();
    await allowed(V.self, CANCEL_DELETION, {}, 0);
  });
});

describe('proposals in myProfile', () => {
  test('a reviewed relationship proposal shows its ends, role, state and the staff note, to its proposer only', async () => {
    await store.mutate(createRejectedProposal, {
      id: 'proposal-karim-ponti',
      fromId: KARIM,
      toId: seedId.organization('ponti-solidali'),
      payload: JSON.stringify({ role: 'videomaker volontario' }),
      by: V.self?.accountId ?? '',
      note: 'Manca la conferma dell’associazione.',
      at: '2026-03-01T10:00:00.000Z',
    });
    const mine = (await myProfile()).proposals.find((p) => p.id === 'proposal-karim-ponti');
    expect(mine).toMatchObject({
      kind: 'MEMBERSHIP',
      state: 'REJECTED',
      reviewNote: 'Manca la conferma dell’associazione.',
      subject: { kind: 'PERSON', slug: 'karim-benali', public: true },
    });
    const full = await runAs<{ myProfile: { proposals: { id: string; role: string | null; target: { kind: string; slug: string } | null }[] } }>(
      store,
      V.self,
      '{ myProfile { proposals { id role target { kind slug } } } }',
    );
    expect(full.data?.myProfile.proposals.find((p) => p.id === 'proposal-karim-ponti')).toEqual({
      id: 'proposal-karim-ponti',
      role: 'videomaker volontario',
      target: { kind: 'ORGANIZATION', slug: 'ponti-solidali' },
    });
    expect((await myProfile(V.manager)).proposals.map((p) => p.id)).not.toContain('proposal-karim-ponti');
  });
});

describe('GET /api/me/export', () => {
  async function download(headers: Record<string, string> = {}) {
    const res = await exportRoute(new NextRequest('http://localhost/api/me/export', { headers }));
    return { res, text: await res.text() };
  }

  test('visitors get a 401 JSON answer, never cached', async () => {
    const { res, text } = await download();
    expect(res.status).toBe(401);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  test('the member downloads all their own data and nobody else’s private fields', async () => {
    await allowed(V.self, SET_SKILL, { skillId: FOTOGRAFIA, level: 3 });
    const { cookie } = await sessionCookie(store, demoAccount('MEMBER').email);
    const { res, text } = await download({ cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="rizoma-dati-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);

    const data = JSON.parse(text);
    const seed = community.people.find((p) => p.slug === 'karim-benali');
    expect(data.person).toMatchObject({ id: KARIM, slug: 'karim-benali', email: seed?.email, phone: seed?.phone });
    expect(Object.keys(data.person)).toEqual(expect.arrayContaining(['name', 'headline', 'bio', 'version', 'state', 'createdAt', 'deletionRequestedAt']));
    expect(data.account).toMatchObject({ email: demoAccount('MEMBER').email, role: 'MEMBER' });
    expect(Object.keys(data.account).sort()).toEqual(['createdAt', 'email', 'lastSignInAt', 'role', 'state']);
    expect(text).not.toMatch(/passwordHash|argon2|tokenVersion/);
    expect(data.skills).toContainEqual(expect.objectContaining({ level: 3, skill: expect.objectContaining({ slug: 'fotografia' }) }));
    expect(data.memberships.map((m: { organization: { slug: string } }) => m.organization.slug)).toContain('lucefilm');
    expect(data.contributions.length).toBeGreaterThan(0);
    expect(data.events.length).toBeGreaterThan(0);
    expect(data.endorsementsReceived).toContainEqual(expect.objectContaining({ person: { slug: 'giulia-marchetti', name: 'Giulia Marchetti' } }));
    for (const e of [...data.endorsementsGiven, ...data.endorsementsReceived]) expect(Object.keys(e.person).sort()).toEqual(['name', 'slug']);
    expect(data.proposals).toContainEqual(expect.objectContaining({ kind: 'SKILL', state: 'PENDING' }));
    const actions = data.audit.map((a: { action: string }) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['profile.update', 'profile.setSkill', 'skill.propose', 'endorsement.give']));
    // A staff edit of the member's profile is theirs to see; the staff account's id is not.
    expect(data.audit).toContainEqual(expect.objectContaining({ action: 'profile.update', byMe: false }));
    expect(text).not.toContain(V.staff?.accountId ?? '-');

    // No other person's private contact details anywhere in the file.
    const others = community.people.filter((p) => p.slug !== 'karim-benali');
    for (const other of others) {
      if (other.email) expect(text).not.toContain(other.email);
      if (other.phone) expect(text).not.toContain(other.phone);
    }
  });

  test('the service refuses an account without a person', async () => {
    await expect(exportMyData(store, V.noPerson)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  test('links to records that are no longer public stay in the export, with their state', async () => {
    const { cookie } = await sessionCookie(store, demoAccount('MEMBER').email);
    await allowed(V.self, SET_SKILL, { skillId: FOTOGRAFIA, level: 4 });
    const current = await runAs<{ curationEntity: { version: number } }>(store, V.staff, 'query($id: ID!) { curationEntity(kind: SKILL, id: $id) { version } }', { id: FOTOGRAFIA });
    const version = current.data?.curationEntity.version ?? 0;
    await allowed(V.staff, 'mutation($input: EntityVersionInput!) { archiveEntity(input: $input) { record { state } } }', { input: { kind: 'SKILL', id: FOTOGRAFIA, version } });
    try {
      const data = JSON.parse(await (await download({ cookie })).text) as { skills: { skill: { slug: string; state: string } }[] };
      expect(data.skills).toContainEqual(expect.objectContaining({ skill: expect.objectContaining({ slug: 'fotografia', state: 'ARCHIVED' }) }));
    } finally {
      await allowed(V.staff, 'mutation($input: EntityVersionInput!) { restoreEntity(input: $input) { record { state } } }', { input: { kind: 'SKILL', id: FOTOGRAFIA, version: version + 1 } });
    }
  });
});
