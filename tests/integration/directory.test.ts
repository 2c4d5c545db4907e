import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execute, parse, type ExecutionResult } from 'graphql';
import { createContext } from '@/graphql/context';
import { getSchema } from '@/graphql/schema';
import { encodeCursor } from '@/lib/directory/connection';
import type { GraphStore } from '@/lib/graph/store';
import { community } from '@/lib/seed/data';
import { readyStore } from '@/lib/server/ready';
import {
  eventsView,
  listVariables,
  organizationsView,
  peopleView,
  projectsView,
  sectorsView,
  skillsView,
} from '@/app/_components/directory/url-state';
import {
  DirectoryEventsDocument,
  DirectoryOrganizationsDocument,
  DirectoryPeopleDocument,
  DirectoryProjectsDocument,
  DirectorySectorsDocument,
  DirectorySkillsDocument,
} from '@/graphql/generated/graphql';
import { CountingStore } from '../support/counting-store';
import { postGraphQL } from '../support/graphql-http';

/**
 * The directory lists over a real embedded store seeded with the demo community: every
 * filter, order and page statement runs on Kùzu, and a page of people with their skills
 * and organizations costs a fixed number of statements.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-dir-'));
let store: GraphStore;

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  const ready = await readyStore();
  expect(ready.seeded).not.toBeNull();
  store = ready.store;
}, 120_000);

afterAll(async () => {
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Edge<N> {
  cursor: string;
  node: N;
}
interface Conn<N> {
  edges: Edge<N>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}
type Slugged = { slug: string; name: string };

async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, on: GraphStore = store): Promise<ExecutionResult<T>> {
  return (await execute({
    schema: getSchema(),
    document: parse(query),
    variableValues: variables,
    contextValue: createContext(on, null),
  })) as ExecutionResult<T>;
}

/** Runs a query that must succeed and returns its data. */
async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gql<T>(query, variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug name } }';

/** One page of `field` with `args` (a GraphQL argument list written out) and the page variables. */
async function page<N = Slugged>(field: string, args: string, vars: { first?: number; after?: string | null } = {}, fields = 'slug name') {
  const query = `query ($first: Int, $after: String) { list: ${field}(${args ? `${args}, ` : ''}first: $first, after: $after) {
    ${PAGE.replace('node { slug name }', `node { ${fields} }`)} } }`;
  return (await data<{ list: Conn<N> }>(query, vars)).list;
}

/** Every node of a list, walking the pages with `after`. */
async function walk<N = Slugged>(field: string, args = '', first = 7, fields = 'slug name'): Promise<{ nodes: N[]; totals: number[]; pages: number }> {
  const nodes: N[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let pages = 1; pages < 100; pages++) {
    const conn: Conn<N> = await page<N>(field, args, { first, after }, fields);
    nodes.push(...conn.edges.map((e) => e.node));
    totals.push(conn.totalCount);
    expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!conn.pageInfo.hasNextPage) return { nodes, totals, pages };
    after = conn.pageInfo.endCursor;
  }
  throw new Error('too many pages');
}

const slugs = (nodes: { slug: string }[]) => nodes.map((n) => n.slug);
const sorted = (values: string[]) => [...values].sort();
/** The order Kùzu's toLower(name) gives (code-point order), ties broken elsewhere. */
const byLowerName = (a: { name: string }, b: { name: string }) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0);

function errorOf(result: Pick<ExecutionResult, 'errors'>): { code: unknown; field: unknown } {
  const [error] = result.errors ?? [];
  return { code: error?.extensions?.code, field: error?.extensions?.field };
}

const personSkills = new Map(community.people.map((p) => [p.slug, new Set(p.skills.map((s) => s.skill))]));
const peopleWithAll = (skills: string[]) =>
  community.people.filter((p) => skills.every((s) => personSkills.get(p.slug)?.has(s))).map((p) => p.slug);

