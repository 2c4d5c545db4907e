import type { CypherQuery } from './query';
import type { GraphStore, QueryRunner } from './store';
import type { Params, Row } from './types';
import { generationCache } from './generation-cache';

/**
 * Answers of declared read statements, shared by every caller in the process until the
 * next write unit that may change data (lib/graph/write-generation.ts); on Neo4j for at
 * most MAX_AGE_MS.
 * Both adapters consult it in `query` and inside read units, before they take a connection.
 *
 * Why: a profile page costs 5–9 statements, and the embedded store runs one statement per
 * read connection at a time (two): under the soak's 200 connections requests queued for
 * connections until they failed with BUSY. Only statements declared with
 * `declareCacheable` are kept: statements of the public directory, which read only
 * public (ACTIVE) entities, so that a member's proposal, the one write that does not bump
 * the data generation (it only adds pending nodes), cannot change their answers. Their
 * answers are the same for every viewer (privacy is applied by the resolvers). MAX_AGE_MS
 * bounds how long writes by other processes (app instances on one Neo4j) go unseen.
 */
export const MAX_AGE_MS = 30_000;
const MAX_ENTRIES = 20_000;

/** On globalThis: Next.js bundles modules once per layer, and the store is shared by all. */
const cacheable: Set<string> = ((globalThis as { __rizomaCacheableStatements?: Set<string> }).__rizomaCacheableStatements ??= new Set());

/** Declares statements whose answers may be shared until the next data write (see the module comment). */
export function declareCacheable(queries: Iterable<CypherQuery>): void {
  for (const query of queries) cacheable.add(query.name);
}

/** Whether a statement's answers are shared. */
export function isCacheable(query: CypherQuery): boolean {
  return cacheable.has(query.name);
}

const answersFor = generationCache<Row[]>({ maxAgeMs: MAX_AGE_MS, maxEntries: MAX_ENTRIES });

/** The answer of `query` with `params`: shared when declared cacheable, else (or on a miss) from `run`. */
export async function cachedAnswer<R extends Row>(store: GraphStore, query: CypherQuery<R>, params: Params | undefined, run: () => Promise<R[]>): Promise<R[]> {
  if (!cacheable.has(query.name)) return run();
  const answers = answersFor(store);
  const key = `${query.name}\u0000${JSON.stringify(params ?? {})}`;
  const hit = answers.get(key);
  if (hit) return [...hit] as R[];
  const rows = await run();
  answers.set(key, rows);
  return [...rows];
}

/** A unit's runner whose declared statements are answered from the cache first. */
export function cachingRunner(store: GraphStore, tx: QueryRunner): QueryRunner {
  return { run: (query, params) => cachedAnswer(store, query, params, () => tx.run(query, params)) };
}
