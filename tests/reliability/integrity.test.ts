/**
 * Data integrity (../shared/RELIABILITY.md tests 48–51, 54, 55, 57, 58) over one seeded
 * Kùzu store, through the real GraphQL route handler where the checklist says "API".
 * The backup drill (57, 58) runs last: it stops the store, backs it up with
 * `npm run db:export`, wipes the folder, restores with `npm run db:import` into a new
 * one and runs the GraphStore contract suite against the restored store.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Viewer } from '@/lib/auth/viewer';
import { StoreLockedError } from '@/lib/graph/errors';
import { KuzuStore, openKuzuStore } from '@/lib/graph/kuzu';
import { defineQuery, type CypherQuery } from '@/lib/graph/query';
import { NODE, REL } from '@/lib/graph/schema';
import type { GraphStore, QueryRunner } from '@/lib/graph/store';
import type { Params, Row } from '@/lib/graph/types';
import { community } from '@/lib/seed/data';
import { readyStore } from '@/lib/server/ready';
import { loadCommunity, seedId } from '@/lib/seed/load';
import { graphDigest } from '@/lib/transfer/digest';
import { exportGraph } from '@/lib/transfer/export';
import type { GraphDump } from '@/lib/transfer/format';
import { describeStoreContract } from '../contract/store-contract';
import { runAs } from '../support/as-viewer';
import { postGraphQL, type GraphQLResponse } from '../support/graphql-http';
import { sessionCookie, viewerOfEmail } from '../support/session';

// Count every kuzu.Database the process creates (test 54): kuzu.ts reads `kuzu.Database`
// from the module object, so a counting subclass there sees every open.
jest.mock('kuzu', () => {
  const actual = jest.requireActual<typeof import('kuzu')>('kuzu');
  // Named Database: kuzu's Connection checks `database.constructor.name`.
  class Database extends actual.Database {
    constructor(...args: ConstructorParameters<typeof actual.Database>) {
      super(...args);
      const g = globalThis as { __testKuzuDatabases?: string[] };
      (g.__testKuzuDatabases ??= []).push(String(args[0]));
    }
  }
  return { ...actual, Database };
});
const databasesOpened = (): string[] => (globalThis as { __testKuzuDatabases?: string[] }).__testKuzuDatabases ?? [];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-integrity-'));
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-integrity-backup-'));
const execFileAsync = promisify(execFile);

const personsWithEmail = defineQuery<{ n: number }>(
  'test.integrity.personsWithEmail',
  `MATCH (p:${NODE.Person}) WHERE p.email = $email RETURN count(p) AS n`,
);
const skillById = defineQuery<{ version: number; name: string }>(
  'test.integrity.skillById',
  `MATCH (s:${NODE.Skill} {id: $id}) RETURN s.version AS version, s.name AS name`,
);
const sectorIds = defineQuery<{ id: string }>('test.integrity.sectorIds', `MATCH (s:${NODE.Sector}) RETURN s.id AS id`);
const relationshipTotal = defineQuery<{ n: number }>('test.integrity.relationshipTotal', 'MATCH ()-[r]->() RETURN count(r) AS n');
const linksBetween = defineQuery<{ n: number }>(
  'test.integrity.linksBetween',
  `MATCH (a:${NODE.Skill} {id: $a})-[r]-(b:${NODE.Skill} {id: $b}) RETURN count(r) AS n`,
);
const auditTotal = defineQuery<{ n: number }>('test.integrity.auditTotal', `MATCH (a:${NODE.AuditEntry}) RETURN count(a) AS n`);
const heldSkills = defineQuery<{ id: string; version: number; holders: number }>(
  'test.integrity.heldSkills',
  `MATCH (p:${NODE.Person})-[:${REL.HAS_SKILL}]->(s:${NODE.Skill})
   RETURN s.id AS id, s.version AS version, count(p) AS holders ORDER BY holders DESC, id LIMIT 10`,
);
const setPersonExtremes = defineQuery(
  'test.integrity.setPersonExtremes',
  `MATCH (p:${NODE.Person} {id: $id}) SET p.name = $name, p.bio = $bio, p.phone = NULL, p.deletionRequestedAt = timestamp($at)`,
);
const setSkillAliases = defineQuery(
  'test.integrity.setSkillAliases',
  `MATCH (s:${NODE.Skill} {id: $id}) SET s.aliases = $aliases`,
);
const setProjectDates = defineQuery(
  'test.integrity.setProjectDates',
  `MATCH (p:${NODE.Project} {id: $id}) SET p.startDate = date($start), p.endDate = NULL`,
);

let store: GraphStore;
let staffCookie: Record<string, string>;
let staff: Viewer;

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  // The rate limit has its own checklist test (19); here bursts of 200 must all reach the store.
  process.env.RIZOMA_RATE_LIMIT_MEMBER = '0';
  ({ store } = await readyStore());
  staffCookie = { cookie: (await sessionCookie(store, 'staff@rizoma.example')).cookie };
  staff = await viewerOfEmail(store, 'staff@rizoma.example');
}, 180_000);

afterAll(async () => {
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(scratch, { recursive: true, force: true });
});

type Payload = { record: { id: string; version: number; name: string } };
const asStaff = <T>(query: string, variables: Record<string, unknown>): Promise<GraphQLResponse<T>> =>
  postGraphQL<T>(query, variables, staffCookie);
const codeOf = (res: GraphQLResponse): string | undefined => res.body.errors?.[0]?.extensions?.code as string | undefined;
const count = async <R extends { n: number }>(q: CypherQuery<R>, params?: Params): Promise<number> =>
  Number((await store.query(q, params))[0]?.n ?? 0);

/** Node counts per label and relationship counts per type, from a dump. */
function countsOf(dump: Pick<GraphDump, 'nodes' | 'relationships'>): Record<string, number> {
  return Object.fromEntries([
    ...Object.entries(dump.nodes).map(([label, rows]) => [`node:${label}`, rows.length] as const),
    ...Object.entries(dump.relationships).map(([key, rows]) => [`rel:${key}`, rows.length] as const),
  ]);
}

