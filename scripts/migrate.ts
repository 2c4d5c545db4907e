/** `npm run db:migrate`: applies pending schema migrations to the configured store. */
import { openStore } from '@/lib/graph/open-store';
import { StoreError } from '@/lib/graph/errors';

async function main() {
  const store = openStore();
  try {
    const report = await store.migrate();
    if (report.applied.length === 0) console.log(`${store.location}: schema is current (version ${report.version}).`);
    for (const m of report.applied) console.log(`${store.location}: applied migration ${m.version} — ${m.name}`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StoreError ? `Migration failed: ${error.message}` : error);
  process.exit(1);
});
