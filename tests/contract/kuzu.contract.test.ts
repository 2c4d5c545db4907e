import fs from 'node:fs';
import type { GraphStore } from '@/lib/graph/store';
import { openTempKuzuStore } from '../support/temp-store';
import { describeStoreContract } from './store-contract';

const folders = new Map<GraphStore, string>();

describeStoreContract('Kùzu (embedded, temporary folder)', {
  async open() {
    const { store, dataDir } = await openTempKuzuStore();
    folders.set(store, dataDir);
    return store;
  },
  async close(store) {
    await store.close();
    const dir = folders.get(store);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  },
});
