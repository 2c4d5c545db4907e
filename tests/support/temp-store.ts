import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openKuzuStore, type KuzuStore } from '@/lib/graph/kuzu';

/** A fresh, migrated Kùzu store in its own temporary folder. */
export async function openTempKuzuStore(): Promise<{ store: KuzuStore; dataDir: string; cleanup(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-test-'));
  const store = openKuzuStore({ dataDir, readConnections: 2, bufferPoolBytes: 256 * 1024 * 1024 });
  await store.migrate();
  return {
    store,
    dataDir,
    async cleanup() {
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
