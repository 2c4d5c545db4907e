import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openKuzuStore } from '@/lib/graph/kuzu';
import { search } from '@/lib/search/search';
import { seedId } from '@/lib/seed/load';
import { updateProfile } from '@/lib/self-service/profile';

/**
 * A process that dies without closing the store leaves a write-ahead log. Kùzu 0.11.3
 * replays rows from it but did not replay its own full-text indexes (updating such a row
 * then crashed the process); search now runs on an in-memory index built from the rows
 * (lib/search/search-index.ts), so whatever the log brings back is found and updatable.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-recovery-'));

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

test('a store killed mid-life comes back with working search and updatable people', async () => {
  const child = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['tests/support/seed-and-die.ts'], {
    cwd: ROOT,
    env: { ...process.env, RIZOMA_DATA_DIR: dataDir, RIZOMA_LOG: 'silent' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  // tsx runs the script in a child node: the wrapper reports the kill as exit status 137.
  expect(child.signal === 'SIGKILL' || child.status === 137).toBe(true);
  expect(fs.statSync(path.join(dataDir, 'graph.kuzu.wal')).size).toBeGreaterThan(0);

  const store = openKuzuStore({ dataDir });
  try {
    await store.migrate();
    const results = await search(store, { query: 'benali' });
    expect(results.groups.flatMap((g) => g.hits.map((h) => h.id))).toContain(seedId.person('karim-benali'));
    // This update crashed the process when Kùzu's full-text index was in use.
    const staff = { accountId: 'test-staff', personId: null, role: 'STAFF' as const };
    const karim = seedId.person('karim-benali');
    const updated = await updateProfile(store, staff, karim, {
      version: 1,
      name: 'Karim Benali',
      headline: 'Videomaker e montatore',
      bio: null,
      email: 'karim.benali@rizoma.example',
      phone: null,
      website: null,
      location: null,
      availability: 'OPEN',
      contactVisibility: 'MEMBERS',
    });
    expect(updated.headline).toBe('Videomaker e montatore');
  } finally {
    await store.close();
  }
}, 180_000);
