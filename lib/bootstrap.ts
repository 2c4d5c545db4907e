import { loadConfig } from './config';
import { anyEntity } from './directory/queries';
import { openStore } from './graph/open-store';
import type { GraphStore, MigrationReport } from './graph/store';
import { loadCommunity, type SeedReport } from './seed/load';
import { declarePublicReads } from './directory/public-reads';

export interface ReadyReport {
  store: GraphStore;
  migration: MigrationReport;
  seeded: SeedReport | null;
}

/** Whether the store holds no community yet. */
export async function isEmpty(store: GraphStore): Promise<boolean> {
  const [row] = await store.query(anyEntity);
  return (row?.n ?? 0) === 0;
}

/**
 * Opens the process's store, applies pending migrations and, on first start, loads the
 * demo community (unless RIZOMA_SEED_ON_START=false). Safe to call more than once.
 */
export async function prepareStore(env: NodeJS.ProcessEnv = process.env): Promise<ReadyReport> {
  const store = openStore(env);
  // Public directory reads are shared between requests until the next data write.
  declarePublicReads();
  const migration = await store.migrate();
  let seeded: SeedReport | null = null;
  if (loadConfig(env).seedOnStart && (await isEmpty(store))) {
    // Loaded lazily: the demo data is only needed on a first start.
    const { community } = await import('./seed/data');
    seeded = await loadCommunity(store, community);
    // Make the seed durable at once rather than leaving it in the write-ahead log.
    if ('checkpoint' in store && typeof store.checkpoint === 'function') await store.checkpoint();
  }
  return { store, migration, seeded };
}
