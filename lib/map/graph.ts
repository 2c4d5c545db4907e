import { NODE } from '../graph/schema';
import type { GraphStore, QueryRunner } from '../graph/store';
import * as q from './queries';

/**
 * The ecosystem map: the public network of people, organizations, projects, skills and
 * sectors as plain nodes and edges for a graph renderer, either whole (bounded, with
 * filters) or around one entity. Reading is a few bounded statements (queries.ts); the
 * shaping (sectors, filters, degrees) is pure and runs here.
 */

export const MAP_NODE_TYPES = ['PERSON', 'ORGANIZATION', 'PROJECT', 'SKILL', 'SECTOR'] as const;
export type MapNodeType = (typeof MAP_NODE_TYPES)[number];

export const MAP_EDGE_TYPES = ['HAS_SKILL', 'MEMBER_OF', 'CONTRIBUTES_TO', 'IN_SECTOR', 'COLLABORATES_WITH', 'NEEDS'] as const;
export type MapEdgeType = (typeof MAP_EDGE_TYPES)[number];

export interface MapNode {
  id: string;
  type: MapNodeType;
  slug: string;
  label: string;
  /** The English name, for skills and sectors that have one. */
  labelEn: string | null;
  /** A sector slug to colour or group the node by; null when nothing links it to a sector. */
  sector: string | null;
  /** Edges of this node in this graph. */
  degree: number;
}

export interface MapEdge {
  source: string;
  target: string;
  type: MapEdgeType;
}

export interface MapGraph {
  nodes: MapNode[];
  edges: MapEdge[];
  /** True when a cap left nodes or edges out. */
  truncated: boolean;
}

/** A node as read, before its sector and degree are known. */
export type RawMapNode = Omit<MapNode, 'sector' | 'degree'>;

export interface RawMapGraph {
  nodes: readonly RawMapNode[];
  edges: readonly MapEdge[];
  truncated: boolean;
  /** Sector slugs of organizations and projects whose sectors are not among `nodes`. */
  ownerSectors?: ReadonlyMap<string, readonly string[]>;
}

export interface EcosystemFilter {
  /** Sector slugs; empty means every sector. */
  sectors: readonly string[];
  /** Node types to keep; empty means every type. */
  types: readonly MapNodeType[];
}

export const NO_FILTER: EcosystemFilter = { sectors: [], types: [] };

/** The most nodes the whole-ecosystem map returns. */
export const ECOSYSTEM_NODE_CAP = 5_000;
/** The most edges the whole-ecosystem map returns. */
export const ECOSYSTEM_EDGE_CAP = 30_000;
/** The most nodes a neighbourhood returns, its centre included. */
export const NEIGHBOURHOOD_NODE_CAP = 200;
const NEIGHBOURHOOD_EDGE_CAP = 5_000;
export const MAX_NEIGHBOURHOOD_DEPTH = 2;

const TYPE_OF_LABEL: Readonly<Record<string, MapNodeType>> = {
  [NODE.Person]: 'PERSON',
  [NODE.Organization]: 'ORGANIZATION',
  [NODE.Project]: 'PROJECT',
  [NODE.Skill]: 'SKILL',
  [NODE.Sector]: 'SECTOR',
};

interface EdgeKind {
  type: MapEdgeType;
  source: MapNodeType;
  target: MapNodeType;
  queries: q.EdgeQueries;
}

/**
 * Every relationship the map draws. The structural kinds come first: when the edge cap
 * bites, it is the most numerous kind (skills) that loses edges.
 */
const EDGE_KINDS: readonly EdgeKind[] = [
  { type: 'IN_SECTOR', source: 'ORGANIZATION', target: 'SECTOR', queries: q.organizationSectorEdges },
  { type: 'IN_SECTOR', source: 'PROJECT', target: 'SECTOR', queries: q.projectSectorEdges },
  { type: 'COLLABORATES_WITH', source: 'ORGANIZATION', target: 'ORGANIZATION', queries: q.collaborationEdges },
  { type: 'MEMBER_OF', source: 'PERSON', target: 'ORGANIZATION', queries: q.memberOfEdges },
  { type: 'CONTRIBUTES_TO', source: 'ORGANIZATION', target: 'PROJECT', queries: q.organizationContributesEdges },
  { type: 'CONTRIBUTES_TO', source: 'PERSON', target: 'PROJECT', queries: q.personContributesEdges },
  { type: 'NEEDS', source: 'PROJECT', target: 'SKILL', queries: q.needsEdges },
  { type: 'HAS_SKILL', source: 'PERSON', target: 'SKILL', queries: q.hasSkillEdges },
];

