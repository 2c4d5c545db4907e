/**
 * `npm run db:import -- FILE`: loads a JSON export into the configured store, which must
 * be empty (migrated here if new). With NEO4J_URI set this moves a community from the
 * embedded store to Neo4j.
 */
import fs from 'node:fs';
import { openStore } from '@/lib/graph/open-store';
import { StoreError } from '@/lib/graph/errors';
import { importGraph, parseDump, TransferError } from '@/lib/transfer/import';
import { graphDigest } from '@/lib/transfer/digest';

async function main() {
  const file = process.argv[2];
  if (!file) throw new TransferError('INVALID_DUMP', 'Usage: npm run db:import -- FILE (a file written by npm run db:export)');
  const dump = parseDump(fs.readFileSync(file, 'utf8'));
  const store = openStore();
  try {
    await store.migrate();
    const report = await importGraph(store, dump);
    console.log(
      `Imported ${report.nodes} nodes and ${report.relationships} relationships into ${store.location}; digest ${graphDigest(dump)}`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof StoreError || error instanceof TransferError) console.error(`Import failed: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
