import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineQuery } from '@/lib/graph/query';
import { NODE, REL } from '@/lib/graph/schema';
import type { GraphStore } from '@/lib/graph/store';
import { ECOSYSTEM_NODE_CAP, NEIGHBOURHOOD_NODE_CAP } from '@/lib/map/graph';
import { community } from '@/lib/seed/data';
import { seedId } from '@/lib/seed/load';
import { readyStore } from '@/lib/server/ready';
import { postGraphQL } from '../support/graphql-http';

/**
 * The ecosystem map over a real embedded store seeded with the demo community: every
 * Kùzu text of lib/map/queries.ts runs here, and what the API returns is compared with
 * what the seed data implies, derived independently below.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-map-'));
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

// ----- what the seed implies -----

type NodeType = 'PERSON' | 'ORGANIZATION' | 'PROJECT' | 'SKILL' | 'SECTOR';
interface SeedEdge {
  source: string;
  target: string;
  type: string;
}

const seedNodes = new Map<string, { type: NodeType; slug: string }>();
for (const p of community.people) seedNodes.set(seedId.person(p.slug), { type: 'PERSON', slug: p.slug });
for (const o of community.organizations) seedNodes.set(seedId.organization(o.slug), { type: 'ORGANIZATION', slug: o.slug });
for (const p of community.projects) seedNodes.set(seedId.project(p.slug), { type: 'PROJECT', slug: p.slug });
for (const s of community.skills) seedNodes.set(seedId.skill(s.slug), { type: 'SKILL', slug: s.slug });
for (const s of community.sectors) seedNodes.set(seedId.sector(s.slug), { type: 'SECTOR', slug: s.slug });

function undirectedKey(e: SeedEdge): string {
  return `${e.type}|${[e.source, e.target].sort().join('|')}`;
}

const seedEdges: SeedEdge[] = (() => {
  const all: SeedEdge[] = [
    ...community.people.flatMap((p) =>
      p.skills.map((s) => ({ source: seedId.person(p.slug), target: seedId.skill(s.skill), type: 'HAS_SKILL' })),
    ),
    ...community.people.flatMap((p) =>
      p.memberships.map((m) => ({ source: seedId.person(p.slug), target: seedId.organization(m.organization), type: 'MEMBER_OF' })),
    ),
    ...community.projects.flatMap((p) =>
      p.contributors.map((c) => ({ source: seedId.person(c.person), target: seedId.project(p.slug), type: 'CONTRIBUTES_TO' })),
    ),
    ...community.projects.flatMap((p) =>
      p.organizations.map((o) => ({ source: seedId.organization(o.organization), target: seedId.project(p.slug), type: 'CONTRIBUTES_TO' })),
    ),
    ...community.organizations.flatMap((o) =>
      o.sectors.map((s) => ({ source: seedId.organization(o.slug), target: seedId.sector(s), type: 'IN_SECTOR' })),
    ),
    ...community.projects.flatMap((p) =>
      p.sectors.map((s) => ({ source: seedId.project(p.slug), target: seedId.sector(s), type: 'IN_SECTOR' })),
    ),
    ...community.collaborations.map((c) => ({
      source: seedId.organization(c.from),
      target: seedId.organization(c.to),
      type: 'COLLABORATES_WITH',
    })),
    ...community.projects.flatMap((p) =>
      p.needs.map((n) => ({ source: seedId.project(p.slug), target: seedId.skill(n.skill), type: 'NEEDS' })),
    ),
  ];
  const seen = new Map<string, SeedEdge>();
  for (const e of all) seen.set(undirectedKey(e), e);
  return [...seen.values()];
})();

function countByType(edges: readonly { type: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of edges) counts[e.type] = (counts[e.type] ?? 0) + 1;
  return counts;
}

const adjacency = new Map<string, Set<string>>();
for (const e of seedEdges) {
  adjacency.set(e.source, (adjacency.get(e.source) ?? new Set()).add(e.target));
  adjacency.set(e.target, (adjacency.get(e.target) ?? new Set()).add(e.source));
}

/** Node ids within `depth` hops of `id`, without `id`, by breadth-first search over the seed. */
function within(id: string, depth: number): Map<string, number> {
  const hops = new Map<string, number>([[id, 0]]);
  let frontier = [id];
  for (let d = 1; d <= depth; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const m of adjacency.get(n) ?? []) {
        if (!hops.has(m)) {
          hops.set(m, d);
          next.push(m);
        }
      }
    }
    frontier = next;
  }
  hops.delete(id);
  return hops;
}

