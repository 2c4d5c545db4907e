import { asNode } from '../graph/fields';
import type { CypherQuery } from '../graph/query';
import type { GraphStore } from '../graph/store';
import {
  toEntity,
  toEvent,
  toOrganization,
  toPerson,
  toProject,
  toSector,
  toSkill,
  type EntityKind,
  type EntityRecord,
} from './model';
import { recordCacheFor } from './record-cache';
import { tableSizeHint } from './size-hints';
import { allSectors, byId, byIds, bySlug, counts, entityById, hubOrganization } from './queries';
import type { GraphNode } from '../graph/types';
import type { OrganizationRecord, SectorRecord } from './model';

const MAPPERS = {
  Person: toPerson,
  Organization: toOrganization,
  Skill: toSkill,
  Sector: toSector,
  Project: toProject,
  Event: toEvent,
} as const satisfies Record<EntityKind, (n: GraphNode) => EntityRecord>;

export type RecordOf<K extends EntityKind> = ReturnType<(typeof MAPPERS)[K]>;

/** One public entity by its slug, or null. */
export async function findBySlug<K extends EntityKind>(store: GraphStore, kind: K, slug: string): Promise<RecordOf<K> | null> {
  const [row] = await store.query(bySlug[kind], { slug });
  return row ? (MAPPERS[kind](asNode(row.n)) as RecordOf<K>) : null;
}

/** Up to this many ids, Kùzu looks each up by primary key rather than scanning the table once (queries.ts `byId`). */
const KUZU_LOOKUPS_MAX = 64;
/**
 * From this many nodes in the table, lookups by primary key beat one scan (at 100,000
 * people: 20 lookups about 12 ms, one scan about 65 ms); below it one statement is
 * cheaper and keeps a page's statement count constant. The size comes from a hint
 * (size-hints.ts: the skill index counts every person), so choosing costs no statement.
 */
const KUZU_LOOKUPS_FROM_ROWS = 5_000;

async function readByIds(store: GraphStore, kind: EntityKind, ids: string[]) {
  const lookUps = store.engine === 'kuzu' && ids.length <= KUZU_LOOKUPS_MAX && (tableSizeHint(store, kind) ?? 0) >= KUZU_LOOKUPS_FROM_ROWS;
  if (!lookUps) return store.query(byIds[kind], { ids });
  // Two halves on two read connections (the adapter's pool holds two): half the wait.
  const half = Math.ceil(ids.length / 2);
  const lookUp = (part: string[]) =>
    store.read(async (tx) => {
      const rows = [];
      for (const id of part) rows.push(...(await tx.run(byId[kind], { id })));
      return rows;
    });
  const halves = await Promise.all([lookUp(ids.slice(0, half)), ids.length > half ? lookUp(ids.slice(half)) : []]);
  return halves.flat();
}

/** Public entities of one kind by id, in the order of `ids` (null where absent or not public). */
export async function findByIds<K extends EntityKind>(
  store: GraphStore,
  kind: K,
  ids: readonly string[],
): Promise<(RecordOf<K> | null)[]> {
  if (ids.length === 0) return [];
  // Records read before a write ended land in the cache of their generation, which the
  // next lookup replaces: a stale record is never served after the write.
  const cache = recordCacheFor(store);
  const key = (id: string) => `${kind}:${id}`;
  const missing = [...new Set(ids.filter((id) => !cache.has(key(id))))];
  if (missing.length > 0) {
    const rows = await readByIds(store, kind, missing);
    const found = new Map<string, RecordOf<K>>();
    for (const row of rows) {
      const record = MAPPERS[kind](asNode(row.n)) as RecordOf<K>;
      found.set(record.id, record);
    }
    for (const id of missing) cache.set(key(id), found.get(id) ?? null);
  }
  return ids.map((id) => (cache.get(key(id)) as RecordOf<K> | null | undefined) ?? null);
}

/** Any public entity by id. */
export async function findById(store: GraphStore, id: string): Promise<EntityRecord | null> {
  const [row] = await store.query(entityById, { id });
  return row ? toEntity(asNode(row.n)) : null;
}

/**
 * Runs a relationship query for a batch of owners and groups its rows by owner, in the
 * order of `owners` (each owner gets its rows, possibly none).
 */
export async function findLinks<R extends { owner: string }>(
  store: GraphStore,
  query: CypherQuery<R>,
  owners: readonly string[],
): Promise<R[][]> {
  if (owners.length === 0) return [];
  const rows = await store.query(query, { ids: [...owners] });
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const group = groups.get(row.owner);
    if (group) group.push(row);
    else groups.set(row.owner, [row]);
  }
  return owners.map((owner) => groups.get(owner) ?? []);
}

export interface CommunityStats {
  people: number;
  organizations: number;
  skills: number;
  sectors: number;
  projects: number;
  events: number;
  collaborations: number;
  openCalls: number;
}

/** Live counts of the public community, read in one snapshot. */
export async function communityStats(store: GraphStore): Promise<CommunityStats> {
  return store.read(async (tx) => {
    // Sequential on purpose: a unit of work holds one connection, which runs one statement at a time.
    const count = async (key: keyof typeof counts) => (await tx.run(counts[key]))[0]?.n ?? 0;
    return {
      people: await count('people'),
      organizations: await count('organizations'),
      skills: await count('skills'),
      sectors: await count('sectors'),
      projects: await count('projects'),
      events: await count('events'),
      collaborations: await count('collaborations'),
      openCalls: await count('openCalls'),
    };
  });
}

/** Every public sector, by name. */
export async function listSectors(store: GraphStore): Promise<SectorRecord[]> {
  return (await store.query(allSectors)).map((row) => toSector(asNode(row.n)));
}

/** The hub hosting the community, if one is published. */
export async function findHub(store: GraphStore): Promise<OrganizationRecord | null> {
  const [row] = await store.query(hubOrganization);
  return row ? toOrganization(asNode(row.n)) : null;
}
