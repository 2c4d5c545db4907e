import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { openKuzuStore } from '@/lib/graph/kuzu';

/**
 * ../shared/RELIABILITY.md test 63: SIGTERM with 50 requests in flight. The server process
 * (tests/support/serve-and-drain.ts: the real GraphQL handler, start-up module and store,
 * shutting down as `next start` does) lets each request complete or answer 503, closes
 * the Kùzu store (no write-ahead log left) and exits within 10 s.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const IN_FLIGHT = 50;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-shutdown-'));

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** One POST on its own connection (no keep-alive: the server's close waits for connections). */
function post(port: number, query: string): Promise<{ status: number } | { error: string }> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ query });
    const req = http.request(
      { host: '127.0.0.1', port, path: '/api/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      },
    );
    req.on('error', (error) => resolve({ error: error.message }));
    req.end(body);
  });
}

test('#63 graceful shutdown: SIGTERM with 50 requests in flight → each completes or gets 503, the store is closed (no WAL), exit ≤ 10 s', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/serve-and-drain.ts'], {
    cwd: ROOT,
    env: { ...process.env, RIZOMA_DATA_DIR: dataDir, NEO4J_URI: '', RIZOMA_LOG: 'silent', RIZOMA_RATE_LIMIT_ANONYMOUS: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on('exit', (code) => resolve({ code, at: performance.now() })));
  const lines: string[] = [];
  const waitFor = (prefix: string) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const line = lines.find((l) => l.startsWith(prefix));
        if (line) resolve(line);
      };
      child.stdout.on('data', check);
      void exited.then(() => reject(new Error(`the server exited before "${prefix}": ${stderr}`)));
      check();
    });
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)));

  const port = Number((await waitFor('listening ')).split(' ')[1]);
  // A query that reads the store for every person: long enough to be in flight.
  const query = '{ stats { people organizations skills } people(first: 100) { totalCount edges { node { id name skills { level skill { name } } } } } }';
  const responses = Array.from({ length: IN_FLIGHT }, () => post(port, query));
  await waitFor(`inflight ${IN_FLIGHT}`);
  const signalledAt = performance.now();
  child.kill('SIGTERM');
  const results = await Promise.all(responses);
  const { code, at } = await exited;

  const statuses = results.map((r) => ('status' in r ? r.status : r.error));
  expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
  expect(at - signalledAt).toBeLessThanOrEqual(10_000);
  // 143 is `next start`'s own exit after its requests ended; our grace period would give 1.
  expect(code).toBe(143);
  const wal = path.join(dataDir, 'graph.kuzu.wal');
  expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
  const reopened = openKuzuStore({ dataDir, bufferPoolBytes: 64 * 1024 * 1024 });
  try {
    await expect(reopened.ping()).resolves.toBeUndefined();
  } finally {
    await reopened.close();
  }
}, 120_000);
