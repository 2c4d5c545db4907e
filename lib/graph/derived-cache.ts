import { logger } from '../log';
import type { GraphStore } from './store';
import { dataGeneration } from './write-generation';

/**
 * Per-process data derived from the public part of a store (the collaborator search's
 * skill index, the search index), built from a snapshot and kept current:
 *
 * - current while no write unit that may change cached data has ended in this process
 *   since its build began (dataGeneration, lib/graph/write-generation.ts) and while it
 *   is younger than `maxAgeMs` (writes by other processes: several app instances on one
 *   Neo4j);
 * - when stale, rebuilt before answering if the last build was cheap (under
 *   `syncRebuildMs`: the demo community), so a change shows at once; otherwise the stale
 *   copy answers while one rebuild runs in the background, so an answer lags a write by
 *   at most one rebuild;
 * - built on first use, one build at a time per store.
 */
export interface Derived {
  /** The data generation the build began at. */
  readonly generation: number;
  readonly builtAt: number;
  readonly buildMs: number;
}

export interface DerivedOptions<T> {
  /** What it is, for the log line of a failed background rebuild. */
  readonly name: string;
  /** Builds a fresh copy; it must record `dataGeneration()` as read before it starts reading. */
  readonly build: (store: GraphStore) => Promise<T>;
  readonly syncRebuildMs: number;
  readonly maxAgeMs: number;
  /** Called with each new build (e.g. to record size hints). */
  readonly onBuilt?: (store: GraphStore, built: T) => void;
}

interface Entry<T> {
  current: T | null;
  building: Promise<T> | null;
}

/** A function answering the current copy for a store (see the module comment). */
export function derivedCache<T extends Derived>(options: DerivedOptions<T>): (store: GraphStore) => Promise<T> {
  const entries = new WeakMap<GraphStore, Entry<T>>();
  const isCurrent = (built: T) => built.generation === dataGeneration() && Date.now() - built.builtAt < options.maxAgeMs;
  const rebuild = (store: GraphStore, entry: Entry<T>): Promise<T> => {
    entry.building ??= options
      .build(store)
      .then((built) => {
        entry.current = built;
        options.onBuilt?.(store, built);
        return built;
      })
      .finally(() => {
        entry.building = null;
      });
    return entry.building;
  };
  return async (store) => {
    let entry = entries.get(store);
    if (!entry) {
      entry = { current: null, building: null };
      entries.set(store, entry);
    }
    const { current } = entry;
    if (current && isCurrent(current)) return current;
    if (!current || current.buildMs < options.syncRebuildMs) return rebuild(store, entry);
    rebuild(store, entry).catch((error: unknown) => logger.error({ error }, `The ${options.name} could not be rebuilt`));
    return current;
  };
}
