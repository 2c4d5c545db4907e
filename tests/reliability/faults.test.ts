import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { GET as live } from '@/app/api/health/live/route';
import { GET as ready } from '@/app/api/health/ready/route';
import { StoreError } from '@/lib/graph/errors';
import { ACQUIRE_TIMEOUT_MS, openKuzuStore, type KuzuStore } from '@/lib/graph/kuzu';
import { noteWriteEnded } from '@/lib/graph/write-generation';
import { postGraphQL } from '../support/graphql-http';
import { slowRead } from '../support/fault-queries';

/**
 * The fault-tolerance part of ../shared/RELIABILITY.md (tests 56, 60–62, 64, 65). Test 59
 * is in kill-mid-write.test.ts, 63 in shutdown.test.ts. The GraphQL requests go through
 * the real route handler in-process; the store is chosen by the environment, as in the app.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const STATS = '{ stats { people } }';
const saved = { NEO4J_URI: process.env.NEO4J_URI, RIZOMA_DATA_DIR: process.env.RIZOMA_DATA_DIR, RIZOMA_RATE_LIMIT_ANONYMOUS: process.env.RIZOMA_RATE_LIMIT_ANONYMOUS };
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-faults-'));

beforeAll(async () => {
  process.env.RIZOMA_RATE_LIMIT_ANONYMOUS = '0'; // these tests count store faults, not the visitor budget
  process.env.RIZOMA_LOG = 'silent';
  // A store that was serving before the faults: migrated once, closed cleanly.
  await openKuzuStore({ dataDir }).migrate();
  await openKuzuStore({ dataDir }).close();
}, 60_000);

afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await openKuzuStore({ dataDir }).close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 9;
}

/** Spawns a tests/support script with tsx and resolves once it prints a line starting with `prefix`. */
function spawnHelper(script: string, prefix: string, env: Record<string, string> = {}): Promise<{ child: ChildProcessWithoutNullStreams; line: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (c: string) => (stderr += c));
  child.stdout.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (c: string) => {
      stdout += c;
      const line = stdout.split('\n').find((l) => l.startsWith(prefix));
      if (line) resolve({ child, line, output: () => stdout + stderr });
    });
    child.on('exit', (code) => reject(new Error(`${script} exited (${code}) before "${prefix}": ${stderr}`)));
  });
}

function stopped(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', (code) => resolve(code))));
}

describe('#60 #62 Neo4j down (a closed port)', () => {
  beforeAll(async () => {
    process.env.NEO4J_URI = `bolt://127.0.0.1:${await closedPort()}`;
  });
  afterAll(() => {
    process.env.NEO4J_URI = '';
  });

  test('#60 /api/health/ready → 503 with Retry-After within 2 s', async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const res = await ready();
      times.push(performance.now() - started);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBeTruthy();
    }
    expect(Math.max(...times)).toBeLessThanOrEqual(2000);
  });

  test('#60 GraphQL → HTTP 503 SERVICE_UNAVAILABLE with Retry-After, p99 ≤ 2 s over 20 requests', async () => {
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const res = await postGraphQL(STATS);
      times.push(performance.now() - started);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBeTruthy();
      expect(res.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(res.body)).not.toMatch(/bolt:|127\.0\.0\.1|neo4j/i);
    }
    expect(percentile(times, 99)).toBeLessThanOrEqual(2000);
  });

  test('#62 /api/health/live stays 200 while the store is down', async () => {
    const res = live();
    expect(res.status).toBe(200);
    expect((await ready()).status).toBe(503);
  });
});

