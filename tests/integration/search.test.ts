import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import {
  SearchPageDocument,
  SearchSuggestDocument,
  type SearchPageQuery,
  type SearchSuggestQuery,
} from '@/graphql/generated/graphql';
import { defineQuery } from '@/lib/graph/query';
import { NODE } from '@/lib/graph/schema';
import type { GraphStore } from '@/lib/graph/store';
import { community } from '@/lib/seed/data';
import { seedId } from '@/lib/seed/load';
import { search as searchStore } from '@/lib/search/search';
import { searchTextFor, searchWords } from '@/lib/search/text';
import { readyStore } from '@/lib/server/ready';
import { postGraphQL } from '../support/graphql-http';

/**
 * Full-text search through the GraphQL endpoint, over a real Kùzu store seeded with the
 * demo community. Every Kùzu text of lib/search/queries.ts runs here.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-search-'));

/** Seeded skills the search cannot find by their own name. */
async function skillsMissedByName(store: GraphStore): Promise<string[]> {
  const missed: string[] = [];
  for (const s of community.skills) {
    const results = await searchStore(store, { query: s.name, kinds: ['Skill'], first: 20 });
    if (!results.groups[0]?.hits.some((h) => h.id === seedId.skill(s.slug))) missed.push(s.slug);
  }
  return missed;
}

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  const { seeded } = await readyStore();
  expect(seeded).not.toBeNull();
}, 120_000);

