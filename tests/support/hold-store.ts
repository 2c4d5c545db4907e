/**
 * Test helper process (tests/reliability/faults.test.ts): opens the Kùzu store in
 * RIZOMA_DATA_DIR, prints `held`, and keeps it (and its lock) until SIGTERM, when it
 * closes the store and exits.
 */
import { openKuzuStore } from '@/lib/graph/kuzu';

const store = openKuzuStore({ dataDir: process.env.RIZOMA_DATA_DIR ?? '', bufferPoolBytes: 64 * 1024 * 1024 });
void store.ping().then(() => console.log('held'));
const keepAlive = setInterval(() => undefined, 60_000);
process.once('SIGTERM', () => {
  clearInterval(keepAlive);
  void store.close().then(() => process.exit(0));
});
