/**
 * Test helper process: seeds the demo community into RIZOMA_DATA_DIR without the
 * start-up checkpoint, then kills itself without closing the database, as a power cut
 * or `kill -9` would (tests/integration/store-recovery.test.ts).
 */
import { openKuzuStore } from '@/lib/graph/kuzu';
import { community } from '@/lib/seed/data';
import { loadCommunity } from '@/lib/seed/load';

async function main() {
  const store = openKuzuStore({ dataDir: process.env.RIZOMA_DATA_DIR ?? '' });
  await store.migrate();
  await loadCommunity(store, community);
  process.kill(process.pid, 'SIGKILL');
}
void main();