const CREATE_PERSON = 'mutation C($input: PersonValues!) { createPerson(input: $input) { record { id version name } } }';
const UPDATE_SKILL = 'mutation U($input: UpdateSkillInput!) { updateSkill(input: $input) { record { id version name } } }';
const CREATE_SECTOR = 'mutation S($input: SectorValues!) { createSector(input: $input) { record { id version name } } }';
const MERGE_SKILLS =
  'mutation M($input: MergeInput!) { mergeSkills(input: $input) { keptRelationshipsBefore mergedRelationshipsBefore relationshipsAfter duplicatesRemoved auditEntryId } }';

describe('#48 uniqueness under concurrency', () => {
  test('#48 50 concurrent createPerson with one email → 1 success, 49 CONFLICT, 1 person stored', async () => {
    const email = 'doppio-48@rizoma.example';
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        asStaff<{ createPerson: Payload }>(CREATE_PERSON, {
          input: { name: `Doppio ${i}`, email, availability: 'OPEN', contactVisibility: 'MEMBERS' },
        }),
      ),
    );
    const successes = responses.filter((r) => r.status === 200 && !r.body.errors && r.body.data?.createPerson.record.id);
    const conflicts = responses.filter((r) => codeOf(r) === 'CONFLICT');
    expect(successes).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    expect(conflicts.every((r) => r.body.errors?.[0]?.extensions?.field === 'email')).toBe(true);
    expect(await count(personsWithEmail, { email })).toBe(1);
  });
});

