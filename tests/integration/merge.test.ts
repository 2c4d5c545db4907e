import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getSchema } from '@/graphql/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { defineQuery } from '@/lib/graph/query';
import { NODE, REL } from '@/lib/graph/schema';
import type { GraphStore } from '@/lib/graph/store';
import { linksOf, linkKey, type Link } from '@/lib/merge/links';
import { uncoveredTouches, type MergeLabel } from '@/lib/merge/transfers';
import { community } from '@/lib/seed/data';
import { seedId } from '@/lib/seed/load';
import { readyStore } from '@/lib/server/ready';
import { runAs } from '../support/as-viewer';
import { postGraphQL } from '../support/graphql-http';
import { sessionCookie, viewerOfEmail } from '../support/session';

/** Merging skills, people and organizations over a real seeded store: nothing lost, one audit entry, staff only. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-merge-'));

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  await readyStore();
}, 120_000);

afterAll(async () => {
  const { store } = await readyStore();
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// Test-only statements that set up the situations a merge must handle.
const addEndorsement = defineQuery(
  'test.merge.addEndorsement',
  `MATCH (a:${NODE.Person} {id: $fromId}), (b:${NODE.Person} {id: $toId})
   CREATE (a)-[:${REL.ENDORSES} {skill: $skill, at: timestamp($at)}]->(b)`,
);
const addHasSkill = defineQuery(
  'test.merge.addHasSkill',
  `MATCH (p:${NODE.Person} {id: $personId}), (s:${NODE.Skill} {id: $skillId})
   CREATE (p)-[:${REL.HAS_SKILL} {level: $level, since: date($since)}]->(s)`,
);
const setHasSkill = defineQuery(
  'test.merge.setHasSkill',
  `MATCH (:${NODE.Person} {id: $personId})-[h:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $skillId}) SET h.level = $level, h.since = date($since)`,
);
const hasSkill = defineQuery<{ level: number; since: Date | null }>(
  'test.merge.hasSkill',
  `MATCH (:${NODE.Person} {id: $personId})-[h:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $skillId}) RETURN h.level AS level, h.since AS since`,
);
const endorsements = defineQuery<{ skill: string }>(
  'test.merge.endorsements',
  `MATCH (:${NODE.Person} {id: $fromId})-[e:${REL.ENDORSES}]->(:${NODE.Person} {id: $toId}) RETURN e.skill AS skill ORDER BY skill`,
);
const addMembership = defineQuery(
  'test.merge.addMembership',
  `MATCH (p:${NODE.Person} {id: $personId}), (o:${NODE.Organization} {id: $orgId})
   CREATE (p)-[:${REL.MEMBER_OF} {role: $role, since: date($since), isManager: false}]->(o)`,
);
const membership = defineQuery<{ role: string | null; since: Date | null; isManager: boolean | null }>(
  'test.merge.membership',
  `MATCH (:${NODE.Person} {id: $personId})-[m:${REL.MEMBER_OF}]->(:${NODE.Organization} {id: $orgId})
   RETURN m.role AS role, m.since AS since, m.isManager AS isManager`,
);
const nodeById = defineQuery<{ n: number }>(
  'test.merge.nodeById',
  `MATCH (n:${NODE.Person}:${NODE.Organization}:${NODE.Skill}) WHERE n.id = $id RETURN count(n) AS n`,
);
const accountPerson = defineQuery<{ personId: string }>(
  'test.merge.accountPerson',
  `MATCH (:${NODE.Account} {email: $email})-[:${REL.IS}]->(p:${NODE.Person}) RETURN p.id AS personId`,
);
const auditTotal = defineQuery<{ n: number }>('test.merge.auditTotal', `MATCH (a:${NODE.AuditEntry}) RETURN count(a) AS n`);

async function store(): Promise<GraphStore> {
  return (await readyStore()).store;
}
const staff = async (): Promise<Viewer> => viewerOfEmail(await store(), 'staff@rizoma.example');
const links = async (label: MergeLabel, id: string): Promise<Link[]> => (await store()).read((tx) => linksOf(tx, label, id));
const exists = async (id: string): Promise<boolean> => ((await (await store()).query(nodeById, { id }))[0]?.n ?? 0) > 0;
const audits = async (): Promise<number> => Number((await (await store()).query(auditTotal))[0]?.n ?? 0);

/**
 * What the kept node's relationships must be, computed here independently of the
 * service: the merged node's links re-aimed at the kept node, as a set (one per type,
 * direction, other end and endorsed skill; partnerships either way are one), without the
 * links that joined the two.
 */
