import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { communityStats } from '@/lib/directory/read';
import { openKuzuStore } from '@/lib/graph/kuzu';
import { community } from '@/lib/seed/data';
import { loadCommunity } from '@/lib/seed/load';

/** What a process sees of the embedded store: persistence, and one process per folder. */
const ROOT = path.resolve(__dirname, '../..');
let dataDir: string;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-proc-'));
});

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('closing and reopening the store keeps the data (a restart loses nothing)', async () => {
  const first = openKuzuStore({ dataDir });
  await first.migrate();
  await loadCommunity(first, community);
  const before = await communityStats(first);
  await first.close();

  const second = openKuzuStore({ dataDir });
  expect(second).not.toBe(first);
  const report = await second.migrate();
  expect(report.applied).toEqual([]);
  expect(await communityStats(second)).toEqual(before);
  expect(before.people).toBe(community.people.length);
  await second.close();
}, 60_000);

test('the same folder opened twice in one process gives the same store', async () => {
  const a = openKuzuStore({ dataDir });
  const b = openKuzuStore({ dataDir });
  expect(b).toBe(a);
  await a.close();
});

test('a second process on a folder in use stops with a clear message, not a crash trace', async () => {
  const holder = openKuzuStore({ dataDir });
  await holder.ping();
  try {
    const child = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/migrate.ts'], {
      cwd: ROOT,
      env: { ...process.env, RIZOMA_DATA_DIR: dataDir, NEO4J_URI: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain(`The data folder "${dataDir}" is already in use by another process`);
    expect(child.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  } finally {
    await holder.close();
  }
}, 90_000);
