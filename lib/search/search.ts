import type { EntityKind } from '../directory/model';
import type { GraphStore } from '../graph/store';
import type { QueryRunner } from '../graph/store';
import { logger } from '../log';
import { clampHitsPerType, exactNameStart, luceneQuery, planSearch, type SearchPlan } from './plan';
import { searchCounts, searchHits } from './queries';
import { searchIndexFor } from './search-index';

/**
 * The search service: one query, every kind of entity, hits grouped by kind and ranked.
 * It returns ids and scores only; callers fill in the entities (the GraphQL layer through
 * its per-request loaders).
 */

/** Every searchable kind, in the order groups take when their scores tie. */
export const SEARCH_KINDS: readonly EntityKind[] = ['Person', 'Organization', 'Project', 'Skill', 'Sector', 'Event'];

export interface SearchInput {
  query: string;
  /** Only these kinds; all when absent or empty. */
  kinds?: readonly EntityKind[] | null;
  /** Hits per kind, clamped to 1..20 (5 when absent). */
  first?: number | null;
}

export interface SearchHit {
  kind: EntityKind;
  id: string;
  /** `tier + bm25 / (1 + bm25)`: the name tier (0..2) decides, the text score orders within it. */
  score: number;
}

export interface SearchGroup {
  kind: EntityKind;
  /** Every public match of this kind, not only the hits returned. */
  totalCount: number;
  hits: SearchHit[];
}

export interface SearchResults {
  /** The words searched for, folded (lower case, no accents). */
  query: string;
  /** Matches over all groups. */
  total: number;
  /** Groups with at least one hit, the one with the best hit first. */
  groups: SearchGroup[];
}

/**
 * One number per hit that orders like (tier, bm25): BM25 is squashed into [0, 1) so a
 * better name match always wins, and groups can be compared by their best hit.
 */
export function relevance(tier: number, bm25: number): number {
  const text = Math.max(bm25, 0);
  return tier + text / (1 + text);
}

function selectedKinds(kinds: readonly EntityKind[] | null | undefined): EntityKind[] {
  if (!kinds || kinds.length === 0) return [...SEARCH_KINDS];
  return SEARCH_KINDS.filter((kind) => kinds.includes(kind));
}

/** Orders groups by their best hit; ties keep the order of SEARCH_KINDS. */
export function rankGroups(groups: readonly SearchGroup[]): SearchGroup[] {
  const best = (g: SearchGroup) => g.hits[0]?.score ?? 0;
  return [...groups].sort((a, b) => best(b) - best(a) || SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind));
}

/**
 * Searches names, headlines, descriptions and skill names (Italian and English) of public
 * entities. Throws InvalidSearchError for an empty or over-long query.
 */
export async function search(store: GraphStore, input: SearchInput): Promise<SearchResults> {
  const plan = planSearch(input.query);
  if (!plan) return { query: '', total: 0, groups: [] };
  const first = clampHitsPerType(input.first);
  const kinds = selectedKinds(input.kinds);
  const exact = exactNameStart(plan);
  const groups = store.engine === 'kuzu' ? await searchInMemory(store, plan, kinds, first, exact) : await searchInStore(store, plan, kinds, first, exact);

  return {
    query: plan.phrase,
    total: groups.reduce((sum, g) => sum + g.totalCount, 0),
    groups: rankGroups(groups),
  };
}

/** Kùzu: the in-memory index; the scanning statements when it cannot be built. */
async function searchInMemory(store: GraphStore, plan: SearchPlan, kinds: EntityKind[], first: number, exact: string): Promise<SearchGroup[]> {
  let index;
  try {
    index = await searchIndexFor(store);
  } catch (error) {
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'search index unavailable: searching the store');
    return searchInStore(store, plan, kinds, first, exact);
  }
  const found: SearchGroup[] = [];
  for (const kind of kinds) {
    const result = index.byKind.get(kind)?.search(plan, first, exact);
    if (!result || result.totalCount === 0) continue;
    found.push({ kind, totalCount: result.totalCount, hits: result.hits.map((h) => ({ kind, id: h.id, score: relevance(h.tier, h.score) })) });
  }
  return found;
}

/** Neo4j: its full-text index brings candidates and scores, the string tests decide (queries.ts). */
function searchInStore(store: GraphStore, plan: SearchPlan, kinds: EntityKind[], first: number, exact: string): Promise<SearchGroup[]> {
  const params = { needles: plan.needles, ...(store.engine === 'neo4j' ? { fts: luceneQuery(plan) } : {}) };
  // Sequential on purpose: a unit of work holds one connection, which runs one statement at a time.
  return store.read(async (tx: QueryRunner) => {
    const found: SearchGroup[] = [];
    for (const kind of kinds) {
      const rows = await tx.run(searchHits[kind], { ...params, phrase: plan.phrase, exact, first });
      if (rows.length === 0) continue;
      // A short page is the whole answer; only a full one needs counting.
      const totalCount = rows.length < first ? rows.length : ((await tx.run(searchCounts[kind], params))[0]?.total ?? rows.length);
      found.push({ kind, totalCount, hits: rows.map((r) => ({ kind, id: r.id, score: relevance(r.tier, r.score) })) });
    }
    return found;
  });
}
