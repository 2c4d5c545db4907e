/**
 * `npm run db:seed`: migrates the configured store and loads the demo community.
 * Deterministic and idempotent: running it again changes nothing.
 */
import { openStore } from '@/lib/graph/open-store';
import { StoreError } from '@/lib/graph/errors';
import { loadCommunity } from '@/lib/seed/load';
import { community } from '@/lib/seed/data';

async function main() {
  const store = openStore();
  try {
    await store.migrate();
    const report = await loadCommunity(store, community);
    console.log(`Demo community loaded into ${store.location}:`);
    console.log(
      `  ${report.organizations} organizations, ${report.people} people, ${report.skills} skills, ${report.sectors} sectors, ` +
        `${report.projects} projects, ${report.events} events, ${report.relationships} relationships`,
    );
    console.log('  Demo accounts (email / password / role):');
    for (const a of report.accounts) console.log(`    ${a.email}  ${a.password}  ${a.role}`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StoreError ? `Seeding failed: ${error.message}` : error);
  process.exit(1);
});
