import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { communityStats } from '@/lib/directory/read';
import { openKuzuStore, type KuzuStore } from '@/lib/graph/kuzu';
import { community } from '@/lib/seed/data';
import { loadCommunity } from '@/lib/seed/load';
import { graphDigest } from '@/lib/transfer/digest';
import { exportGraph } from '@/lib/transfer/export';
import { importGraph, parseDump, TransferError } from '@/lib/transfer/import';

/** Export → import into an empty store → export again: nothing lost, same digest. */
const dirs: string[] = [];
const stores: KuzuStore[] = [];

async function freshStore(): Promise<KuzuStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-transfer-'));
  dirs.push(dir);
  const store = openKuzuStore({ dataDir: dir });
  stores.push(store);
  await store.migrate();
  return store;
}

afterAll(async () => {
  for (const store of stores) await store.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

test('a seeded community survives export → JSON → import → export with the same digest', async () => {
  const source = await freshStore();
  await loadCommunity(source, community);
  const first = await exportGraph(source, 1);
  expect(first.nodes.Person).toHaveLength(community.people.length);
  expect(first.nodes.Account).toHaveLength(community.accounts.length);
  expect(first.relationships['HAS_SKILL:Person:Skill']).toHaveLength(community.people.reduce((n, p) => n + p.skills.length, 0));

  const target = await freshStore();
  const parsed = parseDump(JSON.stringify(first));
  const report = await importGraph(target, parsed);
  expect(report.nodes).toBe(Object.values(first.nodes).reduce((n, rows) => n + rows.length, 0));

  const second = await exportGraph(target, 1);
  expect(graphDigest(second)).toBe(graphDigest(first));
  expect(await communityStats(target)).toEqual(await communityStats(source));
}, 120_000);

test('importing into a store that holds data is refused and writes nothing', async () => {
  const store = await freshStore();
  await loadCommunity(store, community);
  const before = await exportGraph(store, 1);
  await expect(importGraph(store, before)).rejects.toMatchObject({ code: 'NOT_EMPTY' });
  expect(graphDigest(await exportGraph(store, 1))).toBe(graphDigest(before));
}, 120_000);

test('a malformed dump is refused with a readable reason', () => {
  expect(() => parseDump('{not json')).toThrow(TransferError);
  expect(() => parseDump({ format: 'something-else' })).toThrow(/not a Rizoma graph export/);
  const bad = {
    format: 'rizoma-graph',
    version: 1,
    schemaVersion: 1,
    exportedAt: '2026-11-27T10:00:00.000Z',
    nodes: { Person: [{ id: 'x', unknownField: 1 }] },
    relationships: {},
  };
  expect(() => parseDump(bad)).toThrow(/nodes\.Person\.0/);
});