/** The sector scope as the API documents it, derived from the seed records. */
function seedSectorScope(sector: string): Set<string> {
  const orgs = community.organizations.filter((o) => o.sectors.includes(sector));
  const projects = community.projects.filter((p) => p.sectors.includes(sector));
  const orgSlugs = new Set(orgs.map((o) => o.slug));
  const projectSlugs = new Set(projects.map((p) => p.slug));
  const people = community.people.filter(
    (p) =>
      p.memberships.some((m) => orgSlugs.has(m.organization)) ||
      projects.some((pr) => pr.contributors.some((c) => c.person === p.slug)),
  );
  const skills = new Set([
    ...people.flatMap((p) => p.skills.map((s) => s.skill)),
    ...community.projects.filter((p) => projectSlugs.has(p.slug)).flatMap((p) => p.needs.map((n) => n.skill)),
  ]);
  return new Set([
    seedId.sector(sector),
    ...orgs.map((o) => seedId.organization(o.slug)),
    ...projects.map((p) => seedId.project(p.slug)),
    ...people.map((p) => seedId.person(p.slug)),
    ...[...skills].map((s) => seedId.skill(s)),
  ]);
}

// ----- the API -----

interface MapNode {
  id: string;
  type: NodeType;
  slug: string;
  label: string;
  labelEn: string | null;
  sector: string | null;
  degree: number;
}
interface MapGraph {
  nodes: MapNode[];
  edges: SeedEdge[];
  truncated: boolean;
}

const GRAPH = 'nodes { id type slug label labelEn sector degree } edges { source target type } truncated';

