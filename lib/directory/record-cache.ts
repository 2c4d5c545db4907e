import type { GraphStore } from '../graph/store';
import { dataGeneration } from '../graph/write-generation';

/**
 * Public entity records by kind and id, shared by the requests of one process: the
 * DataLoaders' lookups by id (findByIds) fill it and read it. At 100,000 people a lookup
 * of 20 people by id costs a scan of the whole Person table in Kùzu (about 60 ms), the
 * larger part of a collaborator search over HTTP; from here it costs nothing.
 *
 * Only public records (state ACTIVE, what any visitor may read; field-level privacy is
 * applied later by the resolvers) and "not public" answers are kept. The whole cache is
 * dropped when a write unit that may change data has ended in this process since it was
 * started (lib/graph/write-generation.ts), on Neo4j when it is older than MAX_AGE_MS
 * (writes by other processes), or when it holds MAX_ENTRIES.
 */
export const MAX_AGE_MS = 30_000;
export const MAX_ENTRIES = 50_000;

export interface RecordCache<V> {
  readonly records: Map<string, V | null>;
  readonly generation: number;
  readonly startedAt: number;
}

const caches = new WeakMap<GraphStore, RecordCache<unknown>>();

/** The store's current cache of records (a fresh one when the previous is out of date). */
export function recordCacheFor<V>(store: GraphStore): RecordCache<V> {
  const cached = caches.get(store) as RecordCache<V> | undefined;
  if (
    cached &&
    cached.generation === dataGeneration() &&
    // Kùzu: one process owns the data folder, so only its own writes (counted) change data.
    (store.engine === 'kuzu' || Date.now() - cached.startedAt < MAX_AGE_MS) &&
    cached.records.size < MAX_ENTRIES
  ) {
    return cached;
  }
  const fresh: RecordCache<V> = { records: new Map(), generation: dataGeneration(), startedAt: Date.now() };
  caches.set(store, fresh);
  return fresh;
}