describe('#61 recovery without a restart (Kùzu: the data folder held by another process, then freed)', () => {
  test('#61 503 while the folder is locked; the first request after it is freed → 200 within 10 s, 0 errors after', async () => {
    process.env.NEO4J_URI = '';
    process.env.RIZOMA_DATA_DIR = dataDir;
    const { child } = await spawnHelper('tests/support/hold-store.ts', 'held', { RIZOMA_DATA_DIR: dataDir, RIZOMA_LOG: 'silent' });
    try {
      const down = await postGraphQL(STATS);
      expect(down.status).toBe(503);
      expect(down.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect((await ready()).status).toBe(503);
    } finally {
      child.kill('SIGTERM');
      await stopped(child);
    }
    const freedAt = performance.now();
    let first = await postGraphQL(STATS);
    while (first.status !== 200 && performance.now() - freedAt < 10_000) first = await postGraphQL(STATS);
    expect(first.status).toBe(200);
    expect(performance.now() - freedAt).toBeLessThanOrEqual(10_000);
    const after = await Promise.all(Array.from({ length: 10 }, () => postGraphQL(STATS)));
    expect(after.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect((await ready()).status).toBe(200);
  }, 60_000);
});

describe('#64 saturation', () => {
  let store: KuzuStore;
  beforeAll(async () => {
    store = openKuzuStore({ dataDir });
    await store.migrate();
  });

  test('#64 500 concurrent slow reads → the excess fails with BUSY within 2 s instead of queueing; RSS < 1.5 GB', async () => {
    const started = performance.now();
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const outcomes = await Promise.all(
      Array.from({ length: 500 }, () =>
        store.query(slowRead, { outer: 20_000 }).then(
          () => ({ ok: true as const, ms: performance.now() - started }),
          (error: unknown) => ({ ok: false as const, ms: performance.now() - started, code: error instanceof StoreError ? error.code : String(error) }),
        ),
      ),
    );
    clearInterval(sampler);
    const failed = outcomes.filter((o) => !o.ok);
    expect(failed.length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.ok).length).toBeGreaterThan(0);
    expect(new Set(failed.map((o) => ('code' in o ? o.code : '')))).toEqual(new Set(['BUSY']));
    expect(Math.max(...failed.map((o) => o.ms))).toBeLessThanOrEqual(2000);
    expect(peakRss).toBeLessThan(1.5 * 1024 ** 3);
  }, 60_000);

  test('#64 a GraphQL request meeting a saturated pool → HTTP 503 SERVICE_UNAVAILABLE with Retry-After within 2 s', async () => {
    process.env.NEO4J_URI = '';
    process.env.RIZOMA_DATA_DIR = dataDir;
    // Both read connections busy, and more slow reads queued behind them than can finish in time.
    const hogs = Array.from({ length: 12 }, () => store.query(slowRead, { outer: 20_000 }).catch(() => undefined));
    // Empty the shared answers (lib/graph/answer-cache.ts): the request must need a connection.
    noteWriteEnded();
    const started = performance.now();
    const res = await postGraphQL(STATS);
    const ms = performance.now() - started;
    await Promise.all(hogs);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeTruthy();
    expect(res.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(ms).toBeLessThanOrEqual(ACQUIRE_TIMEOUT_MS + 500);
  }, 60_000);
});

describe('#65 last-resort handler', () => {
  test('#65 a promise rejecting after its response was sent → the process stays up and logs 1 line per rejection', async () => {
    const { child, line, output } = await spawnHelper('tests/support/late-rejection.ts', 'listening ', { RIZOMA_LOG: '' });
    const port = Number(line.split(' ')[1]);
    const get = (p: string) =>
      new Promise<number>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port, path: p, agent: false }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        }).on('error', reject);
      });
    try {
      for (let i = 0; i < 3; i++) expect(await get('/reject-late')).toBe(200);
      await new Promise((r) => setTimeout(r, 200));
      expect(await get('/still-there')).toBe(200);
      expect(child.exitCode).toBeNull();
      const logged = output().split('\n').filter((l) => l.includes('unhandled promise rejection'));
      expect(logged).toHaveLength(3);
    } finally {
      child.kill('SIGTERM');
      // Without a server of its own handling SIGTERM, the start-up handler exits 0.
      expect(await stopped(child)).toBe(0);
    }
  }, 60_000);
});

describe('#56 second process on the same data folder', () => {
  test('#56 exits within 5 s with the lock message while the first keeps serving (0 errors); message: tests/integration/store-process.test.ts', async () => {
    const holder = openKuzuStore({ dataDir });
    await holder.ping();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], { cwd: ROOT, env: { ...process.env, RIZOMA_DATA_DIR: dataDir, NEO4J_URI: '' } });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (c: string) => (stderr += c));
    const started = performance.now();
    let errors = 0;
    let served = 0;
    let running = true;
    const exited = stopped(child).then((code) => {
      running = false;
      return { code, ms: performance.now() - started };
    });
    while (running) {
      await holder.ping().then(() => (served += 1), () => (errors += 1));
      await new Promise((r) => setTimeout(r, 20));
    }
    const { code, ms } = await exited;
    expect(code).toBe(1);
    expect(stderr).toContain('is already in use by another process');
    expect(ms).toBeLessThanOrEqual(5000);
    expect(served).toBeGreaterThan(0);
    expect(errors).toBe(0);
  }, 60_000);
});