describe('#49 optimistic concurrency', () => {
  test('#49 50 concurrent edits at version v → 1 success, 49 CONFLICT carrying v+1, final v+1, the winner stored', async () => {
    const id = seedId.skill('fotografia-analogica');
    const [before] = await store.query(skillById, { id });
    const v = before!.version;
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        asStaff<{ updateSkill: Payload }>(UPDATE_SKILL, { input: { id, version: v, values: { name: `Analogica ${i}` } } }),
      ),
    );
    const winners = responses.filter((r) => !r.body.errors && r.body.data?.updateSkill.record);
    const conflicts = responses.filter((r) => codeOf(r) === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    expect(conflicts.map((r) => r.body.errors?.[0]?.extensions?.currentVersion)).toEqual(Array(49).fill(v + 1));
    const [after] = await store.query(skillById, { id });
    expect(after?.version).toBe(v + 1);
    // No lost update: what is stored is exactly what the acknowledged winner wrote.
    expect(after?.name).toBe(winners[0]?.body.data?.updateSkill.record.name);
  });
});

describe('#50 merge', () => {
  test('#50 relationship count after = before − removed duplicates, 1 audit entry; a concurrent second merge of the pair fails typed', async () => {
    const keepId = seedId.skill('comunicazione');
    const mergeId = seedId.skill('ufficio-stampa');
    const [keep] = await store.query(skillById, { id: keepId });
    const [merged] = await store.query(skillById, { id: mergeId });
    const relsBefore = await count(relationshipTotal);
    const auditsBefore = await count(auditTotal);
    // ufficio-stampa is narrower than comunicazione: that link is one relationship seen from both sides.
    const joining = await count(linksBetween, { a: keepId, b: mergeId });
    const input = { keepId, mergeId, keepVersion: keep!.version, mergeVersion: merged!.version };
    type Merge = {
      mergeSkills: { keptRelationshipsBefore: number; mergedRelationshipsBefore: number; relationshipsAfter: number; duplicatesRemoved: number };
    };
    const [a, b] = await Promise.all([asStaff<Merge>(MERGE_SKILLS, { input }), asStaff<Merge>(MERGE_SKILLS, { input })]);
    const ok = [a, b].filter((r) => !r.body.errors);
    const failed = [a, b].filter((r) => r.body.errors);
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(['CONFLICT', 'NOT_FOUND']).toContain(codeOf(failed[0]!));
    const result = ok[0]!.body.data!.mergeSkills;
    // Duplicates removed: what touched the pair before (the joining link once) minus what the kept skill has after.
    const removed = result.keptRelationshipsBefore + result.mergedRelationshipsBefore - joining - result.relationshipsAfter;
    expect(removed).toBeGreaterThan(0);
    expect(await count(relationshipTotal)).toBe(relsBefore - removed);
    expect(await count(auditTotal)).toBe(auditsBefore + 1);
    expect(await store.query(skillById, { id: mergeId })).toEqual([]);
  });
});

/** Throws on the `failAt`-th write statement inside a write unit; records the writes it saw. */
class FailingStore implements GraphStore {
  readonly writes: string[] = [];
  constructor(
    private readonly inner: GraphStore,
    private readonly failAt: number | null,
  ) {}
  get engine() {
    return this.inner.engine;
  }
  get location() {
    return this.inner.location;
  }
  read<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.inner.read(work);
  }
  write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.inner.write((tx) =>
      work({
        run: async <R extends Row>(query: CypherQuery<R>, params?: Params): Promise<R[]> => {
          if (/\b(CREATE|SET|DELETE|MERGE|REMOVE)\b/i.test(query.kuzu)) {
            this.writes.push(query.name);
            if (this.writes.length === this.failAt) throw new Error('injected failure in write 2');
          }
          return tx.run(query, params);
        },
      }),
    );
  }
  query<R extends Row>(query: CypherQuery<R>, params?: Params): Promise<R[]> {
    return this.inner.query(query, params);
  }
  mutate<R extends Row>(query: CypherQuery<R>, params?: Params): Promise<R[]> {
    return this.write((tx) => tx.run(query, params));
  }
  migrate() {
    return this.inner.migrate();
  }
  ping() {
    return this.inner.ping();
  }
  async close(): Promise<void> {}
}

