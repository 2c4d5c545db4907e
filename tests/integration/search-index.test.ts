import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import kuzu, { type QueryResult } from 'kuzu';
import { findAccountByEmail, viewerOf } from '@/lib/auth/accounts';
import { prepareStore } from '@/lib/bootstrap';
import { openKuzuStore } from '@/lib/graph/kuzu';
import { MIGRATIONS } from '@/lib/graph/migrations';
import type { GraphStore, QueryRunner } from '@/lib/graph/store';
import { dataGeneration, writeGeneration } from '@/lib/graph/write-generation';
import { proposeProject } from '@/lib/moderation/propose';
import { search } from '@/lib/search/search';
import { community } from '@/lib/seed/data';
import { seedId } from '@/lib/seed/load';
import { updateProfile } from '@/lib/self-service/profile';

/**
 * The Kùzu store searches an in-memory index (lib/search/search-index.ts). It must find
 * what the store's own statements find, follow public writes, ignore pending proposals,
 * and stores made by older versions lose the Kùzu full-text indexes it replaced.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-search-index-'));
let store: GraphStore;

beforeAll(async () => {
  // The fallback's warnings are expected here.
  process.env.RIZOMA_LOG = 'silent';
  ({ store } = await prepareStore({ ...process.env, RIZOMA_DATA_DIR: dataDir, RIZOMA_SEED_ON_START: 'true', RIZOMA_LOG: 'silent' }));
}, 120_000);

afterAll(async () => {
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The same store, except that the search index cannot be built: search falls back to the scanning statements. */
function withoutIndex(inner: GraphStore): GraphStore {
  const broken: GraphStore = Object.create(inner);
  broken.read = (work) =>
    inner.read((tx) =>
      work({
        run: (query, params) => (query.name.startsWith('search.index.') ? Promise.reject(new Error('index unavailable')) : tx.run(query, params)),
      } satisfies QueryRunner),
    );
  return broken;
}

const QUERIES = [
  'foto', 'fotografia', 'video', 'design per il soc', 'open data', 'ka', 'benali', 'garbatella', 'e', 'roma',
  'bio', 'eventi', 'laboratorio', 'in fotog', 'stampa 3d', 'verde', 'associazione', 'co', 'grafica', 'zzzz',
  ...community.skills.slice(0, 20).map((s) => s.name),
  ...community.people.slice(0, 10).map((p) => p.name.split(' ')[1] ?? p.name),
];

test('the in-memory index finds the same entities, with the same counts, as the scanning statements', async () => {
  const fallback = withoutIndex(store);
  for (const query of QUERIES) {
    const [fromIndex, fromStore] = await Promise.all([search(store, { query, first: 20 }), search(fallback, { query, first: 20 })]);
    // Beyond one page the two may pick different entities of the same tier: the fallback
    // has no text score to order them by.
    const shape = (r: Awaited<ReturnType<typeof search>>) =>
      Object.fromEntries(r.groups.map((g) => [g.kind, { totalCount: g.totalCount, ids: g.totalCount <= 20 ? g.hits.map((h) => h.id).sort() : 'more than a page' }]));
    expect({ query, ...shape(fromIndex) }).toEqual({ query, ...shape(fromStore) });
    // Same tiers too: the name tier is the integer part of the score.
    for (const group of fromIndex.groups) {
      const other = fromStore.groups.find((g) => g.kind === group.kind);
      const tiers = (hits: { id: string; score: number }[]) => Object.fromEntries(hits.map((h) => [h.id, Math.floor(h.score)]));
      if (group.totalCount <= 20) expect(tiers(group.hits)).toEqual(tiers(other?.hits ?? []));
    }
  }
}, 60_000);

test('a member’s proposal leaves the caches current; a curated change shows in the next search', async () => {
  const member = viewerOf((await findAccountByEmail(store, 'membro@rizoma.example'))!);
  await search(store, { query: 'foto' });
  const [publicBefore, allBefore] = [dataGeneration(), writeGeneration()];
  await proposeProject(store, member, { name: 'Archivio fotografico di quartiere', summary: 'Foto e storie della Garbatella raccolte casa per casa.', status: 'IDEA' });
  expect(writeGeneration()).toBe(allBefore + 1);
  expect(dataGeneration()).toBe(publicBefore);
  // Pending: not found.
  expect((await search(store, { query: 'archivio fotografico', kinds: ['Project'] })).total).toBe(0);

  const staff = viewerOf((await findAccountByEmail(store, 'staff@rizoma.example'))!);
  const karim = seedId.person('karim-benali');
  const [before] = (await search(store, { query: 'pellicolaio', kinds: ['Person'] })).groups;
  expect(before).toBeUndefined();
  const current = community.people.find((p) => p.slug === 'karim-benali')!;
  await updateProfile(store, staff, karim, {
    version: 1,
    name: current.name,
    headline: 'Videomaker e pellicolaio',
    bio: null,
    email: 'karim.benali@rizoma.example',
    phone: null,
    website: null,
    location: null,
    availability: 'OPEN',
    contactVisibility: 'MEMBERS',
  });
  expect(dataGeneration()).toBe(publicBefore + 1);
  const [after] = (await search(store, { query: 'pellicolaio', kinds: ['Person'] })).groups;
  expect(after?.hits.map((h) => h.id)).toEqual([karim]);
});

/** The bare driver on a data folder (as an older Rizoma left it); every result closed before the database. */
async function withRawKuzu(dir: string, work: (run: (text: string) => Promise<Record<string, unknown>[]>) => Promise<void>): Promise<void> {
  const database = new kuzu.Database(path.join(dir, 'graph.kuzu'), 64 * 1024 * 1024);
  database.initSync();
  const connection = new kuzu.Connection(database);
  connection.initSync();
  try {
    await work(async (text) => {
      const result = (await connection.query(text)) as QueryResult;
      try {
        return (await result.getAll()) as Record<string, unknown>[];
      } finally {
        result.close();
      }
    });
  } finally {
    connection.closeSync();
    database.closeSync();
  }
}

test('migration 3 drops the Kùzu full-text indexes an older version created', async () => {
  const oldDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-old-fts-'));
  try {
    const fresh = openKuzuStore({ dataDir: oldDir, bufferPoolBytes: 64 * 1024 * 1024 });
    await fresh.migrate();
    await fresh.close();
    // What versions 1–2 left: full-text indexes, and no record of migration 3.
    await withRawKuzu(oldDir, async (run) => {
      await run("CALL CREATE_FTS_INDEX('Person', 'person_search', ['searchText'], stemmer := 'none')");
      await run("CALL CREATE_FTS_INDEX('Project', 'project_search', ['searchText'], stemmer := 'none')");
      await run('MATCH (m:SchemaMigration {version: 3}) DELETE m');
      expect(await run('CALL SHOW_INDEXES() RETURN index_name')).toHaveLength(2);
    });

    const upgraded = openKuzuStore({ dataDir: oldDir, bufferPoolBytes: 64 * 1024 * 1024 });
    try {
      const report = await upgraded.migrate();
      expect(report.applied.map((m) => m.version)).toEqual([3]);
      expect(report.version).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
    } finally {
      await upgraded.close();
    }
    await withRawKuzu(oldDir, async (run) => {
      expect(await run('CALL SHOW_INDEXES() RETURN index_name')).toEqual([]);
    });
  } finally {
    fs.rmSync(oldDir, { recursive: true, force: true });
  }
}, 60_000);
