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
import { allSectors, byIds, bySlug, counts, entityById, hubOrganization } from './queries';
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

/** Public entities of one kind by id, in the order of `ids` (null where absent or not public). */
export async function findByIds<K extends EntityKind>(
  store: GraphStore,
  kind: K,
  ids: readonly string[],
): Promise<(RecordOf<K> | null)[]> {
  if (ids.length === 0) return [];
  const rows = await store.query(byIds[kind], { ids: [...ids] });
  const found = new Map<string, RecordOf<K>>();
  for (const row of rows) {
    const record = MAPPERS[kind](asNode(row.n)) as RecordOf<K>;
    found.set(record.id, record);
  }
  return ids.map((id) => found.get(id) ?? null);
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