describe('#54 Kùzu singleton', () => {
  test('#54 the store, the route, a second open and a module reload share 1 Database for the folder', async () => {
    await postGraphQL('{ __typename }');
    expect(openKuzuStore({ dataDir })).toBe(store);
    // A dev reload evaluates the adapter module again; the registry on globalThis survives it.
    jest.isolateModules(() => {
      const reloaded = jest.requireActual<typeof import('@/lib/graph/kuzu')>('@/lib/graph/kuzu');
      expect(reloaded.openKuzuStore({ dataDir })).toBe(store);
    });
    const here = databasesOpened().filter((file) => file.startsWith(path.resolve(dataDir)));
    expect(here).toHaveLength(1);
  });

  test('#54 a second Database on an open folder in the same process is refused with the guard error', () => {
    expect(() => KuzuStore.create({ dataDir })).toThrow(StoreLockedError);
    expect(databasesOpened().filter((file) => file.startsWith(path.resolve(dataDir)))).toHaveLength(1);
  });
});

describe('#55 Kùzu write queue', () => {
  test('#55 200 concurrent GraphQL mutations → 0 write-transaction errors, 0 lost acknowledged writes', async () => {
    // Executed in-process against the real schema, so every request reaches the write queue:
    // over HTTP the per-request session read meets the read pool's 1.5 s acquisition bound
    // (test 64) on a loaded 2-core box, which sheds some of 200 simultaneous requests first.
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => runAs<{ createSector: Payload }>(store, staff, CREATE_SECTOR, { input: { name: `Settore coda ${i}` } })),
    );
    const errors = responses.flatMap((r) => r.errors);
    expect(errors.filter((e) => /write transaction/i.test(JSON.stringify(e)))).toEqual([]);
    expect(errors).toEqual([]);
    const acknowledged = responses.map((r) => r.data?.createSector.record.id).filter((id): id is string => !!id);
    expect(acknowledged).toHaveLength(200);
    const stored = new Set((await store.query(sectorIds)).map((r) => r.id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });
});