const NODE_QUERIES = {
  PERSON: q.ecosystemPeople,
  ORGANIZATION: q.ecosystemOrganizations,
  PROJECT: q.ecosystemProjects,
  SKILL: q.ecosystemSkills,
  SECTOR: q.ecosystemSectors,
} as const;

// ---------------------------------------------------------------------------------
// Pure shaping
// ---------------------------------------------------------------------------------

/**
 * Shares `cap` places among node types: a type with fewer nodes than an even share keeps
 * them all and leaves the rest to the others (water-filling), so small taxonomies
 * (sectors, skills) are never crowded out by a large table of people.
 */
export function allocateQuotas(available: Readonly<Record<MapNodeType, number>>, cap: number): Record<MapNodeType, number> {
  const quotas = { PERSON: 0, ORGANIZATION: 0, PROJECT: 0, SKILL: 0, SECTOR: 0 };
  const bySize = [...MAP_NODE_TYPES].sort((a, b) => available[a] - available[b]);
  let remaining = Math.max(0, cap);
  bySize.forEach((type, i) => {
    const share = Math.floor(remaining / (bySize.length - i));
    quotas[type] = Math.max(0, Math.min(available[type], share));
    remaining -= quotas[type];
  });
  return quotas;
}

function edgeKey(edge: MapEdge): string {
  const [a, b] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
  return `${edge.type}|${a}|${b}`;
}

/** Nodes without duplicates, and edges between those nodes without duplicates or loops. */
function clean(raw: RawMapGraph): { nodes: Map<string, RawMapNode>; edges: MapEdge[] } {
  const nodes = new Map<string, RawMapNode>();
  for (const node of raw.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const seen = new Set<string>();
  const edges: MapEdge[] = [];
  for (const edge of raw.edges) {
    if (edge.source === edge.target || !nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    const key = edgeKey(edge);
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push(edge);
  }
  return { nodes, edges };
}

/** The most frequent value, ties broken alphabetically; null for none. */
function mostFrequent(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The sector each node is coloured or grouped by: a sector is its own; an organization
 * or project takes the first of its sectors (by slug); a person the sector most common
 * among their organizations and projects; a skill the one most common among the people
 * who have it and the projects that need it.
 */
export function assignSectors(
  nodes: ReadonlyMap<string, RawMapNode>,
  edges: readonly MapEdge[],
  ownerSectors: ReadonlyMap<string, readonly string[]> = new Map(),
): Map<string, string | null> {
  const sectors = new Map<string, string | null>();
  const allOf = new Map<string, string[]>(); // organization/project id -> every sector slug
  for (const [id, list] of ownerSectors) allOf.set(id, [...list]);
  for (const edge of edges) {
    if (edge.type !== 'IN_SECTOR') continue;
    const slug = nodes.get(edge.target)?.slug;
    if (!slug) continue;
    const list = allOf.get(edge.source) ?? [];
    list.push(slug);
    allOf.set(edge.source, list);
  }
  for (const node of nodes.values()) {
    if (node.type === 'SECTOR') sectors.set(node.id, node.slug);
    if (node.type === 'ORGANIZATION' || node.type === 'PROJECT') {
      const list = [...new Set(allOf.get(node.id) ?? [])].sort();
      sectors.set(node.id, list[0] ?? null);
    }
  }
  const personVotes = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.type !== 'MEMBER_OF' && edge.type !== 'CONTRIBUTES_TO') continue;
    if (nodes.get(edge.source)?.type !== 'PERSON') continue;
    const votes = personVotes.get(edge.source) ?? [];
    votes.push(...new Set(allOf.get(edge.target) ?? []));
    personVotes.set(edge.source, votes);
  }
  for (const node of nodes.values()) {
    if (node.type === 'PERSON') sectors.set(node.id, mostFrequent(personVotes.get(node.id) ?? []));
  }
  const skillVotes = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.type !== 'HAS_SKILL' && edge.type !== 'NEEDS') continue;
    const sector = sectors.get(edge.source);
    if (!sector) continue;
    const votes = skillVotes.get(edge.target) ?? [];
    votes.push(sector);
    skillVotes.set(edge.target, votes);
  }
  for (const node of nodes.values()) {
    if (node.type === 'SKILL') sectors.set(node.id, mostFrequent(skillVotes.get(node.id) ?? []));
  }
  return sectors;
}

/**
 * The part of the network in the given sectors: those sectors, the organizations and
 * projects in them, the people who are members of those organizations or contribute to
 * those projects, and the skills those people have or those projects need.
 */
