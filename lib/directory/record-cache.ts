import type { GraphStore } from '../graph/store';
import { generationCache } from '../graph/generation-cache';
import type { EntityRecord } from './model';

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

/** The store's current map of records by `Kind:id` (lib/graph/generation-cache.ts). */
export const recordCacheFor: (store: GraphStore) => Map<string, EntityRecord | null> = generationCache<EntityRecord | null>({
  maxAgeMs: MAX_AGE_MS,
  maxEntries: MAX_ENTRIES,
});
