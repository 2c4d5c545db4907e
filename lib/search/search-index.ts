import type { EntityKind } from '../directory/model';
import { derivedCache, type Derived } from '../graph/derived-cache';
import type { GraphStore } from '../graph/store';
import { dataGeneration } from '../graph/write-generation';
import { searchIndexTexts } from './queries';
import { TextIndex } from './text-index';

/**
 * The Kùzu store's search index: one TextIndex per kind over the searchText of every
 * public entity, built from one snapshot (six statements of one row each) and kept
 * current like the skill index (lib/graph/derived-cache.ts). Member proposals are
 * pending, so they neither appear in it nor make it stale. At 100,000 people a build
 * reads about 100,000 short texts; on the demo community it takes a few milliseconds,
 * so a curated change shows in the next search.
 */
export interface SearchIndex extends Derived {
  readonly byKind: ReadonlyMap<EntityKind, TextIndex>;
}

/** A rebuild costing less than this runs before answering; a slower one runs in the background. */
export const SYNC_REBUILD_MS = 200;
/** Kùzu allows one process per data folder, so no other process writes: age alone never makes it stale. */
const MAX_AGE_MS = Number.POSITIVE_INFINITY;

async function buildSearchIndex(store: GraphStore): Promise<SearchIndex> {
  const generation = dataGeneration();
  const started = performance.now();
  const byKind = await store.read(async (tx) => {
    const built = new Map<EntityKind, TextIndex>();
    for (const [kind, query] of Object.entries(searchIndexTexts) as [EntityKind, (typeof searchIndexTexts)[EntityKind]][]) {
      const [row] = await tx.run(query);
      built.set(kind, TextIndex.build(row?.ids ?? [], row?.texts ?? []));
    }
    return built;
  });
  return { generation, builtAt: Date.now(), buildMs: performance.now() - started, byKind };
}

/** The store's current search index (see the module comment). */
export const searchIndexFor: (store: GraphStore) => Promise<SearchIndex> = derivedCache<SearchIndex>({
  name: 'search index',
  build: buildSearchIndex,
  syncRebuildMs: SYNC_REBUILD_MS,
  maxAgeMs: MAX_AGE_MS,
});