describe('#51 atomicity', () => {
  test('#51 a mutation whose 2nd write fails leaves 0 partial changes (counts and digest unchanged)', async () => {
    const skills = await store.query(heldSkills);
    const [skill, other] = skills.filter((s) => s.holders >= 2 && s.id !== seedId.skill('comunicazione'));
    const edit = (target: { id: string; version: number }) => ({
      input: { id: target.id, version: target.version, values: { name: `Rinominata ${target.version}` } },
    });
    // First, without a fault, on another skill: this mutation is a unit of ≥ 3 writes that commits.
    const recording = new FailingStore(store, null);
    const ok = await runAs(recording, staff, UPDATE_SKILL, edit(other!));
    expect(ok.errors).toEqual([]);
    expect(recording.writes.length).toBeGreaterThanOrEqual(3);

    // Then the same mutation failing at its 2nd write. It runs last against this store: after a
    // rolled-back unit that wrote full-text-indexed rows, Kùzu 0.11.3 sometimes answered the next
    // update with "Write-write conflict of updating the same row" and later crashed (see report).
    const digestBefore = graphDigest(await exportGraph(store, 1));
    const relsBefore = await count(relationshipTotal);
    const auditsBefore = await count(auditTotal);
    const failing = new FailingStore(store, 2);
    const res = await runAs(failing, staff, UPDATE_SKILL, edit(skill!));
    expect(res.errors.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(failing.writes).toHaveLength(2);
    expect(graphDigest(await exportGraph(store, 1))).toBe(digestBefore);
    expect(await count(relationshipTotal)).toBe(relsBefore);
    expect(await count(auditTotal)).toBe(auditsBefore);
  });
});

describe('#57 #58 export → import round trip and backup drill', () => {
  const dumpFile = path.join(scratch, 'backup.json');
  const restoredDir = path.join(scratch, 'restored');
  // Whole repeats (no surrogate pair cut in half): 40,330 × 26 UTF-8 bytes ≥ 1 MiB.
  const bigText = 'Garbatella 🌱 caffè — '.repeat(40_330);
  const extremeName = 'Zoë «Ünïcödé» 東京 \u202Eevil\u202C \\ "quoted" $x';
  let source: GraphDump;
  let restored: KuzuStore;
  let restoreMs = 0;

  // Its own seeded folder: the store above has just been through #51's rolled-back unit,
  // after which Kùzu 0.11.3 can refuse the next update of a row that unit touched ("Write-write
  // conflict of updating the same row"; see the issue note).
  const backupDir = path.join(scratch, 'source');
  let backupStore: KuzuStore;

  beforeAll(async () => {
    backupStore = openKuzuStore({ dataDir: backupDir });
    await backupStore.migrate();
    await loadCommunity(backupStore, community);
    // Values the round trip must keep byte-equal: unicode, null, lists, dates, a 1 MB text.
    await backupStore.write(async (tx) => {
      await tx.run(setPersonExtremes, { id: seedId.person('karim-benali'), name: extremeName, bio: bigText, at: '2026-01-02T03:04:05.678Z' });
      await tx.run(setSkillAliases, { id: seedId.skill('fotografia'), aliases: ['foto', 'fotografía', '写真', ''] });
      await tx.run(setProjectDates, { id: seedId.project(community.projects[0]!.slug), start: '1999-12-31' });
    });
    source = await exportGraph(backupStore, 1);
    // Backup: the app stops (Kùzu allows one process per folder), then npm run db:export.
    await backupStore.close();
    const env = { ...process.env, RIZOMA_DATA_DIR: backupDir, NEO4J_URI: '' };
    await execFileAsync('npm', ['run', '-s', 'db:export', '--', '--out', dumpFile], { env, cwd: process.cwd() });
    // Wipe, then restore into a new folder and time it.
    fs.rmSync(backupDir, { recursive: true, force: true });
    const started = Date.now();
    await execFileAsync('npm', ['run', '-s', 'db:import', '--', dumpFile], { env: { ...env, RIZOMA_DATA_DIR: restoredDir }, cwd: process.cwd() });
    restoreMs = Date.now() - started;
    restored = openKuzuStore({ dataDir: restoredDir });
    await restored.migrate();
  }, 240_000);

  afterAll(async () => {
    await restored?.close();
  });

  test('#57 the restored graph has the identical canonical digest and equal counts per label and type', async () => {
    const after = await exportGraph(restored, 1);
    expect(countsOf(after)).toEqual(countsOf(source));
    expect(graphDigest(after)).toBe(graphDigest(source));
    const karim = after.nodes.Person?.find((p) => p.id === seedId.person('karim-benali'));
    expect(karim?.name).toBe(extremeName);
    expect(karim?.bio).toBe(bigText);
    expect(karim?.phone).toBeNull();
    expect(karim?.deletionRequestedAt).toBe('2026-01-02T03:04:05.678Z');
    expect(after.nodes.Skill?.find((s) => s.id === seedId.skill('fotografia'))?.aliases).toEqual(['foto', 'fotografía', '写真', '']);
  });

  test('#58 the restore (npm run db:import) finishes within the 30 min RTO', () => {
    expect(restoreMs).toBeGreaterThan(0);
    expect(restoreMs).toBeLessThan(30 * 60_000);
    expect(fs.existsSync(backupDir)).toBe(false); // the backed-up folder was wiped before the restore
  });

  describe('#58 the GraphStore contract suite passes on the restored store', () => {
    describeStoreContract('restored from backup', {
      open: async () => restored,
      // Closed by the afterAll above.
      close: async () => undefined,
    });
  });
});
