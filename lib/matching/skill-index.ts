import type { GraphStore, QueryRunner } from '../graph/store';
import { noteTableSize } from '../directory/size-hints';
import { derivedCache } from '../graph/derived-cache';
import { dataGeneration } from '../graph/write-generation';
import { indexEndorsements, indexHoldings, indexPeople } from './skill-index-queries';
import type { PersonSummary } from './types';

/**
 * The collaborator search's in-memory skill index: who holds which skill at which level,
 * each person's state and availability, and the endorsements per person and skill.
 *
 * Why: at 100,000 people every ranking statement in Kùzu pays full column scans of the
 * Person table (about 10 ms per property read after a join, /work/shared/PERFORMANCE.md),
 * so a two-skill search cost about 100 ms in the store, where the same intersection in
 * memory takes a few milliseconds. The index answers exactly what the store statements
 * of the unfiltered search answer (skill-index-ranking.ts mirrors them row for row, and
 * tests/integration/skill-index.test.ts compares both on the seeded community); searches
 * with sector, organization-kind or exclusion filters still run in the store.
 *
 * Freshness (lib/graph/derived-cache.ts): current while no write that may change cached
 * data has ended in this process since its build began. A stale index is rebuilt before
 * answering when a build is cheap (the demo community: a few ms), so a change shows at
 * once; when a build is slow (about 2.6 s at 100k people) the stale index answers while
 * one rebuild runs in the background. Writes by other processes (several app instances
 * on one Neo4j) are picked up when the index is older than MAX_AGE_MS.
 */
export interface SkillIndex {
  /** The write generation the build began at. */
  readonly generation: number;
  readonly builtAt: number;
  readonly buildMs: number;
  /** Person ids by index; `order[i]` is the rank of `ids[i]` in ascending id order. */
  readonly ids: readonly string[];
  readonly order: Int32Array;
  /** The inverse of `order`: the person index at each id rank. */
  readonly byRank: Int32Array;
  readonly indexOf: ReadonlyMap<string, number>;
  /** 1 where the person is public (state ACTIVE). */
  readonly active: Uint8Array;
  /** The availability per person, null where unset. */
  readonly availability: readonly (string | null)[];
  /** What a results list shows, per person ('' headline: none). */
  readonly slugs: readonly string[];
  readonly names: readonly string[];
  readonly headlines: readonly string[];
  /** Per skill id: the holders (person indexes, ascending) and their levels, aligned. */
  readonly holders: ReadonlyMap<string, { people: Int32Array; levels: Uint8Array }>;
  /** Per skill id: endorsements from public endorsers per person index. */
  readonly endorsements: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

/** A rebuild costing less than this runs before answering; a slower one runs in the background. */
export const SYNC_REBUILD_MS = 200;
/** An index older than this is rebuilt even without a write seen here (other processes' writes). */
export const MAX_AGE_MS = 60_000;

/** Builds the index from the store (three full reads in one snapshot). */
export async function buildSkillIndex(tx: QueryRunner): Promise<SkillIndex> {
  const generation = dataGeneration();
  const started = performance.now();
  const [people] = await tx.run(indexPeople);
  const ids = people?.ids ?? [];
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  // The store's own key of each person (Kùzu: internal offset; Neo4j: id) → index.
  const atKey = new Map<number | string, number>((people?.keys ?? []).map((key, i) => [key, i]));
  const active = new Uint8Array(ids.length);
  (people?.states ?? []).forEach((state, i) => {
    if (state === 'ACTIVE') active[i] = 1;
  });
  const sorted = ids.map((_, i) => i).sort((a, b) => compareIds(ids[a] ?? '', ids[b] ?? ''));
  const order = new Int32Array(ids.length);
  sorted.forEach((personIndex, rank) => {
    order[personIndex] = rank;
  });

  const holders = new Map<string, { people: Int32Array; levels: Uint8Array }>();
  for (const row of await tx.run(indexHoldings)) {
    const pairs: [number, number][] = [];
    row.people.forEach((key, i) => {
      const at = atKey.get(key);
      if (at !== undefined) pairs.push([at, row.levels[i] ?? 0]);
    });
    pairs.sort((a, b) => a[0] - b[0]);
    holders.set(row.skill, { people: Int32Array.from(pairs, (p) => p[0]), levels: Uint8Array.from(pairs, (p) => p[1]) });
  }

  const endorsements = new Map<string, Map<number, number>>();
  for (const row of await tx.run(indexEndorsements)) {
    const bySkill = endorsements.get(row.skill) ?? new Map<number, number>();
    row.people.forEach((key, i) => {
      const at = atKey.get(key);
      if (at !== undefined) bySkill.set(at, (bySkill.get(at) ?? 0) + (row.counts[i] ?? 0));
    });
    endorsements.set(row.skill, bySkill);
  }

  return {
    generation,
    builtAt: Date.now(),
    buildMs: performance.now() - started,
    ids,
    order,
    byRank: Int32Array.from(sorted),
    indexOf,
    active,
    availability: (people?.availabilities ?? []).map((a) => (a === '' ? null : a)),
    slugs: people?.slugs ?? [],
    names: people?.names ?? [],
    headlines: people?.headlines ?? [],
    holders,
    endorsements,
  };
}

/** Ids compare as the stores order strings (code units; ids are ASCII). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A public person as a results list shows them, or null (unknown or not public). */
export function personSummary(index: SkillIndex, id: string): PersonSummary | null {
  const at = index.indexOf.get(id);
  if (at === undefined || index.active[at] !== 1) return null;
  return {
    id,
    slug: index.slugs[at] ?? '',
    name: index.names[at] ?? '',
    headline: index.headlines[at] || null,
    availability: index.availability[at] ?? 'UNAVAILABLE',
  };
}

/** The level at which person `person` holds `skill`, 0 when not held. */
export function levelOf(index: SkillIndex, skill: string, person: number): number {
  const held = index.holders.get(skill);
  if (!held) return 0;
  let lo = 0;
  let hi = held.people.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = held.people[mid] ?? 0;
    if (at === person) return held.levels[mid] ?? 0;
    if (at < person) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * The store's current skill index: built on first use; when stale, rebuilt before
 * answering if a build is cheap, otherwise answered from the previous index while one
 * rebuild runs in the background (lib/graph/derived-cache.ts).
 */
export const skillIndexFor: (store: GraphStore) => Promise<SkillIndex> = derivedCache<SkillIndex>({
  name: 'skill index',
  build: (store) => store.read((tx) => buildSkillIndex(tx)),
  syncRebuildMs: SYNC_REBUILD_MS,
  maxAgeMs: MAX_AGE_MS,
  // The build counted every person: a free size hint for lookups by id (lib/directory/read.ts).
  onBuilt: (store, index) => noteTableSize(store, 'Person', index.ids.length),
});
