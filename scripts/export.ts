/**
 * `npm run db:export -- [--out FILE]`: writes the whole graph of the configured store as
 * portable JSON (stdout without --out). Stop the app first when it runs on the embedded
 * store: Kùzu allows one process per data folder.
 */
import fs from 'node:fs';
import { openStore } from '@/lib/graph/open-store';
import { StoreError } from '@/lib/graph/errors';
import { exportGraph } from '@/lib/transfer/export';
import { graphDigest } from '@/lib/transfer/digest';

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const out = argument('--out');
  const store = openStore();
  try {
    const { version } = await store.migrate();
    const dump = await exportGraph(store, version);
    const json = `${JSON.stringify(dump, null, 1)}\n`;
    if (out) fs.writeFileSync(out, json);
    else process.stdout.write(json);
    const nodes = Object.values(dump.nodes).reduce((n, rows) => n + rows.length, 0);
    const rels = Object.values(dump.relationships).reduce((n, rows) => n + rows.length, 0);
    console.error(`Exported ${nodes} nodes and ${rels} relationships from ${store.location}; digest ${graphDigest(dump)}`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StoreError ? `Export failed: ${error.message}` : error);
  process.exit(1);
});