export function sectorScope(
  nodes: ReadonlyMap<string, RawMapNode>,
  edges: readonly MapEdge[],
  sectorSlugs: readonly string[],
): Set<string> {
  const wanted = new Set(sectorSlugs);
  const sectors = new Set<string>();
  for (const node of nodes.values()) if (node.type === 'SECTOR' && wanted.has(node.slug)) sectors.add(node.id);
  const core = new Set<string>(); // organizations and projects in the sectors
  for (const e of edges) if (e.type === 'IN_SECTOR' && sectors.has(e.target)) core.add(e.source);
  // Organizations that only contribute to a project of the sector stay out: they belong to theirs.
  const people = new Set<string>();
  for (const e of edges) {
    if ((e.type === 'MEMBER_OF' || e.type === 'CONTRIBUTES_TO') && core.has(e.target) && nodes.get(e.source)?.type === 'PERSON') {
      people.add(e.source);
    }
  }
  const skills = new Set<string>();
  for (const e of edges) {
    if ((e.type === 'HAS_SKILL' && people.has(e.source)) || (e.type === 'NEEDS' && core.has(e.source))) skills.add(e.target);
  }
  return new Set([...sectors, ...core, ...people, ...skills]);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Names sort the Italian way whatever the server's locale; one collator, not one per comparison.
const byName = new Intl.Collator('it');

function typeOrder(type: MapNodeType): number {
  return MAP_NODE_TYPES.indexOf(type);
}

/**
 * Turns what was read into the graph the API returns: sectors assigned on the whole
 * graph (so a node keeps its colour under any filter), then the sector and type
 * filters, then the degrees of what is left. Output order is stable.
 */
export function shapeGraph(raw: RawMapGraph, filter: EcosystemFilter = NO_FILTER): MapGraph {
  const { nodes, edges } = clean(raw);
  const sectors = assignSectors(nodes, edges, raw.ownerSectors);
  let keep = new Set(nodes.keys());
  if (filter.sectors.length > 0) keep = sectorScope(nodes, edges, filter.sectors);
  if (filter.types.length > 0) {
    const types = new Set(filter.types);
    keep = new Set(
      [...keep].filter((id) => {
        const type = nodes.get(id)?.type;
        return type !== undefined && types.has(type);
      }),
    );
  }
  const keptEdges = edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const degree = new Map<string, number>();
  for (const e of keptEdges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const outNodes: MapNode[] = [];
  for (const id of keep) {
    const node = nodes.get(id);
    if (node) outNodes.push({ ...node, sector: sectors.get(id) ?? null, degree: degree.get(id) ?? 0 });
  }
  outNodes.sort(
    (a, b) => typeOrder(a.type) - typeOrder(b.type) || byName.compare(a.label, b.label) || compareText(a.id, b.id),
  );
  keptEdges.sort((a, b) => compareText(a.source, b.source) || compareText(a.target, b.target) || compareText(a.type, b.type));
  return { nodes: outNodes, edges: keptEdges, truncated: raw.truncated };
}

// ---------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------

/** Nodes from a statement's parallel lists (null lists: none; '' English names: none). */
function nodesFromLists(type: MapNodeType, row: (q.MapNodeLists & { namesEn?: string[] | null }) | undefined): RawMapNode[] {
  const ids = row?.ids ?? [];
  return ids.map((id, i) => ({
    id,
    type,
    slug: row?.slugs?.[i] ?? '',
    label: row?.names?.[i] ?? '',
    labelEn: row?.namesEn?.[i] || null,
  }));
}

/** Edges from a statement's parallel lists. */
function edgesFromLists(type: MapEdgeType, row: q.MapEdgeLists | undefined): MapEdge[] {
  const sources = row?.sources ?? [];
  const targets = row?.targets ?? [];
  const edges: MapEdge[] = [];
  sources.forEach((source, i) => {
    const target = targets[i];
    if (target !== undefined) edges.push({ source, target, type });
  });
  return edges;
}

/** The largest id, in the store's order (UUIDs are ASCII: code units and bytes agree). */
function largestId(nodes: readonly RawMapNode[]): string | undefined {
  let max: string | undefined;
  for (const n of nodes) if (max === undefined || n.id > max) max = n.id;
  return max;
}

/** Reads the whole public ecosystem within the caps, in one snapshot. */
async function readEcosystem(tx: QueryRunner): Promise<RawMapGraph> {
  // Sequential on purpose: a unit of work holds one connection, which runs one statement at a time.
  const fetched = { PERSON: [], ORGANIZATION: [], PROJECT: [], SKILL: [], SECTOR: [] } as Record<MapNodeType, RawMapNode[]>;
  for (const type of MAP_NODE_TYPES) {
    const [row] = await tx.run<q.MapNodeLists & { namesEn?: string[] | null }>(NODE_QUERIES[type], { limit: ECOSYSTEM_NODE_CAP + 1 });
    fetched[type] = nodesFromLists(type, row).sort((a, b) => compareText(a.id, b.id));
  }
  const quotas = allocateQuotas(
    {
      PERSON: fetched.PERSON.length,
      ORGANIZATION: fetched.ORGANIZATION.length,
      PROJECT: fetched.PROJECT.length,
      SKILL: fetched.SKILL.length,
      SECTOR: fetched.SECTOR.length,
    },
    ECOSYSTEM_NODE_CAP,
  );
  let truncated = false;
  const nodes: RawMapNode[] = [];
  const cutOff = new Map<MapNodeType, string>();
  for (const type of MAP_NODE_TYPES) {
    // Id order, so the kept nodes are those up to the cut-off the edge statements use.
    const kept = fetched[type].slice(0, quotas[type]);
    if (kept.length < fetched[type].length) truncated = true;
    nodes.push(...kept);
    const last = largestId(kept);
    if (last !== undefined) cutOff.set(type, last);
  }

  const edges: MapEdge[] = [];
  for (const kind of EDGE_KINDS) {
    const sourceMax = cutOff.get(kind.source);
    const targetMax = cutOff.get(kind.target);
    const budget = ECOSYSTEM_EDGE_CAP - edges.length;
    if (sourceMax === undefined || targetMax === undefined) continue;
    if (budget <= 0) {
      truncated = true;
      break;
    }
    const [row] = await tx.run(kind.queries.ecosystem, { sourceMax, targetMax, limit: budget + 1 });
    const found = edgesFromLists(kind.type, row);
    if (found.length > budget) truncated = true;
    for (const e of found.slice(0, budget)) edges.push(e);
  }
  return { nodes, edges, truncated };
}

/** The public ecosystem as a map graph: at most ECOSYSTEM_NODE_CAP nodes, filtered by sector and node type. */
export async function ecosystemGraph(store: GraphStore, filter: EcosystemFilter = NO_FILTER): Promise<MapGraph> {
  const raw = await store.read(readEcosystem);
  return shapeGraph(raw, filter);
}

function rawAnyNode(row: q.MapAnyNodeRow): RawMapNode | null {
  const type = TYPE_OF_LABEL[row.label];
  return type ? { id: row.id, type, slug: row.slug, label: row.name, labelEn: row.nameEn || null } : null;
}

/**
 * The nodes within `depth` (1 or 2) hops of a public entity, nearest first, and the
 * edges among them; at most NEIGHBOURHOOD_NODE_CAP nodes. Empty for an unknown id.
 */
export async function neighbourhoodGraph(store: GraphStore, id: string, depth: 1 | 2): Promise<MapGraph> {
  const raw = await store.read(async (tx): Promise<RawMapGraph | null> => {
    const [centreRow] = await tx.run(q.centreNode, { id });
    const centre = centreRow ? rawAnyNode(centreRow) : null;
    if (!centre) return null;
    const within = depth === 1 ? q.neighboursWithin1 : q.neighboursWithin2;
    // One row more than there is room for tells whether the cap cut anything off.
    const rows = await tx.run(within, { id, limit: NEIGHBOURHOOD_NODE_CAP });
    const room = NEIGHBOURHOOD_NODE_CAP - 1;
    const nodes = [centre, ...rows.slice(0, room).flatMap((row) => rawAnyNode(row) ?? [])];
    let truncated = rows.length > room;
    const ids = nodes.map((n) => n.id);

    const edges: MapEdge[] = [];
    const present = new Set(nodes.map((n) => n.type));
    for (const kind of EDGE_KINDS) {
      if (!present.has(kind.source) || !present.has(kind.target)) continue;
      const [row] = await tx.run(kind.queries.among, { ids, limit: NEIGHBOURHOOD_EDGE_CAP + 1 });
      const found = edgesFromLists(kind.type, row);
      if (found.length > NEIGHBOURHOOD_EDGE_CAP) truncated = true;
      for (const e of found.slice(0, NEIGHBOURHOOD_EDGE_CAP)) edges.push(e);
    }

    const owners = nodes.filter((n) => n.type === 'ORGANIZATION' || n.type === 'PROJECT').map((n) => n.id);
    const ownerSectors = new Map<string, string[]>();
    // Kùzu cannot type an empty list parameter, so an empty batch is not sent.
    if (owners.length > 0) {
      for (const row of await tx.run(q.sectorsOfOwners, { ids: owners })) {
        ownerSectors.set(row.owner, [...(ownerSectors.get(row.owner) ?? []), row.sector]);
      }
    }
    return { nodes, edges, truncated, ownerSectors };
  });
  return raw ? shapeGraph(raw) : { nodes: [], edges: [], truncated: false };
}