function expectedAfter(keepId: string, mergeId: string, keep: readonly Link[], merged: readonly Link[]): Map<string, number> {
  const byKey = new Map<string, Link>();
  for (const l of [...keep, ...merged]) {
    if (l.otherId === keepId || l.otherId === mergeId) continue;
    if (!byKey.has(linkKey(l))) byKey.set(linkKey(l), l);
  }
  return tally([...byKey.values()]);
}

function tally(list: readonly Link[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of list) counts.set(`${l.type}.${l.direction}`, (counts.get(`${l.type}.${l.direction}`) ?? 0) + 1);
  return new Map([...counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

const MERGE = {
  SKILL: 'mutation M($input: MergeInput!) { mergeSkills(input: $input) { kind kept { id name version kind path } merged { id name } keptRelationshipsBefore mergedRelationshipsBefore relationshipsAfter moved duplicatesRemoved auditEntryId } }',
  PERSON: 'mutation M($input: MergeInput!) { mergePeople(input: $input) { kind kept { id name version } merged { id name } relationshipsAfter duplicatesRemoved auditEntryId } }',
  ORGANIZATION: 'mutation M($input: MergeInput!) { mergeOrganizations(input: $input) { kind kept { id name version } merged { id name } relationshipsAfter duplicatesRemoved auditEntryId } }',
} as const;

const PREVIEW = `query P($kind: MergeKind!, $keepId: ID!, $mergeId: ID!) {
  mergePreview(kind: $kind, keepId: $keepId, mergeId: $mergeId) {
    duplicates blocker
    keep { entity { id version } totalRelationships }
    merge { entity { id version } totalRelationships }
    result { totalRelationships relationships { type direction count } fields { name value } }
  }
}`;

const ENTRY = `query E($id: ID!) { auditEntry(id: $id) { action entityId entityLabel note actor { email } changes { field before after } } }`;

describe('the schema carries every relationship over', () => {
  test.each(['Skill', 'Person', 'Organization'] as const)('every relationship type touching %s has a transfer', (label) => {
    expect(uncoveredTouches(label)).toEqual([]);
  });

  test('no mutation edits or deletes audit entries', () => {
    const fields = Object.keys(getSchema().getMutationType()?.getFields() ?? {});
    expect(fields).toEqual(expect.arrayContaining(['mergeSkills', 'mergePeople', 'mergeOrganizations']));
    expect(fields.filter((f) => /audit/i.test(f))).toEqual([]);
  });
});

describe('mergeSkills', () => {
  const keepId = seedId.skill('comunicazione');
  const mergeId = seedId.skill('ufficio-stampa');
  const [x, y, z] = [seedId.person('karim-benali'), seedId.person('roberto-gallo'), seedId.person('chiara-ventura')];
  // A holder of both skills (level 4 each in the seed) and a person with only the merged one.
  const both = seedId.person('roberto-gallo');
  const onlyMerged = seedId.person('karim-benali');

  test('duplicateCandidates finds the pair that shares the alias "PR"', async () => {
    const res = await runAs<{ duplicateCandidates: { a: { id: string }; b: { id: string }; reason: string; detail: string }[] }>(
      await store(),
      await staff(),
      '{ duplicateCandidates(kind: SKILL) { a { id } b { id } reason detail } }',
    );
    expect(res.errors).toEqual([]);
    const pair = res.data?.duplicateCandidates.find((c) => [c.a.id, c.b.id].sort().join() === [keepId, mergeId].sort().join());
    expect(pair).toMatchObject({ reason: 'SHARED_ALIAS', detail: 'pr' });
  });

  test('moves every relationship, keeps the stronger values, turns names into aliases, records one entry', async () => {
    const s = await store();
    await s.write(async (tx) => {
      // The merged skill's holding is stronger and older than the kept one's.
      await tx.run(setHasSkill, { personId: both, skillId: mergeId, level: 5, since: '2015-03-01' });
      await tx.run(setHasSkill, { personId: both, skillId: keepId, level: 2, since: '2019-01-01' });
      await tx.run(addHasSkill, { personId: onlyMerged, skillId: mergeId, level: 3, since: '2020-05-01' });
      // x endorsed y for both skills (a duplicate), z endorsed y for the merged skill only.
      await tx.run(addEndorsement, { fromId: x, toId: y, skill: mergeId, at: '2025-01-01T10:00:00.000Z' });
      await tx.run(addEndorsement, { fromId: x, toId: y, skill: keepId, at: '2025-02-01T10:00:00.000Z' });
      await tx.run(addEndorsement, { fromId: z, toId: y, skill: mergeId, at: '2025-03-01T10:00:00.000Z' });
    });
    const keepBefore = await links(NODE.Skill, keepId);
    const mergeBefore = await links(NODE.Skill, mergeId);
    const expected = expectedAfter(keepId, mergeId, keepBefore, mergeBefore);
    const staffViewer = await staff();
    const preview = await runAs<{ mergePreview: { duplicates: number; result: { totalRelationships: number } } }>(s, staffViewer, PREVIEW, {
      kind: 'SKILL',
      keepId,
      mergeId,
    });
    expect(preview.errors).toEqual([]);
    const auditsBefore = await audits();

    const res = await runAs<{ mergeSkills: Record<string, unknown> & { auditEntryId: string } }>(s, staffViewer, MERGE.SKILL, {
      input: { keepId, mergeId, keepVersion: 1, mergeVersion: 1 },
    });
    expect(res.errors).toEqual([]);
    expect(res.data?.mergeSkills).toMatchObject({
      kind: 'SKILL',
      kept: { id: keepId, name: 'Comunicazione', version: 2, kind: 'SKILL', path: '/competenze/comunicazione' },
      merged: { id: mergeId, name: 'Ufficio stampa' },
      keptRelationshipsBefore: keepBefore.length,
      mergedRelationshipsBefore: mergeBefore.length,
    });

    // Nothing lost: the kept skill has exactly the union, read back after commit.
    const after = await links(NODE.Skill, keepId);
    expect(tally(after)).toEqual(expected);
    expect(after.length).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    expect(res.data?.mergeSkills.relationshipsAfter).toBe(after.length);
    // The narrower link between the two is listed on both sides but is one relationship;
    // x's second endorsement of y is the one duplicate reference.
    const between = 1;
    expect(res.data?.mergeSkills.duplicatesRemoved).toBe(keepBefore.length + mergeBefore.length - between - after.length + 1);
    expect(preview.data?.mergePreview.result.totalRelationships).toBe(after.length);
    expect(await exists(mergeId)).toBe(false);

    // Stronger values: the highest level, the earliest date; properties carried over.
    const [strong] = await s.query(hasSkill, { personId: both, skillId: keepId });
    expect(strong?.level).toBe(5);
    expect(strong?.since?.toISOString().slice(0, 10)).toBe('2015-03-01');
    const [moved] = await s.query(hasSkill, { personId: onlyMerged, skillId: keepId });
    expect(moved?.level).toBe(3);
    expect(moved?.since?.toISOString().slice(0, 10)).toBe('2020-05-01');
    // Endorsements now name the kept skill, one per (endorser, endorsed, skill).
    expect((await s.query(endorsements, { fromId: x, toId: y })).map((e) => e.skill)).toEqual([keepId]);
    expect((await s.query(endorsements, { fromId: z, toId: y })).map((e) => e.skill)).toEqual([keepId]);

    // The merged names are aliases now, each once, and public.
    const page = await runAs<{ skill: { aliases: string[] } | null; gone: unknown }>(
      s,
      null,
      '{ skill(slug: "comunicazione") { aliases } gone: skill(slug: "ufficio-stampa") { id } }',
    );
    expect(page.data?.gone).toBeNull();
    const aliases = page.data?.skill?.aliases ?? [];
    const seeded = community.skills.find((k) => k.slug === 'ufficio-stampa');
    expect(aliases).toEqual(expect.arrayContaining(['Ufficio stampa', 'Press relations', ...(seeded?.aliases ?? []).filter((a) => a !== 'PR')]));
    expect(aliases.filter((a) => a.toLowerCase() === 'pr')).toHaveLength(1);

    // Search reads the new aliases, for the skill and for every holder of it.
    const found = await runAs<{ search: { groups: { type: string; hits: { entity: { id: string } }[] }[] } }>(
      s,
      null,
      '{ search(query: "press office", types: [SKILL, PERSON], first: 20) { groups { type hits { entity { id } } } } }',
    );
    const ids = found.data?.search.groups.flatMap((g) => g.hits.map((h) => h.entity.id)) ?? [];
    expect(ids).toContain(keepId);
    const onlyKept = community.people.find((p) => p.skills?.some((k) => k.skill === 'comunicazione') && !p.skills.some((k) => k.skill === 'ufficio-stampa'));
    expect(ids).toContain(seedId.person(onlyKept?.slug ?? ''));

    // One audit entry, about the kept skill, naming the merged one.
    expect(await audits()).toBe(auditsBefore + 1);
    const entry = await runAs<{ auditEntry: { action: string; entityId: string; note: string; actor: { email: string }; changes: { field: string; after: string | null }[] } }>(
      s,
      staffViewer,
      ENTRY,
      { id: res.data?.mergeSkills.auditEntryId },
    );
    expect(entry.data?.auditEntry).toMatchObject({ action: 'skill.merge', entityId: keepId, actor: { email: 'staff@rizoma.example' } });
    expect(entry.data?.auditEntry.note).toContain('Ufficio stampa');
    const fields = entry.data?.auditEntry.changes.map((c) => c.field) ?? [];
    expect(fields).toEqual(expect.arrayContaining(['kept.aliases', 'kept.version', 'merged.name']));
  });

  test('a stale version is a CONFLICT with the current version, and writes nothing', async () => {
    const s = await store();
    const [keep, merge] = [seedId.skill('fotografia'), seedId.skill('fotoreportage')];
    const before = await audits();
    const res = await runAs(s, await staff(), MERGE.SKILL, { input: { keepId: keep, mergeId: merge, keepVersion: 7, mergeVersion: 1 } });
    expect(res.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'keepVersion', currentVersion: 1 });
    expect(await audits()).toBe(before);
    expect(await exists(merge)).toBe(true);
  });

  test('bad input names the field; an unknown id is NOT_FOUND', async () => {
    const s = await store();
    const v = await staff();
    const keep = seedId.skill('fotografia');
    const same = await runAs(s, v, MERGE.SKILL, { input: { keepId: keep, mergeId: keep, keepVersion: 1, mergeVersion: 1 } });
    expect(same.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mergeId' });
    const zero = await runAs(s, v, MERGE.SKILL, { input: { keepId: keep, mergeId: 'x', keepVersion: 0, mergeVersion: 1 } });
    expect(zero.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'keepVersion' });
    const missing = await runAs(s, v, MERGE.SKILL, { input: { keepId: keep, mergeId: 'nessuno', keepVersion: 1, mergeVersion: 1 } });
    expect(missing.errors[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  test('two concurrent merges of the same pair: one wins, the other is refused, nothing is lost', async () => {
    const s = await store();
    const [keep, merge] = [seedId.skill('graphic-design'), seedId.skill('illustrazione')];
    const expected = expectedAfter(keep, merge, await links(NODE.Skill, keep), await links(NODE.Skill, merge));
    const before = await audits();
    const v = await staff();
    const input = { keepId: keep, mergeId: merge, keepVersion: 1, mergeVersion: 1 };
    const results = await Promise.all([runAs(s, v, MERGE.SKILL, { input }), runAs(s, v, MERGE.SKILL, { input })]);
    const failed = results.filter((r) => r.errors.length > 0);
    expect(failed).toHaveLength(1);
    expect(['NOT_FOUND', 'CONFLICT']).toContain(failed[0]?.errors[0]?.extensions?.code);
    expect(await audits()).toBe(before + 1);
    expect(tally(await links(NODE.Skill, keep))).toEqual(expected);
  });
});

describe('mergePeople', () => {
  test('two people who both sign in are refused with a CONFLICT that explains it, writing nothing', async () => {
    const s = await store();
    const [keep, merge] = [seedId.person('karim-benali'), seedId.person('francesca-deluca')];
    const before = await audits();
    const preview = await runAs<{ mergePreview: { blocker: string | null } }>(s, await staff(), PREVIEW, { kind: 'PERSON', keepId: keep, mergeId: merge });
    expect(preview.data?.mergePreview.blocker).toContain('gestore@rizoma.example');
    const res = await runAs(s, await staff(), MERGE.PERSON, { input: { keepId: keep, mergeId: merge, keepVersion: 1, mergeVersion: 1 } });
    expect(res.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(res.errors[0]?.message).toMatch(/account/);
    expect(await audits()).toBe(before);
    expect(await exists(merge)).toBe(true);
  });

  test('moves relationships and the account, fills empty fields, ORs the manager flag', async () => {
    const s = await store();
    const keep = seedId.person('roberto-gallo');
    const merge = seedId.person('francesca-deluca');
    const ponti = seedId.organization('ponti-solidali');
    await s.mutate(addMembership, { personId: keep, orgId: ponti, role: 'volontario', since: '2010-01-01' });
    const keepBefore = await links(NODE.Person, keep);
    const mergeBefore = await links(NODE.Person, merge);
    const expected = expectedAfter(keep, merge, keepBefore, mergeBefore);
    const seededKeep = community.people.find((p) => p.slug === 'roberto-gallo');
    const seededMerge = community.people.find((p) => p.slug === 'francesca-deluca');
    const { cookie } = await sessionCookie(s, 'gestore@rizoma.example');

    const res = await runAs<{ mergePeople: { kept: { version: number } } }>(s, await staff(), MERGE.PERSON, {
      input: { keepId: keep, mergeId: merge, keepVersion: 1, mergeVersion: 1 },
    });
    expect(res.errors).toEqual([]);
    expect(res.data?.mergePeople.kept.version).toBe(2);
    expect(tally(await links(NODE.Person, keep))).toEqual(expected);
    expect(await exists(merge)).toBe(false);

    // The manager's membership: the kept person's role, the earlier date (hers, 2009), manager from either.
    const [m] = await s.query(membership, { personId: keep, orgId: ponti });
    expect(m).toMatchObject({ role: 'volontario', isManager: true });
    const hers = seededMerge?.memberships?.find((x) => x.organization === 'ponti-solidali')?.since;
    expect(hers && hers < '2010-01-01').toBe(true);
    expect(m?.since?.toISOString().slice(0, 10)).toBe(hers);
    // Francesca's account now acts as the kept person, and her session keeps working.
    expect((await s.query(accountPerson, { email: 'gestore@rizoma.example' }))[0]?.personId).toBe(keep);
    const me = await postGraphQL<{ me: { person: { name: string } } }>('{ me { person { name } } }', {}, { cookie });
    expect(me.body.data?.me.person.name).toBe('Roberto Gallo');
    // Empty fields of the kept person are filled from the merged one, the others kept.
    const person = await runAs<{ person: { website: string | null; headline: string | null } }>(
      s,
      await staff(),
      '{ person(slug: "roberto-gallo") { website headline } }',
    );
    expect(person.data?.person.headline).toBe(seededKeep?.headline);
    expect(person.data?.person.website ?? null).toBe(seededKeep?.website ?? seededMerge?.website ?? null);
  });
});

describe('mergeOrganizations', () => {
  test('unites members, projects, sectors and partnerships, dropping the partnership with itself', async () => {
    const s = await store();
    const keep = seedId.organization('hub-garbatella');
    const merge = seedId.organization('municipio-roma-viii');
    const keepBefore = await links(NODE.Organization, keep);
    const mergeBefore = await links(NODE.Organization, merge);
    expect(keepBefore.some((l) => l.type === REL.COLLABORATES_WITH && l.otherId === merge)).toBe(true);
    const expected = expectedAfter(keep, merge, keepBefore, mergeBefore);
    const before = await audits();
    const res = await runAs<{ mergeOrganizations: { relationshipsAfter: number } }>(s, await staff(), MERGE.ORGANIZATION, {
      input: { keepId: keep, mergeId: merge, keepVersion: 1, mergeVersion: 1 },
    });
    expect(res.errors).toEqual([]);
    const after = await links(NODE.Organization, keep);
    expect(tally(after)).toEqual(expected);
    expect(res.data?.mergeOrganizations.relationshipsAfter).toBe(after.length);
    expect(after.some((l) => l.otherId === keep || l.otherId === merge)).toBe(false);
    // ondalunga-media collaborated with both (one each way): one partnership remains.
    expect(after.filter((l) => l.type === REL.COLLABORATES_WITH && l.otherId === seedId.organization('ondalunga-media'))).toHaveLength(1);
    const sectors = new Set(mergeBefore.concat(keepBefore).filter((l) => l.type === REL.IN_SECTOR).map((l) => l.otherId));
    expect(after.filter((l) => l.type === REL.IN_SECTOR)).toHaveLength(sectors.size);
    expect(await audits()).toBe(before + 1);
  });
});

describe('only staff merge', () => {
  const pair = { keepId: seedId.skill('fotografia'), mergeId: seedId.skill('fotoreportage'), keepVersion: 1, mergeVersion: 1 };
  const member: Viewer = { accountId: 'acc-member', personId: seedId.person('karim-benali'), role: 'MEMBER' };
  const manager: Viewer = { accountId: 'acc-manager', personId: seedId.person('francesca-deluca'), role: 'MEMBER' };

  test.each([
    ['a visitor', null, 'UNAUTHENTICATED'],
    ['a member', member, 'FORBIDDEN'],
    ['an organization manager', manager, 'FORBIDDEN'],
  ] as const)('%s is refused and nothing is written', async (_who, viewer, code) => {
    const s = await store();
    const before = await audits();
    for (const op of [MERGE.SKILL]) {
      const res = await runAs(s, viewer, op, { input: pair });
      expect(res.errors[0]?.extensions?.code).toBe(code);
    }
    const org = await runAs(s, viewer, MERGE.ORGANIZATION, {
      input: { keepId: seedId.organization('lucefilm'), mergeId: seedId.organization('tipi-mobili'), keepVersion: 1, mergeVersion: 1 },
    });
    expect(org.errors[0]?.extensions?.code).toBe(code);
    for (const q of ['{ duplicateCandidates(kind: SKILL) { detail } }', `{ mergePreview(kind: SKILL, keepId: "${pair.keepId}", mergeId: "${pair.mergeId}") { duplicates } }`]) {
      expect((await runAs(s, viewer, q)).errors[0]?.extensions?.code).toBe(code);
    }
    expect(await audits()).toBe(before);
    expect(await exists(pair.mergeId)).toBe(true);
  });

  test('an admin may merge, over HTTP with a session cookie', async () => {
    const s = await store();
    const { cookie } = await sessionCookie(s, 'admin@rizoma.example');
    const res = await postGraphQL<{ mergeSkills: { kept: { id: string } } }>(MERGE.SKILL, { input: pair }, { cookie });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.mergeSkills.kept.id).toBe(pair.keepId);
    expect(await exists(pair.mergeId)).toBe(false);
  });
});