afterAll(async () => {
  const { store } = await readyStore();
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// Kùzu 0.11.3 indexed every row of a multi-row UNWIND write with the first row's text;
// the seed writes nodes one per statement so that every skill is found by its own name.
test('the seeded full-text index finds every skill by its own name', async () => {
  const { store } = await readyStore();
  expect(await skillsMissedByName(store)).toEqual([]);
});

// Writes this file makes to prove the index follows them (test files may define queries).
const createSkill = defineQuery('test.search.createSkill', {
  kuzu: `CREATE (n:${NODE.Skill} {id: $id, slug: $slug, name: $name, nameEn: $name, searchText: $searchText, state: $state, version: 1})`,
  neo4j: `CREATE (n:${NODE.Skill} {id: $id, slug: $slug, name: $name, nameEn: $name, searchText: $searchText, state: $state, version: 1})`,
});
const setSkillState = defineQuery('test.search.setSkillState', `MATCH (n:${NODE.Skill} {id: $id}) SET n.state = $state`);

type Type = 'PERSON' | 'ORGANIZATION' | 'PROJECT' | 'SKILL' | 'SECTOR' | 'EVENT';
interface Hit {
  score: number;
  entity: { __typename: string; id: string; slug: string; name: string };
}
interface Group {
  type: Type;
  totalCount: number;
  hits: Hit[];
}
interface Results {
  query: string;
  total: number;
  groups: Group[];
}

const SEARCH = `query Search($query: String!, $types: [SearchType!], $first: Int) {
  search(query: $query, types: $types, first: $first) {
    query total
    groups { type totalCount hits { score entity { __typename id slug name } } }
  }
}`;

async function search(query: string, options: { types?: Type[]; first?: number } = {}): Promise<Results> {
  const res = await postGraphQL<{ search: Results }>(SEARCH, { query, ...options });
  expect(res.body.errors).toBeUndefined();
  const results = res.body.data?.search;
  if (!results) throw new Error('no search results');
  return results;
}

function group(results: Results, type: Type): Group | undefined {
  return results.groups.find((g) => g.type === type);
}

function slugs(results: Results, type: Type): string[] {
  return group(results, type)?.hits.map((h) => h.entity.slug) ?? [];
}

const skill = (slug: string) => {
  const found = community.skills.find((s) => s.slug === slug);
  if (!found) throw new Error(`no seeded skill ${slug}`);
  return found;
};

describe('folding: case and accents do not matter', () => {
  test('"caffè", "caffe" and "CAFFÈ" find the same organizations', async () => {
    const accented = await search('caffè');
    expect(accented.query).toBe('caffe');
    expect(slugs(accented, 'ORGANIZATION')).toContain('biotrama');
    expect(await search('caffe')).toEqual(accented);
    expect(await search('  CAFFÈ ')).toEqual(accented);
  });

  test('a skill with an accented name is found with and without the accent', async () => {
    const accessibilita = skill('accessibilita-web');
    expect(accessibilita.name).toBe('Accessibilità web');
    const plain = await search('accessibilita web', { types: ['SKILL'] });
    const accented = await search('Accessibilità Web', { types: ['SKILL'] });
    expect(plain).toEqual(accented);
    expect(slugs(plain, 'SKILL')[0]).toBe('accessibilita-web');
  });
});

describe('what is indexed', () => {
  test('a skill is found by its English name', async () => {
    const editing = skill('montaggio-video');
    expect(editing.nameEn).toBe('Video editing');
    expect(slugs(await search('Video editing', { types: ['SKILL'] }), 'SKILL')).toContain('montaggio-video');
  });

  test('a skill is found by an alias', async () => {
    expect(skill('produzione-video').aliases).toContain('videomaking');
    expect(slugs(await search('videomaking', { types: ['SKILL'] }), 'SKILL')).toEqual(['produzione-video']);
  });

  test('a person is found by the name of one of their skills, in Italian and in English', async () => {
    // A skill few people hold, whose names appear nowhere in the holder's own texts.
    const pairs = community.people.flatMap((p) => p.skills.map((s) => ({ person: p, skill: skill(s.skill) })));
    const holders = (slug: string) => pairs.filter((x) => x.skill.slug === slug).length;
    const own = (p: (typeof pairs)[number]['person']) => new Set(searchWords(p.name, p.headline, p.bio));
    const pick = pairs.find(
      (x) =>
        holders(x.skill.slug) <= 3 &&
        searchWords(x.skill.name, x.skill.nameEn).length >= 2 &&
        !searchWords(x.skill.name, x.skill.nameEn).some((w) => own(x.person).has(w)),
    );
    if (!pick) throw new Error('the seed has no suitable person and skill');
    for (const name of [pick.skill.name, pick.skill.nameEn]) {
      const results = await search(name, { types: ['PERSON'], first: 20 });
      expect(slugs(results, 'PERSON')).toContain(pick.person.slug);
    }
  });
});

describe('grouping, filtering and ranking', () => {
  test('hits are grouped by type, each group counted, the best group first', async () => {
    const results = await search('video', { first: 3 });
    const types = results.groups.map((g) => g.type);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toEqual(expect.arrayContaining(['PERSON', 'SKILL', 'PROJECT']));
    for (const g of results.groups) {
      expect(g.hits.length).toBeGreaterThan(0);
      expect(g.hits.length).toBeLessThanOrEqual(3);
      expect(g.totalCount).toBeGreaterThanOrEqual(g.hits.length);
      const scores = g.hits.map((h) => h.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      const typename = { PERSON: 'Person', ORGANIZATION: 'Organization', PROJECT: 'Project', SKILL: 'Skill', SECTOR: 'Sector', EVENT: 'Event' }[g.type];
      for (const h of g.hits) expect(h.entity.__typename).toBe(typename);
    }
    const best = results.groups.map((g) => g.hits[0]?.score ?? 0);
    expect([...best].sort((a, b) => b - a)).toEqual(best);
    expect(results.total).toBe(results.groups.reduce((n, g) => n + g.totalCount, 0));
  });

  test('totalCount counts beyond the page', async () => {
    const small = await search('video', { types: ['PERSON'], first: 1 });
    const large = await search('video', { types: ['PERSON'], first: 20 });
    expect(group(small, 'PERSON')?.hits).toHaveLength(1);
    expect(group(small, 'PERSON')?.totalCount).toBe(group(large, 'PERSON')?.totalCount);
    expect(group(large, 'PERSON')?.totalCount).toBeGreaterThan(1);
  });

  test('types restricts the groups', async () => {
    const results = await search('video', { types: ['SKILL', 'EVENT'] });
    expect(results.groups.length).toBeGreaterThan(0);
    for (const g of results.groups) expect(['SKILL', 'EVENT']).toContain(g.type);
  });

  test('first is clamped to 1..20', async () => {
    // 25 > 20, cheap enough for the cost limit (a first of 500 is refused over HTTP as too expensive).
    const many = group(await search('video', { types: ['PERSON'], first: 25 }), 'PERSON');
    expect(many?.hits).toHaveLength(Math.min(20, many?.totalCount ?? 0));
    const none = await search('video', { types: ['PERSON'], first: 0 });
    expect(group(none, 'PERSON')?.hits).toHaveLength(1);
  });

  test('an exact name match comes first, and its group leads', async () => {
    const results = await search('fotografia');
    expect(results.groups[0]?.type).toBe('SKILL');
    expect(results.groups[0]?.hits[0]?.entity.slug).toBe('fotografia');
    expect(slugs(results, 'SKILL').length).toBeGreaterThan(1);

    const person = community.people[7]!;
    const byName = await search(person.name);
    expect(byName.groups[0]?.type).toBe('PERSON');
    expect(byName.groups[0]?.hits[0]?.entity.id).toBe(seedId.person(person.slug));
  });

  test('an unfinished last word matches as a prefix', async () => {
    expect(slugs(await search('fotog', { types: ['SKILL'] }), 'SKILL')).toContain('fotografia');
    // With a whole word before it, too (Kùzu expands a wildcard only in a one-word query).
    expect(slugs(await search('fotografia anal', { types: ['SKILL'] }), 'SKILL')).toEqual(['fotografia-analogica']);
    expect(slugs(await search('montaggio vid', { types: ['SKILL'] }), 'SKILL')[0]).toBe('montaggio-video');
    // "in" is an English stop word to Kùzu and "fotog" no word yet: the prefix brings the candidates.
    expect(slugs(await search('in fotog', { types: ['SKILL'] }), 'SKILL')).toContain('fotografia');
  });

  test('every word must match, including words Kùzu ignores as English stop words', async () => {
    const results = await search('fotografia per', { types: ['SKILL'], first: 20 });
    const texts = community.skills.filter((s) => slugs(results, 'SKILL').includes(s.slug)).map((s) => searchTextFor.skill(s));
    for (const text of texts) expect(` ${text}`).toContain(' per');
    expect(await search('fotografia zzzqqq')).toEqual({ query: 'fotografia zzzqqq', total: 0, groups: [] });
  });

  test('punctuation only finds nothing, without an error', async () => {
    expect(await search('?!…')).toEqual({ query: '', total: 0, groups: [] });
  });
});

describe('bad input', () => {
  test.each([
    ['empty', ''],
    ['blank', '   '],
    ['over 100 characters', 'x'.repeat(101)],
  ])('%s query is BAD_USER_INPUT naming the field', async (_what, query) => {
    const res = await postGraphQL(SEARCH, { query });
    expect(res.status).toBe(200);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.extensions?.field).toBe('query');
  });

  test('100 characters are fine', async () => {
    const res = await postGraphQL(SEARCH, { query: `fotografia ${'x'.repeat(89)}` });
    expect(res.body.errors).toBeUndefined();
  });

  test('an unknown type is rejected by the schema', async () => {
    const res = await postGraphQL(SEARCH, { query: 'video', types: ['ACCOUNT'] });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the index follows writes, and only public entities are returned', () => {
  test('a skill written after the index was created is found; pending and archived ones are not', async () => {
    const { store } = await readyStore();
    const write = (slug: string, name: string, state: string) =>
      store.mutate(createSkill, { id: seedId.skill(slug), slug, name, searchText: searchTextFor.skill({ name }), state });
    await write('zanzarologia', 'Zanzarologia', 'ACTIVE');
    await write('zanzarologia-segreta', 'Zanzarologia segreta', 'PENDING');

    const found = await search('zanzarologia');
    expect(found.groups.map((g) => g.type)).toEqual(['SKILL']);
    expect(slugs(found, 'SKILL')).toEqual(['zanzarologia']);
    expect(found.total).toBe(1);
    expect(slugs(await search('zanzar'), 'SKILL')).toEqual(['zanzarologia']);

    await store.mutate(setSkillState, { id: seedId.skill('zanzarologia'), state: 'ARCHIVED' });
    expect(await search('zanzarologia')).toEqual({ query: 'zanzarologia', total: 0, groups: [] });
  });

  test('an archived seeded skill disappears from results and counts', async () => {
    const { store } = await readyStore();
    const before = await search('fotoritocco', { types: ['SKILL'] });
    expect(slugs(before, 'SKILL')).toContain('fotoritocco');
    await store.mutate(setSkillState, { id: seedId.skill('fotoritocco'), state: 'ARCHIVED' });
    try {
      const after = await search('fotoritocco', { types: ['SKILL'] });
      expect(slugs(after, 'SKILL')).not.toContain('fotoritocco');
      expect(after.total).toBe(before.total - 1);
    } finally {
      await store.mutate(setSkillState, { id: seedId.skill('fotoritocco'), state: 'ACTIVE' });
    }
  });
});

describe('the operations the app sends', () => {
  test('the suggestions query (sent as text by the client) returns grouped hits with their context fields', async () => {
    const res = await postGraphQL<SearchSuggestQuery>(print(SearchSuggestDocument), { query: 'fotog', first: 4 });
    expect(res.body.errors).toBeUndefined();
    const groups = res.body.data?.search.groups ?? [];
    const skills = groups.find((g) => g.type === 'SKILL');
    expect(skills?.hits.length).toBeLessThanOrEqual(4);
    const fotografia = skills?.hits.find((h) => h.entity.slug === 'fotografia')?.entity;
    expect(fotografia).toMatchObject({ __typename: 'Skill', name: 'Fotografia', nameEn: 'Photography' });
    const person = groups.find((g) => g.type === 'PERSON')?.hits[0]?.entity;
    expect(person && 'headline' in person).toBe(true);
  });

  test('the results page query adds the per-type overview only when filtered', async () => {
    const page = print(SearchPageDocument);
    const all = await postGraphQL<SearchPageQuery>(page, { query: 'video', types: null, first: 8, filtered: false });
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data?.overview).toBeUndefined();
    const filtered = await postGraphQL<SearchPageQuery>(page, { query: 'video', types: ['SKILL'], first: 20, filtered: true });
    expect(filtered.body.errors).toBeUndefined();
    expect(filtered.body.data?.search.groups.map((g) => g.type)).toEqual(['SKILL']);
    expect(filtered.body.data?.overview?.total).toBe(all.body.data?.search.total);
    expect(filtered.body.data?.overview?.groups.map((g) => g.type).sort()).toEqual(all.body.data?.search.groups.map((g) => g.type).sort());
  });
});