describe('people', () => {
  test('walking every page with `after` returns every person exactly once', async () => {
    const { nodes, totals, pages } = await walk('people', '', 20);
    expect(pages).toBe(Math.ceil(community.people.length / 20));
    expect(nodes).toHaveLength(community.people.length);
    expect(new Set(slugs(nodes)).size).toBe(community.people.length);
    expect(sorted(slugs(nodes))).toEqual(sorted(community.people.map((p) => p.slug)));
    expect(new Set(totals)).toEqual(new Set([community.people.length]));
  });

  test('NAME order is by name, RECENT newest first', async () => {
    const byName = (await walk('people', 'orderBy: NAME', 50)).nodes;
    expect(byName).toEqual([...byName].sort(byLowerName));
    const recent = (await walk<Slugged & { createdAt: string }>('people', 'orderBy: RECENT', 50, 'slug name createdAt')).nodes;
    expect(recent).toHaveLength(community.people.length);
    const times = recent.map((p) => Date.parse(p.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  test.each([
    ['one skill', ['montaggio-video']],
    ['two skills', ['montaggio-video', 'streaming-live']],
    ['two skills, one repeated', ['montaggio-video', 'riprese-video', 'montaggio-video']],
  ])('filter by %s (all of)', async (_label, skills) => {
    const expected = peopleWithAll([...new Set(skills)]);
    expect(expected.length).toBeGreaterThan(0);
    const { nodes, totals } = await walk('people', `filter: { skills: ${JSON.stringify(skills)} }`, 2);
    expect(sorted(slugs(nodes))).toEqual(sorted(expected));
    expect(totals[0]).toBe(expected.length);
  });

  test('filter by three and by four skills (the fixed pattern and the generic form)', async () => {
    const person = community.people.find((p) => p.skills.length >= 4)!;
    for (const n of [3, 4]) {
      const skills = person.skills.slice(0, n).map((s) => s.skill);
      const expected = peopleWithAll(skills);
      const { nodes, totals } = await walk('people', `filter: { skills: ${JSON.stringify(skills)} }`, 5);
      expect(slugs(nodes)).toContain(person.slug);
      expect(sorted(slugs(nodes))).toEqual(sorted(expected));
      expect(totals[0]).toBe(expected.length);
    }
  });

  test('filter by organization and availability, alone and with skills', async () => {
    const inLucefilm = community.people.filter((p) => p.memberships.some((m) => m.organization === 'lucefilm'));
    expect(inLucefilm.length).toBeGreaterThan(0);
    expect(sorted(slugs((await walk('people', 'filter: { organization: "lucefilm" }')).nodes))).toEqual(sorted(slugs(inLucefilm)));

    const limited = community.people.filter((p) => p.availability === 'LIMITED');
    expect(sorted(slugs((await walk('people', 'filter: { availability: LIMITED }', 20)).nodes))).toEqual(sorted(slugs(limited)));

    const combined = community.people.filter(
      (p) => p.availability === 'OPEN' && p.memberships.some((m) => m.organization === 'lucefilm') && personSkills.get(p.slug)?.has('montaggio-video'),
    );
    const got = await walk('people', 'filter: { organization: "lucefilm", availability: OPEN, skills: ["montaggio-video"] }');
    expect(sorted(slugs(got.nodes))).toEqual(sorted(slugs(combined)));
  });

  test('unknown slugs match nothing', async () => {
    for (const filter of ['{ skills: ["no-such-skill"] }', '{ organization: "no-such-org" }', '{ skills: ["montaggio-video", "no-such-skill"] }']) {
      const conn = await page('people', `filter: ${filter}`);
      expect(conn.totalCount).toBe(0);
      expect(conn.edges).toEqual([]);
      expect(conn.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
    }
  });

  test('blank slugs mean no filter', async () => {
    const conn = await page('people', 'filter: { organization: "  ", skills: [""] }', { first: 1 });
    expect(conn.totalCount).toBe(community.people.length);
  });

  test('more than 10 skills is BAD_USER_INPUT on filter.skills', async () => {
    const skills = community.skills.slice(0, 11).map((s) => s.slug);
    const result = await gql(`{ people(filter: { skills: ${JSON.stringify(skills)} }) { totalCount } }`);
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.skills' });
  });
});

describe('pagination input', () => {
  test('a malformed cursor is BAD_USER_INPUT on `after`', async () => {
    for (const after of ['not-a-cursor', Buffer.from('x:12').toString('base64url'), '']) {
      const result = await gql('query ($after: String) { people(after: $after) { totalCount } }', { after });
      if (after === '') {
        // An empty cursor means "from the start".
        expect(result.errors).toBeUndefined();
        continue;
      }
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  test('a negative `first` is BAD_USER_INPUT on `first`', async () => {
    const result = await gql('{ organizations(first: -1) { totalCount } }');
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  test('the error reaches HTTP clients with its code and field, not as a 500', async () => {
    const res = await postGraphQL('query ($after: String) { projects(after: $after) { totalCount } }', { after: 'garbage' });
    expect(res.status).toBe(200);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  test('`first` is clamped to 100 and defaults to 20; 0 gives only the total', async () => {
    expect(community.skills.length).toBeGreaterThan(100);
    const big = await page('skills', '', { first: 500 });
    expect(big.edges).toHaveLength(100);
    expect(big.pageInfo.hasNextPage).toBe(true);
    expect(big.totalCount).toBe(community.skills.length);
    expect((await page('skills', '')).edges).toHaveLength(20);
    const none = await page('skills', '', { first: 0 });
    expect(none.edges).toEqual([]);
    expect(none.totalCount).toBe(community.skills.length);
  });

  test('a cursor past the end gives an empty last page', async () => {
    const conn = await page('sectorsConnection', '', { after: encodeCursor(500) });
    expect(conn.edges).toEqual([]);
    expect(conn.pageInfo.hasNextPage).toBe(false);
    expect(conn.totalCount).toBe(community.sectors.length);
  });

  test('cursors continue where the previous page ended', async () => {
    const first = await page('organizations', '', { first: 5 });
    const second = await page('organizations', '', { first: 5, after: first.pageInfo.endCursor });
    const both = await page('organizations', '', { first: 10 });
    expect([...slugs(first.edges.map((e) => e.node)), ...slugs(second.edges.map((e) => e.node))]).toEqual(slugs(both.edges.map((e) => e.node)));
    expect(both.edges.map((e) => e.cursor)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(encodeCursor));
  });
});

const membersOf = (org: string) => community.people.filter((p) => p.memberships.some((m) => m.organization === org)).length;

describe('organizations', () => {
  test('every organization once, with its member count', async () => {
    type Org = Slugged & { memberCount: number };
    const { nodes, totals } = await walk<Org>('organizations', '', 10, 'slug name memberCount');
    expect(sorted(slugs(nodes))).toEqual(sorted(community.organizations.map((o) => o.slug)));
    expect(totals[0]).toBe(community.organizations.length);
    for (const o of nodes) expect(o.memberCount).toBe(membersOf(o.slug));
    expect(nodes).toEqual([...nodes].sort(byLowerName));
  });

  test('filter by kind and by sector', async () => {
    const coops = community.organizations.filter((o) => o.kind === 'COOPERATIVE');
    expect(sorted(slugs((await walk('organizations', 'filter: { kind: COOPERATIVE }')).nodes))).toEqual(sorted(slugs(coops)));
    const green = community.organizations.filter((o) => o.sectors.includes('green-economy'));
    expect(sorted(slugs((await walk('organizations', 'filter: { sector: "green-economy" }')).nodes))).toEqual(sorted(slugs(green)));
    const both = green.filter((o) => o.kind === 'COOPERATIVE');
    const got = await page('organizations', 'filter: { sector: "green-economy", kind: COOPERATIVE }', { first: 50 });
    expect(sorted(slugs(got.edges.map((e) => e.node)))).toEqual(sorted(slugs(both)));
    expect(got.totalCount).toBe(both.length);
  });

  test('FOUNDED: oldest first; MEMBERS: most members first', async () => {
    type Org = Slugged & { foundedYear: number | null; memberCount: number };
    const founded = (await walk<Org>('organizations', 'orderBy: FOUNDED', 10, 'slug name foundedYear')).nodes;
    const years = founded.map((o) => o.foundedYear ?? Number.MAX_SAFE_INTEGER);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const members = (await walk<Org>('organizations', 'orderBy: MEMBERS', 10, 'slug name memberCount')).nodes;
    expect(members).toHaveLength(community.organizations.length);
    const countsInOrder = members.map((o) => o.memberCount);
    expect(countsInOrder).toEqual([...countsInOrder].sort((a, b) => b - a));
  });
});

describe('projects', () => {
  test('filters: status, sector, open call', async () => {
    const all = await walk('projects', '', 10);
    expect(sorted(slugs(all.nodes))).toEqual(sorted(community.projects.map((p) => p.slug)));
    const active = community.projects.filter((p) => p.status === 'ACTIVE');
    expect(sorted(slugs((await walk('projects', 'filter: { status: ACTIVE }')).nodes))).toEqual(sorted(slugs(active)));
    const video = community.projects.filter((p) => p.sectors.includes('video-media'));
    expect(sorted(slugs((await walk('projects', 'filter: { sector: "video-media" }')).nodes))).toEqual(sorted(slugs(video)));
    const open = community.projects.filter((p) => p.openCall?.open);
    expect(sorted(slugs((await walk('projects', 'filter: { openCall: true }')).nodes))).toEqual(sorted(slugs(open)));
    const notOpen = community.projects.filter((p) => !p.openCall?.open);
    expect(sorted(slugs((await walk('projects', 'filter: { openCall: false }')).nodes))).toEqual(sorted(slugs(notOpen)));
    const combo = open.filter((p) => p.status === 'ACTIVE' && p.sectors.includes('video-media'));
    const got = await walk('projects', 'filter: { openCall: true, status: ACTIVE, sector: "video-media" }');
    expect(sorted(slugs(got.nodes))).toEqual(sorted(slugs(combo)));
    expect(got.totals[0]).toBe(combo.length);
  });

  test('orders: NAME, START_DATE (latest first), RECENT', async () => {
    type P = Slugged & { startDate: string | null; createdAt: string };
    const byName = (await walk<P>('projects', 'orderBy: NAME', 10)).nodes;
    expect(byName).toEqual([...byName].sort(byLowerName));
    const byStart = (await walk<P>('projects', 'orderBy: START_DATE', 10, 'slug name startDate')).nodes;
    const starts = byStart.map((p) => p.startDate ?? '');
    expect(starts).toEqual([...starts].sort().reverse());
    const recent = (await walk<P>('projects', 'orderBy: RECENT', 10, 'slug name createdAt')).nodes;
    expect(recent).toHaveLength(community.projects.length);
  });
});

describe('events', () => {
  type E = Slugged & { kind: string; startsAt: string; endsAt: string | null };
  const FIELDS = 'slug name kind startsAt endsAt';
  const romeDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date(iso));

  test('ALL: every event, soonest first', async () => {
    const { nodes, totals } = await walk<E>('events', '', 4, FIELDS);
    expect(sorted(slugs(nodes))).toEqual(sorted(community.events.map((e) => e.slug)));
    expect(totals[0]).toBe(community.events.length);
    const starts = nodes.map((e) => Date.parse(e.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test('UPCOMING (not over yet) soonest first, PAST latest first', async () => {
    const now = Date.now();
    const over = (e: { startsAt: string; endsAt?: string | null }) => Date.parse(e.endsAt ?? e.startsAt) < now;
    const upcoming = (await walk<E>('events', 'filter: { when: UPCOMING }', 4, FIELDS)).nodes;
    expect(sorted(slugs(upcoming))).toEqual(sorted(community.events.filter((e) => !over(e)).map((e) => e.slug)));
    const past = (await walk<E>('events', 'filter: { when: PAST }', 4, FIELDS)).nodes;
    expect(sorted(slugs(past))).toEqual(sorted(community.events.filter(over).map((e) => e.slug)));
    const starts = past.map((e) => Date.parse(e.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    const ascending = (await walk<E>('events', 'filter: { when: PAST }, orderBy: START_ASC', 4, FIELDS)).nodes;
    expect(slugs(ascending)).toEqual(slugs(past).reverse());
  });

  test('kind and days (from/to inclusive, Rome time)', async () => {
    const courses = community.events.filter((e) => e.kind === 'COURSE');
    expect(sorted(slugs((await walk<E>('events', 'filter: { kind: COURSE }', 4, FIELDS)).nodes))).toEqual(sorted(slugs(courses)));

    const target = community.events[4]!;
    const day = romeDay(target.startsAt);
    const sameDay = community.events.filter((e) => romeDay(e.startsAt) === day);
    const got = (await walk<E>('events', `filter: { from: "${day}", to: "${day}" }`, 4, FIELDS)).nodes;
    expect(sorted(slugs(got))).toEqual(sorted(slugs(sameDay)));

    const from = '2026-01-01';
    const to = '2026-06-30';
    const inRange = community.events.filter((e) => romeDay(e.startsAt) >= from && romeDay(e.startsAt) <= to);
    expect(inRange.length).toBeGreaterThan(0);
    const ranged = (await walk<E>('events', `filter: { from: "${from}", to: "${to}" }`, 4, FIELDS)).nodes;
    expect(sorted(slugs(ranged))).toEqual(sorted(slugs(inRange)));
  });

  test('`to` before `from` is BAD_USER_INPUT on filter.to; a bad date is rejected', async () => {
    const result = await gql('{ events(filter: { from: "2026-05-02", to: "2026-05-01" }) { totalCount } }');
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    const bad = await gql('query ($f: EventFilter) { events(filter: $f) { totalCount } }', { f: { from: '2026-13-01' } });
    expect(bad.errors?.length).toBeGreaterThan(0);
  });
});

describe('skills and sectors', () => {
  type S = Slugged & { nameEn: string | null; personCount: number };
  const holders = (skill: string) => community.people.filter((p) => personSkills.get(p.slug)?.has(skill)).length;

  test('skills: every skill once with its people count; NAME, NAME_EN and PEOPLE orders', async () => {
    const byName = await walk<S>('skills', 'orderBy: NAME', 100, 'slug name nameEn personCount');
    expect(sorted(slugs(byName.nodes))).toEqual(sorted(community.skills.map((s) => s.slug)));
    expect(byName.totals[0]).toBe(community.skills.length);
    expect(byName.nodes).toEqual([...byName.nodes].sort(byLowerName));
    for (const s of byName.nodes) expect(s.personCount).toBe(holders(s.slug));

    const english = (await walk<S>('skills', 'orderBy: NAME_EN', 100, 'slug name nameEn')).nodes;
    const englishNames = english.map((s) => (s.nameEn ?? s.name).toLowerCase());
    expect(englishNames).toEqual([...englishNames].sort());

    const popular = (await walk<S>('skills', 'orderBy: PEOPLE', 100, 'slug name personCount')).nodes;
    const countsInOrder = popular.map((s) => s.personCount);
    expect(countsInOrder).toEqual([...countsInOrder].sort((a, b) => b - a));
  });

  test('sectorsConnection: every sector with its organization and project counts', async () => {
    type Sec = Slugged & { organizationCount: number; projectCount: number };
    const { nodes, totals } = await walk<Sec>('sectorsConnection', '', 4, 'slug name organizationCount projectCount');
    expect(sorted(slugs(nodes))).toEqual(sorted(community.sectors.map((s) => s.slug)));
    expect(totals[0]).toBe(community.sectors.length);
    for (const s of nodes) {
      expect(s.organizationCount).toBe(community.organizations.filter((o) => o.sectors.includes(s.slug)).length);
      expect(s.projectCount).toBe(community.projects.filter((p) => p.sectors.includes(s.slug)).length);
    }
  });
});

describe('statements per page (DataLoaders, no N+1)', () => {
  const PEOPLE = `query ($first: Int) { people(first: $first) { totalCount edges { node {
    name skills { level skill { name } } organizations { organization { name } } } } } }`;

  async function statementsFor(query: string, first: number): Promise<{ count: number; names: string[]; size: number }> {
    const counting = new CountingStore(store);
    const result = await gql<{ list?: unknown; people?: Conn<unknown> }>(query, { first }, counting);
    expect(result.errors).toBeUndefined();
    const size = Object.values(result.data ?? {}).map((c) => (c as Conn<unknown>).edges.length)[0] ?? 0;
    return { count: counting.count, names: [...counting.statements], size };
  }

  test('a page of people with skills and organizations: a small constant, the same for 10 and 50', async () => {
    const ten = await statementsFor(PEOPLE, 10);
    const fifty = await statementsFor(PEOPLE, 50);
    expect(ten.size).toBe(10);
    expect(fifty.size).toBe(50);
    // page ids, count, people, their skill links, skills, their memberships, organizations
    expect(fifty.count).toBeLessThanOrEqual(8);
    expect(fifty.count).toBe(ten.count);
    console.info(`people(first: 50) with skills and organizations: ${fifty.count} statements: ${fifty.names.join(', ')}`);
  });

  test('other lists with their card fields: bounded too', async () => {
    const cases = [
      `query ($first: Int) { organizations(first: $first, orderBy: MEMBERS) { edges { node { name kind memberCount sectors { name } } } } }`,
      `query ($first: Int) { projects(first: $first) { edges { node { name status callOpen sectors { name } } } } }`,
      `query ($first: Int) { skills(first: $first, orderBy: PEOPLE) { edges { node { name personCount } } } }`,
      `query ($first: Int) { sectorsConnection(first: $first) { edges { node { name organizationCount projectCount } } } }`,
      `query ($first: Int) { events(first: $first) { edges { node { name kind startsAt place } } } }`,
    ];
    for (const query of cases) {
      const small = await statementsFor(query, 3);
      const large = await statementsFor(query, 50);
      expect(large.count).toBe(small.count);
      expect(large.count).toBeLessThanOrEqual(6);
    }
  });
});

describe("the list pages' operations, with variables from their addresses", () => {
  async function run<T>(document: Parameters<typeof execute>[0]['document'], variables: Record<string, unknown>) {
    const counting = new CountingStore(store);
    const result = (await execute({
      schema: getSchema(),
      document,
      variableValues: variables,
      contextValue: createContext(counting, null),
    })) as ExecutionResult<T>;
    expect(result.errors).toBeUndefined();
    return { data: result.data!, statements: counting.count };
  }

  test('/persone?competenza=montaggio-video&competenza=streaming-live&disponibilita=OPEN (menus hold every skill held and every organization)', async () => {
    const view = peopleView({ competenza: ['montaggio-video', 'streaming-live'], disponibilita: 'OPEN' });
    type Data = {
      people: Conn<{ slug: string }>;
      skillOptions: Conn<{ slug: string }>;
      moreSkillOptions: Conn<{ slug: string }>;
      organizationOptions: Conn<{ slug: string }>;
    };
    const { data, statements } = await run<Data>(DirectoryPeopleDocument, { ...listVariables.people(view), ...listVariables.options('it') });
    const expected = peopleWithAll(['montaggio-video', 'streaming-live']).filter(
      (slug) => community.people.find((p) => p.slug === slug)?.availability === 'OPEN',
    );
    expect(sorted(data.people.edges.map((e) => e.node.slug))).toEqual(sorted(expected));
    const skillMenu = [...data.skillOptions.edges, ...data.moreSkillOptions.edges].map((e) => e.node.slug);
    expect(sorted(skillMenu)).toEqual(sorted(community.skills.map((s) => s.slug)));
    expect(data.organizationOptions.edges).toHaveLength(community.organizations.length);
    console.info(`/persone page operation: ${statements} statements`);
  });

  test('/organizzazioni, /progetti, /eventi, /competenze, /settori', async () => {
    const orgs = await run<{ organizations: Conn<unknown>; sectorOptions: Conn<unknown> }>(DirectoryOrganizationsDocument, {
      ...listVariables.organizations(organizationsView({ tipo: 'startup', ordine: 'membri' })),
      ...listVariables.options('en'),
    });
    expect(orgs.data.organizations.totalCount).toBe(community.organizations.filter((o) => o.kind === 'STARTUP').length);
    expect(orgs.data.sectorOptions.edges).toHaveLength(community.sectors.length);

    const projects = await run<{ projects: Conn<unknown> }>(DirectoryProjectsDocument, {
      ...listVariables.projects(projectsView({ bando: 'aperto' })),
      ...listVariables.options('it'),
    });
    expect(projects.data.projects.totalCount).toBe(community.projects.filter((p) => p.openCall?.open).length);

    const events = await run<{ events: Conn<unknown> }>(DirectoryEventsDocument, listVariables.events(eventsView({ quando: 'tutti', tipo: 'course' })));
    expect(events.data.events.totalCount).toBe(community.events.filter((e) => e.kind === 'COURSE').length);

    const skills = await run<{ skills: Conn<unknown> }>(DirectorySkillsDocument, listVariables.skills(skillsView({ ordine: 'nome' }), 'en'));
    expect(skills.data.skills.totalCount).toBe(community.skills.length);

    const sectors = await run<{ sectorsConnection: Conn<unknown> }>(DirectorySectorsDocument, listVariables.sectors(sectorsView({}), 'it'));
    expect(sectors.data.sectorsConnection.totalCount).toBe(community.sectors.length);
    console.info(
      `page operations: organizations ${orgs.statements}, projects ${projects.statements}, events ${events.statements}, skills ${skills.statements}, sectors ${sectors.statements} statements`,
    );
  });
});
