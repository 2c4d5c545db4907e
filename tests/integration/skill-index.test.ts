import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphStore } from '@/lib/graph/store';
import { expandSkills, findCollaborators, rankPeople, resolveSkills, type RankRequest } from '@/lib/matching/find-collaborators';
import {
  countCovering,
  countCoveringFiltered,
  countHolders,
  countHoldersFiltered,
  endorsementsOf,
  rankCovering,
  rankExact,
  rankExactHolders,
  rankHolders,
} from '@/lib/matching/queries';
import { buildSkillIndex, skillIndexFor, type SkillIndex } from '@/lib/matching/skill-index';
import {
  coveringCount,
  coveringPool,
  endorsementsFor,
  exactHoldersPool,
  exactPool,
  holdersCount,
  holdersPool,
} from '@/lib/matching/skill-index-ranking';
import { community } from '@/lib/seed/data';
import { seedId } from '@/lib/seed/load';
import { readyStore } from '@/lib/server/ready';
import { execute, parse } from 'graphql';
import { createContext } from '@/graphql/context';
import { getSchema } from '@/graphql/schema';
import { setMySkill } from '@/lib/self-service/skills';
import { findByIds } from '@/lib/directory/read';
import { noteTableSize } from '@/lib/directory/size-hints';
import { noteWriteEnded } from '@/lib/graph/write-generation';
import { readProfile, updateProfile } from '@/lib/self-service/profile';

/**
 * The in-memory skill index answers the unfiltered ranking statements exactly as the
 * store does: every statement it replaces is run against the seeded Kùzu store and
 * compared row for row with the index's answer, over many searches; then whole searches
 * with and without the index; then freshness after a write.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-index-'));
let store: GraphStore;
let index: SkillIndex;

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  store = (await readyStore()).store;
  index = await store.read((tx) => buildSkillIndex(tx));
}, 120_000);

afterAll(async () => {
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const ALL_AVAILABILITIES = ['OPEN', 'LIMITED', 'UNAVAILABLE'];
/** Skills by how many people hold them, most held first: searches over common and rare skills. */
const skillSlugs = [...new Set(community.people.flatMap((p) => p.skills.map((s) => s.skill)))].sort(
  (a, b) =>
    community.people.filter((p) => p.skills.some((s) => s.skill === b)).length -
      community.people.filter((p) => p.skills.some((s) => s.skill === a)).length || a.localeCompare(b),
);
const searches: string[][] = [];
for (let i = 0; i < 12; i++) {
  const a = skillSlugs[i] ?? '';
  const b = skillSlugs[(i * 7 + 3) % skillSlugs.length] ?? '';
  const c = skillSlugs[(i * 11 + 5) % skillSlugs.length] ?? '';
  searches.push([a], [a, b], [a, b, c].filter((s, j, all) => all.indexOf(s) === j));
}
const filters = [
  { minLevel: 1, availability: ALL_AVAILABILITIES, viewerId: '' },
  { minLevel: 3, availability: ['OPEN'], viewerId: '' },
  { minLevel: 2, availability: ['OPEN', 'LIMITED'], viewerId: seedId.person('karim-benali') },
];

async function groupsFor(slugs: string[]) {
  return store.read(async (tx) => {
    const wanted = await resolveSkills(tx, slugs, 'skills');
    const expansion = await expandSkills(tx, wanted);
    const ids = wanted.map((w) => w.id);
    const groups = ids.map((id) => [id, ...[...expansion].filter(([, links]) => links.some((l) => l.wantedId === id)).map(([via]) => via)]);
    return { ids, expansion, groups };
  });
}

const pad = (groups: string[][]) => Object.fromEntries(groups.map((g, i) => [`g${i + 1}`, g]));
const sortRows = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
/** Evidence as sets: the store collects in no particular order and repeats skills across combinations. */
const evidenceOf = (row: { id: string; availability: string | null; skills: string[][]; levels: number[][] }) => ({
  id: row.id,
  availability: row.availability,
  held: row.skills.map((group, g) => [...new Set(group.map((s, i) => `${s}:${row.levels[g]?.[i]}`))].sort()),
});

