import type { GraphStore } from './store';
import { dataGeneration } from './write-generation';

/**
 * Per-store maps of data read from the store and shared by the requests of one process
 * (public records, shared statement answers, accounts for the session check). A store's
 * map is replaced by an empty one when a write unit that may change data has ended in
 * this process (lib/graph/write-generation.ts), on Neo4j when it is older than
 * `maxAgeMs` (writes by other app instances are not counted), and when it holds
 * `maxEntries`. On Kùzu age never matters: one process owns the data folder.
 *
 * Callers take the current map before they read the store and put what they read into
 * that same map: a value read while a write ended lands in a map the next caller
 * replaces, so it is never served after the write.
 */
export interface GenerationCacheOptions {
  readonly maxAgeMs: number;
  readonly maxEntries: number;
}

interface Held<V> {
  readonly generation: number;
  readonly startedAt: number;
  readonly entries: Map<string, V>;
}

/** A function giving a store's current map (see the module comment). */
export function generationCache<V>(options: GenerationCacheOptions): (store: GraphStore) => Map<string, V> {
  const held = new WeakMap<GraphStore, Held<V>>();
  return (store) => {
    const generation = dataGeneration();
    const current = held.get(store);
    if (
      current &&
      current.generation === generation &&
      (store.engine === 'kuzu' || Date.now() - current.startedAt < options.maxAgeMs) &&
      current.entries.size < options.maxEntries
    ) {
      return current.entries;
    }
    const fresh: Held<V> = { generation, startedAt: Date.now(), entries: new Map() };
    held.set(store, fresh);
    return fresh.entries;
  };
}
