/**
 * The soak's server: `node scripts/start.mjs` as a child (it builds with `next build` only
 * when the sources changed since the last build, then runs `next start`), on 127.0.0.1,
 * a free port and a fresh data folder, seeded on first start. Its output goes to a log
 * file; while it builds and starts, the output is echoed so a first run shows progress.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const READY_POLL_MS = 500;

/** A TCP port nobody listens on right now, on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts the app. `env` adds to the process environment (secret, rate limits…).
 * Resolves once /api/health/ready answers 200; rejects with the log's tail when the
 * child exits first or `readyTimeoutMs` passes (a cold build on 2 loaded cores takes
 * minutes, hence a generous default).
 */
export async function startServer({ root, port, dataDir, logFile, env, readyTimeoutMs = 20 * 60_000 }) {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    // Its own process group: a failed soak can end the whole tree (start.mjs → next) by the child's id.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      RIZOMA_DATA_DIR: dataDir,
      RIZOMA_SEED_ON_START: 'true',
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  let echo = true;
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      fs.writeSync(log, chunk);
      if (echo) process.stdout.write(String(chunk).replace(/^(?=.)/gm, '  │ '));
    });
  }
  let exited = null;
  const handle = { child, stopping: false };
  const exit = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      fs.closeSync(log);
      // start.mjs exits 0 when `next start` is killed by a signal (an abort included): say so now, with the log's tail.
      if (!handle.stopping) console.error(`\n!! The server exited during the soak (start.mjs: ${JSON.stringify(exited)}); log tail:\n${tail(logFile, 5)}\n`);
      resolve(exited);
    });
  });

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exited) throw new Error(`the server exited before it was ready (${JSON.stringify(exited)}); log:\n${tail(logFile)}`);
    if (Date.now() > deadline) {
      await stopServer(Object.assign(handle, { exit }));
      throw new Error(`the server was not ready within ${readyTimeoutMs / 1000} s; log:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${base}/api/health/ready`, { signal: AbortSignal.timeout(5000) });
      if (res.status === 200) break;
    } catch {
      // Not listening yet (building or starting).
    }
    await sleep(READY_POLL_MS);
  }
  echo = false;
  return Object.assign(handle, { exit, base, pid: serverPid(child.pid) });
}

/**
 * Ends the server: SIGTERM to start.mjs (it forwards it to `next start`, whose shutdown
 * closes the store), then SIGKILL to the process group if it is still there after
 * `graceMs`. Resolves with how it ended.
 */
export async function stopServer(server, graceMs = 15_000) {
  const { child, exit } = server;
  server.stopping = true;
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  const timer = new Promise((resolve) => setTimeout(() => resolve(null), graceMs).unref());
  const ended = await Promise.race([exit, timer]);
  if (ended) return { ...ended, forced: false };
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  return { ...(await exit), forced: true };
}

/** The last lines of a file, for error messages. */
export function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function parentOf(pid) {
  try {
    // The command name (field 2) may hold spaces and parentheses: read after the last ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function commandOf(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
}

/** Every live process descended from `root`. */
function descendants(root) {
  const pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  const children = new Map();
  for (const pid of pids) {
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const found = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift();
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/**
 * The process that serves requests. start.mjs spawns `next start`, which names itself
 * `next-server` and, depending on the Next version, may fork the server into a child:
 * prefer a descendant called next-server, else the deepest descendant (the leaf).
 */
export function serverPid(rootPid) {
  const tree = descendants(rootPid);
  const named = tree.filter((pid) => /next-server/.test(commandOf(pid)));
  if (named.length > 0) return named[named.length - 1];
  return tree[tree.length - 1] ?? rootPid;
}

/** Resident memory of a process in bytes (VmRSS), or null when it is gone. */
export function rssBytes(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** How the process is called, for the report. */
export function describeProcess(pid) {
  return `${pid} (${commandOf(pid).slice(0, 60)})`;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