describe('the skill index answers the unfiltered ranking statements as the store does', () => {
  it('exact matches, covering patterns and their counts (ALL), for 1 to 3 skills under three filters', async () => {
    let compared = 0;
    for (const slugs of searches) {
      const { ids, groups } = await groupsFor(slugs);
      const k = ids.length;
      for (const f of filters) {
        const person = { availability: f.availability, viewerId: f.viewerId };
        const filter = { availability: f.availability, excludeId: f.viewerId };
        const pool = 1000;

        const exactQuery = rankExact[k - 1]!;
        const exactStore = await store.query(exactQuery, {
          ...Object.fromEntries(ids.map((id, i) => [`s${i + 1}`, id])),
          minLevel: f.minLevel,
          ...person,
          pool,
        });
        expect(exactPool(index, ids, f.minLevel, filter, pool)).toEqual(exactStore);

        const coverStore = await store.query(rankCovering[k - 1]!, { ...pad(groups), minLevel: f.minLevel, ...person, pool });
        const coverIndex = coveringPool(index, groups, f.minLevel, filter, pool);
        expect(coverIndex.map((r) => r.id)).toEqual(coverStore.map((r) => r.id));
        expect(coverIndex.map(evidenceOf)).toEqual(coverStore.map(evidenceOf));

        const countQuery = f.viewerId ? countCoveringFiltered[k - 1]! : countCovering[k - 1]!;
        const countParams = f.viewerId
          ? { ...person, sector: '', organizationKind: '', excludeMembersOf: '', excludeContributorsOf: '', today: '2026-01-01' }
          : { availability: f.availability };
        const [counted] = await store.query(countQuery, { ...pad(groups), minLevel: f.minLevel, ...countParams });
        expect(coveringCount(index, groups, f.minLevel, filter)).toBe(counted?.total);
        compared += 3;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('holders of any skill, exact holders and their count (ANY)', async () => {
    for (const slugs of searches.filter((s) => s.length > 1)) {
      const { ids, groups } = await groupsFor(slugs);
      const skillIds = [...new Set(groups.flat())];
      for (const f of filters) {
        const person = { availability: f.availability, viewerId: f.viewerId };
        const filter = { availability: f.availability, excludeId: f.viewerId };
        const held = { skillIds, minLevel: f.minLevel };
        const exactStore = await store.query(rankExactHolders, { ...held, wanted: ids, ...person, pool: 1000 });
        const exactIndex = exactHoldersPool(index, ids, skillIds, f.minLevel, filter, 1000);
        expect(exactIndex.map((r) => r.id)).toEqual(exactStore.map((r) => r.id));
        expect(exactIndex.map(evidenceOf)).toEqual(exactStore.map(evidenceOf));

        const anyStore = await store.query(rankHolders, { ...held, ...person, pool: 1000 });
        const anyIndex = holdersPool(index, skillIds, f.minLevel, filter, 1000);
        expect(anyIndex.map((r) => r.id)).toEqual(anyStore.map((r) => r.id));
        expect(anyIndex.map(evidenceOf)).toEqual(anyStore.map(evidenceOf));

        const [counted] = f.viewerId
          ? await store.query(countHoldersFiltered, {
              ...held,
              ...person,
              sector: '',
              organizationKind: '',
              excludeMembersOf: '',
              excludeContributorsOf: '',
              today: '2026-01-01',
            })
          : await store.query(countHolders, { ...held, availability: f.availability });
        expect(holdersCount(index, skillIds, f.minLevel, filter)).toBe(counted?.total);
      }
    }
  });

  it('endorsements per person and requested skill', async () => {
    const people = community.people.map((p) => seedId.person(p.slug));
    for (const slugs of searches.slice(0, 12)) {
      const { ids } = await groupsFor(slugs);
      const fromStore = await store.query(endorsementsOf, { ids: people, wanted: ids });
      const key = (r: { id: string; skill: string }) => `${r.id}|${r.skill}`;
      expect(sortRows(endorsementsFor(index, people, ids).map((r) => ({ ...r, id: key(r) })))).toEqual(
        sortRows(fromStore.map((r) => ({ ...r, id: key(r) }))),
      );
    }
  });

  it('whole searches give the same results with and without the index', async () => {
    for (const slugs of searches.slice(0, 18)) {
      const { ids, expansion } = await groupsFor(slugs);
      for (const mode of ['ALL', 'ANY'] as const) {
        for (const f of filters) {
          const request: RankRequest = {
            wanted: ids,
            expansion,
            mode,
            minLevel: f.minLevel,
            availability: f.availability,
            sector: null,
            organizationKind: null,
            excludeMembersOf: null,
            excludeContributorsOf: null,
            viewerPersonId: f.viewerId || null,
            first: 10,
          };
          const plain = await store.read((tx) => rankPeople(tx, request));
          const indexed = await store.read((tx) => rankPeople(tx, { ...request, index }));
          // The index also hands over each person's summary (checked against the records below).
          expect({ ...indexed, matches: indexed.matches.map(({ summary: _summary, ...m }) => m) }).toEqual(plain);
          expect(indexed.matches.every((m) => m.summary?.id === m.personId)).toBe(true);
        }
      }
    }
  });
});

describe('summaries served without a lookup', () => {
  it('are the public record\'s fields, and anything more of the person comes from the record', async () => {
    const search = { skills: [skillSlugs[0] ?? ''], mode: 'ALL' };
    const summaryOnly = await execute({
      schema: getSchema(),
      document: parse('query($s: CollaboratorSearch!) { findCollaborators(search: $s) { matches { person { __typename id slug name headline availability } } } }'),
      variableValues: { s: search },
      contextValue: createContext(store, null),
    });
    const withBio = await execute({
      schema: getSchema(),
      document: parse('query($s: CollaboratorSearch!) { findCollaborators(search: $s) { matches { person { __typename id slug name headline availability bio } } } }'),
      variableValues: { s: search },
      contextValue: createContext(store, null),
    });
    expect(summaryOnly.errors).toBeUndefined();
    expect(withBio.errors).toBeUndefined();
    type Person = Record<string, unknown>;
    const people = (r: typeof summaryOnly) => (r.data as { findCollaborators: { matches: { person: Person }[] } }).findCollaborators.matches.map((m) => m.person);
    expect(people(summaryOnly).length).toBeGreaterThan(0);
    expect(people(summaryOnly)).toEqual(people(withBio).map(({ bio: _bio, ...p }) => p));
    expect(people(withBio).some((p) => typeof p.bio === 'string')).toBe(true);
  });
});

describe('freshness', () => {
  it('a skill added by a member shows in the next search', async () => {
    const viewer = { accountId: 'acc-test', personId: seedId.person('karim-benali'), role: 'MEMBER' as const };
    const rare = skillSlugs[skillSlugs.length - 1] ?? '';
    const before = await findCollaborators(store, { skills: [rare], mode: 'ALL' }, null);
    const karim = community.people.find((p) => p.slug === 'karim-benali');
    expect(karim?.skills.some((s) => s.skill === rare)).toBe(false);
    const first = await skillIndexFor(store);
    await setMySkill(store, viewer, { skillId: seedId.skill(rare), level: 5 });
    const after = await findCollaborators(store, { skills: [rare], mode: 'ALL' }, null);
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.matches[0]?.personId).toBe(viewer.personId);
    expect(await skillIndexFor(store)).not.toBe(first);
  });
});

describe('the shared cache of public records (lib/directory/record-cache.ts)', () => {
  it('serves a record until a write, then the written values', async () => {
    const id = seedId.person('francesca-deluca');
    const viewer = { accountId: 'acc-fdl', personId: id, role: 'MEMBER' as const };
    const [first] = await findByIds(store, 'Person', [id]);
    const [again] = await findByIds(store, 'Person', [id]);
    expect(again).toBe(first); // the same object: served from the cache
    const profile = await readProfile(store, id);
    if (!profile || !first) throw new Error('seeded person missing');
    await updateProfile(store, viewer, id, {
      version: profile.version,
      name: profile.name,
      headline: 'Progettazione sociale e formazione',
      bio: profile.bio,
      email: profile.email,
      phone: profile.phone,
      website: profile.website,
      location: profile.location,
      availability: profile.availability,
      contactVisibility: profile.contactVisibility,
    });
    const [after] = await findByIds(store, 'Person', [id]);
    expect(after?.headline).toBe('Progettazione sociale e formazione');
    expect(after).not.toBe(first);
  });

  it('on a large store looks people up one by one by primary key, with the same answers', async () => {
    const ids = [...community.people.slice(40, 70).map((p) => seedId.person(p.slug)), 'no-such-person'];
    const bySet = await findByIds(store, 'Person', ids);
    noteWriteEnded(); // as after a write: the record cache starts afresh, so the lookups really run
    noteTableSize(store, 'Person', 100_000);
    try {
      const oneByOne = await findByIds(store, 'Person', ids);
      expect(oneByOne.map((r) => r?.id ?? null)).toEqual(bySet.map((r) => r?.id ?? null));
      expect(oneByOne.at(-1)).toBeNull();
    } finally {
      noteTableSize(store, 'Person', community.people.length);
    }
  });

  it('answers null for ids that are not public, and in the order asked', async () => {
    const ids = [seedId.person('karim-benali'), 'no-such-id', seedId.person('francesca-deluca')];
    const records = await findByIds(store, 'Person', ids);
    expect(records.map((r) => r?.id ?? null)).toEqual([ids[0], null, ids[2]]);
  });
});