async function ecosystem(filter?: { sectors?: string[]; types?: NodeType[] }): Promise<MapGraph> {
  const res = await postGraphQL<{ ecosystem: MapGraph }>(
    `query ($filter: EcosystemFilter) { ecosystem(filter: $filter) { ${GRAPH} } }`,
    { filter: filter ?? null },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.ecosystem;
}

async function neighbourhood(id: string, depth?: number): Promise<MapGraph> {
  const res = await postGraphQL<{ neighbourhood: MapGraph }>(
    `query ($id: ID!, $depth: Int) { neighbourhood(id: $id, depth: $depth) { ${GRAPH} } }`,
    depth === undefined ? { id } : { id, depth },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.neighbourhood;
}

/** Edges are among the returned nodes, and degrees count them. */
function expectConsistent(graph: MapGraph): void {
  const ids = new Set(graph.nodes.map((n) => n.id));
  expect(ids.size).toBe(graph.nodes.length);
  for (const e of graph.edges) {
    expect(ids.has(e.source)).toBe(true);
    expect(ids.has(e.target)).toBe(true);
  }
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  for (const n of graph.nodes) expect(n.degree).toBe(degree.get(n.id) ?? 0);
}

const addHolders = defineQuery(
  'test.map.addSkillHolders',
  `UNWIND $ids AS pid MATCH (s:${NODE.Skill} {id: $skill})
   CREATE (p:${NODE.Person} {id: pid, slug: pid, name: pid, state: 'ACTIVE'})-[:${REL.HAS_SKILL} {level: 3}]->(s)`,
);
const dropHolders = defineQuery('test.map.dropSkillHolders', `MATCH (p:${NODE.Person}) WHERE p.id IN $ids DETACH DELETE p`);

const setState = defineQuery<{ id: string }>(
  'test.map.setOrganizationState',
  `MATCH (n:${NODE.Organization} {id: $id}) SET n.state = $state RETURN n.id AS id`,
);

describe('ecosystem', () => {
  test('holds every public person, organization, project, skill and sector, and every relationship between them', async () => {
    const graph = await ecosystem();
    expect(graph.truncated).toBe(false);
    expect(new Set(graph.nodes.map((n) => n.id))).toEqual(new Set(seedNodes.keys()));
    const byType = countByType(graph.nodes);
    expect(byType).toEqual({
      PERSON: community.people.length,
      ORGANIZATION: community.organizations.length,
      PROJECT: community.projects.length,
      SKILL: community.skills.length,
      SECTOR: community.sectors.length,
    });
    expect(countByType(graph.edges)).toEqual(countByType(seedEdges));
    expect(new Set(graph.edges.map(undirectedKey))).toEqual(new Set(seedEdges.map(undirectedKey)));
    expectConsistent(graph);
  });

  test('nodes carry their slug, name, English name and a sector to colour them by', async () => {
    const graph = await ecosystem();
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const skill = community.skills[0]!;
    expect(byId.get(seedId.skill(skill.slug))).toMatchObject({ type: 'SKILL', slug: skill.slug, label: skill.name, labelEn: skill.nameEn });
    const sector = community.sectors[0]!;
    expect(byId.get(seedId.sector(sector.slug))).toMatchObject({ type: 'SECTOR', label: sector.name, sector: sector.slug });
    for (const o of community.organizations) {
      expect(byId.get(seedId.organization(o.slug))?.sector).toBe([...o.sectors].sort()[0] ?? null);
    }
    const person = community.people.find((p) => p.memberships.length > 0)!;
    const personSector = byId.get(seedId.person(person.slug))?.sector;
    const sectorsOfTheirs = new Set([
      ...person.memberships.flatMap((m) => community.organizations.find((o) => o.slug === m.organization)?.sectors ?? []),
      ...community.projects.filter((p) => p.contributors.some((c) => c.person === person.slug)).flatMap((p) => p.sectors),
    ]);
    expect(sectorsOfTheirs.has(personSector ?? '')).toBe(true);
  });

  test('filters by node type', async () => {
    const graph = await ecosystem({ types: ['PERSON', 'PROJECT'] });
    expect(countByType(graph.nodes)).toEqual({ PERSON: community.people.length, PROJECT: community.projects.length });
    const expected = seedEdges.filter((e) => e.type === 'CONTRIBUTES_TO' && seedNodes.get(e.source)?.type === 'PERSON');
    expect(graph.edges.length).toBe(expected.length);
    expect(new Set(graph.edges.map((e) => e.type))).toEqual(new Set(['CONTRIBUTES_TO']));
    expectConsistent(graph);
  });

  test('filters by sector: the sector, its organizations and projects, their people and the skills involved', async () => {
    const sector = community.sectors.find((s) => community.projects.some((p) => p.sectors.includes(s.slug)))!;
    const graph = await ecosystem({ sectors: [sector.slug] });
    const expected = seedSectorScope(sector.slug);
    expect(new Set(graph.nodes.map((n) => n.id))).toEqual(expected);
    const expectedEdges = seedEdges.filter((e) => expected.has(e.source) && expected.has(e.target));
    expect(graph.edges.length).toBe(expectedEdges.length);
    expectConsistent(graph);
    // Colours do not change with the filter: sectors are assigned on the whole network.
    const whole = new Map((await ecosystem()).nodes.map((n) => [n.id, n.sector]));
    for (const n of graph.nodes) expect(n.sector).toBe(whole.get(n.id));
  });

  test('combines sector and type filters, and an unknown sector gives an empty graph', async () => {
    const sector = community.sectors[0]!;
    const graph = await ecosystem({ sectors: [sector.slug], types: ['ORGANIZATION', 'SECTOR'] });
    const expected = [...seedSectorScope(sector.slug)].filter((id) => ['ORGANIZATION', 'SECTOR'].includes(seedNodes.get(id)!.type));
    expect(new Set(graph.nodes.map((n) => n.id))).toEqual(new Set(expected));
    expect(graph.edges.every((e) => e.type === 'IN_SECTOR' || e.type === 'COLLABORATES_WITH')).toBe(true);
    expectConsistent(graph);

    const none = await ecosystem({ sectors: ['no-such-sector'] });
    expect(none).toEqual({ nodes: [], edges: [], truncated: false });
  });

  test('rejects a filter with too many sectors as BAD_USER_INPUT', async () => {
    const res = await postGraphQL(`query ($f: EcosystemFilter) { ecosystem(filter: $f) { truncated } }`, {
      f: { sectors: Array.from({ length: 21 }, (_, i) => `s${i}`) },
    });
    expect(res.status).toBe(200);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.sectors' });
  });
});

describe('neighbourhood', () => {
  // A person whose two-hop neighbourhood fits under the cap, so it can be compared whole.
  const person = community.people.find((p) => {
    const size = within(seedId.person(p.slug), 2).size;
    return size > 20 && size < NEIGHBOURHOOD_NODE_CAP - 1 && p.memberships.length > 0;
  })!;
  const personId = seedId.person(person.slug);

  test('depth 1 (the default): the person, their skills, organizations and projects', async () => {
    const graph = await neighbourhood(personId);
    const expected = new Set([
      personId,
      ...person.skills.map((s) => seedId.skill(s.skill)),
      ...person.memberships.map((m) => seedId.organization(m.organization)),
      ...community.projects.filter((p) => p.contributors.some((c) => c.person === person.slug)).map((p) => seedId.project(p.slug)),
    ]);
    expect(new Set(graph.nodes.map((n) => n.id))).toEqual(expected);
    expect(graph.truncated).toBe(false);
    // Edges among the neighbours too, not only those of the centre.
    const expectedEdges = seedEdges.filter((e) => expected.has(e.source) && expected.has(e.target));
    expect(new Set(graph.edges.map(undirectedKey))).toEqual(new Set(expectedEdges.map(undirectedKey)));
    expectConsistent(graph);
  });

  test('depth 2: everything two hops away, with the edges among it', async () => {
    const graph = await neighbourhood(personId, 2);
    const expected = new Set([personId, ...within(personId, 2).keys()]);
    expect(new Set(graph.nodes.map((n) => n.id))).toEqual(expected);
    expect(graph.truncated).toBe(false);
    const expectedEdges = seedEdges.filter((e) => expected.has(e.source) && expected.has(e.target));
    expect(graph.edges.length).toBe(expectedEdges.length);
    expectConsistent(graph);
    const centre = graph.nodes.find((n) => n.id === personId)!;
    expect(centre).toMatchObject({ type: 'PERSON', slug: person.slug, label: person.name });
  });

  test('works around an organization, a project, a skill and a sector too', async () => {
    const ids = [
      seedId.organization(community.organizations[1]!.slug),
      seedId.project(community.projects[0]!.slug),
      seedId.skill(community.skills[0]!.slug),
      seedId.sector(community.sectors[0]!.slug),
    ];
    for (const id of ids) {
      const graph = await neighbourhood(id, 1);
      expect(new Set(graph.nodes.map((n) => n.id))).toEqual(new Set([id, ...within(id, 1).keys()]));
      expectConsistent(graph);
    }
  });

  test('stops at 200 nodes, nearest first, and says so', async () => {
    // No demo entity has 200 nodes within two hops: give one of the person's skills 210 more holders.
    const skillId = seedId.skill(person.skills[0]!.skill);
    const holders = Array.from({ length: 210 }, (_, i) => `map-test-holder-${String(i).padStart(3, '0')}`);
    await store.mutate(addHolders, { ids: holders, skill: skillId });
    try {
      const reach = within(personId, 2);
      for (const h of holders) reach.set(h, 2);
      const graph = await neighbourhood(personId, 2);
      expect(graph.truncated).toBe(true);
      expect(graph.nodes).toHaveLength(NEIGHBOURHOOD_NODE_CAP);
      const ids = new Set(graph.nodes.map((n) => n.id));
      for (const [id, hops] of reach) if (hops === 1) expect(ids.has(id)).toBe(true);
      for (const id of ids) if (id !== personId) expect(reach.has(id)).toBe(true);
      expectConsistent(graph);

      const aroundSkill = await neighbourhood(skillId, 1);
      expect(aroundSkill.truncated).toBe(true);
      expect(aroundSkill.nodes).toHaveLength(NEIGHBOURHOOD_NODE_CAP);
      expect(aroundSkill.nodes.filter((n) => n.id !== skillId).every((n) => n.degree === 1)).toBe(true);
    } finally {
      await store.mutate(dropHolders, { ids: holders });
    }
  });

  test('an unknown id gives an empty graph', async () => {
    expect(await neighbourhood('00000000-0000-5000-8000-000000000000', 2)).toEqual({ nodes: [], edges: [], truncated: false });
  });

  test.each([[0], [3], [-1]])('depth %d is BAD_USER_INPUT naming the field', async (depth) => {
    const res = await postGraphQL(`query ($id: ID!, $d: Int) { neighbourhood(id: $id, depth: $d) { truncated } }`, {
      id: personId,
      d: depth,
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
  });
});

describe('only public entities', () => {
  test('an archived organization leaves the ecosystem, and two-hop paths do not pass through it', async () => {
    const membership = person0Membership();
    const orgId = seedId.organization(membership.organization);
    const personId = seedId.person(membership.person);
    await store.mutate(setState, { id: orgId, state: 'ARCHIVED' });
    try {
      const graph = await ecosystem();
      expect(graph.nodes.some((n) => n.id === orgId)).toBe(false);
      expect(graph.edges.some((e) => e.source === orgId || e.target === orgId)).toBe(false);

      const around = await neighbourhood(personId, 2);
      expect(around.nodes.some((n) => n.id === orgId)).toBe(false);
      // Whoever was reachable only through the archived organization is gone as well.
      const withoutOrg = new Map(adjacency);
      withoutOrg.delete(orgId);
      const reachable = new Set<string>([personId]);
      let frontier = [personId];
      for (let d = 1; d <= 2; d++) {
        const next: string[] = [];
        for (const n of frontier) {
          for (const m of withoutOrg.get(n) ?? []) {
            if (m === orgId || reachable.has(m)) continue;
            reachable.add(m);
            next.push(m);
          }
        }
        frontier = next;
      }
      for (const n of around.nodes) expect(reachable.has(n.id)).toBe(true);

      expect(await neighbourhood(orgId, 1)).toEqual({ nodes: [], edges: [], truncated: false });
    } finally {
      await store.mutate(setState, { id: orgId, state: 'ACTIVE' });
    }
  });
});

describe('caps', () => {
  test('the ecosystem stops at 5,000 nodes, keeps every small type whole, and only edges among what it keeps', async () => {
    const others = community.organizations.length + community.projects.length + community.skills.length + community.sectors.length;
    const extra = ECOSYSTEM_NODE_CAP - others - community.people.length + 25; // 25 people too many
    const skillId = seedId.skill(community.skills[0]!.slug);
    const holders = Array.from({ length: extra }, (_, i) => `map-test-crowd-${String(i).padStart(5, '0')}`);
    await store.mutate(addHolders, { ids: holders, skill: skillId });
    try {
      const graph = await ecosystem();
      expect(graph.truncated).toBe(true);
      expect(graph.nodes).toHaveLength(ECOSYSTEM_NODE_CAP);
      const byType = countByType(graph.nodes);
      expect(byType).toMatchObject({
        ORGANIZATION: community.organizations.length,
        PROJECT: community.projects.length,
        SKILL: community.skills.length,
        SECTOR: community.sectors.length,
      });
      // People are kept in id order: the demo's UUIDs sort before the test ids, so all stay.
      const ids = new Set(graph.nodes.map((n) => n.id));
      for (const id of seedNodes.keys()) expect(ids.has(id)).toBe(true);
      expectConsistent(graph);
      const kept = seedEdges.filter((e) => ids.has(e.source) && ids.has(e.target));
      expect(graph.edges.length).toBe(kept.length + holders.length - 25);
    } finally {
      await store.mutate(dropHolders, { ids: holders });
    }
    expect((await ecosystem()).truncated).toBe(false);
  });
});

/** A membership of a person in an organization that has other members (so paths go through it). */
function person0Membership(): { person: string; organization: string } {
  for (const p of community.people) {
    for (const m of p.memberships) {
      const others = community.people.filter((q) => q.slug !== p.slug && q.memberships.some((x) => x.organization === m.organization));
      if (others.length > 0) return { person: p.slug, organization: m.organization };
    }
  }
  throw new Error('the seed has no shared organization');
}
