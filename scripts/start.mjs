#!/usr/bin/env node
/**
 * `npm start`: builds the app when the sources changed since the last build, then serves
 * it with `next start` on http://localhost:3000 (PORT to change). The server migrates the
 * store and loads the demo community on its first start (instrumentation.ts).
 */
import { spawnSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SOURCES = ['app', 'graphql', 'lib', 'instrumentation.ts', 'proxy.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json'];
const STAMP = path.join(root, '.next', 'rizoma-source-hash');

function* files(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return;
  const stat = fs.statSync(full);
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(full).sort()) yield* files(path.join(entry, name));
}

/** A digest of every source file's path and content: a build is current when it matches. */
function sourceHash() {
  const hash = createHash('sha256');
  for (const entry of SOURCES) {
    for (const file of files(entry)) {
      hash.update(file);
      hash.update(fs.readFileSync(path.join(root, file)));
    }
  }
  return hash.digest('hex');
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const current = sourceHash();
const built = fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === current;

if (!built) {
  console.log('Building Rizoma (sources changed since the last build)…');
  const build = spawnSync(bin('next'), ['build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
  fs.writeFileSync(STAMP, current);
}

const port = process.env.PORT ?? '3000';
const hostname = process.env.HOST ?? '0.0.0.0';

/**
 * `npm start` is the local quick start: without NEXTAUTH_SECRET it generates one and keeps
 * it beside the data folder (mode 600), so sessions survive restarts. A deployment sets
 * NEXTAUTH_SECRET itself (`npm run build && npm run serve` refuses to start without it).
 */
function localSecret() {
  const dataDir = path.resolve(root, process.env.RIZOMA_DATA_DIR || './data');
  const file = path.join(dataDir, '.nextauth-secret');
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
    console.log(`Generated a session secret for local runs in ${file}`);
  }
  return fs.readFileSync(file, 'utf8').trim();
}
const authEnv = {
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || localSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
};
console.log(`Starting Rizoma on http://localhost:${port}`);
const server = spawn(bin('next'), ['start', '--port', port, '--hostname', hostname], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ...authEnv, NEXT_TELEMETRY_DISABLED: '1' },
});
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    server.kill(signal);
  });
}
server.on('exit', (code, signal) => {
  if (code !== null) process.exit(code);
  // Stopped by the signal we forwarded: a normal stop. Any other signal (SIGSEGV, SIGABRT,
  // SIGKILL from the OOM killer) is a crash: say so and exit like a shell would (128 + n).
  if (stopping && (signal === 'SIGINT' || signal === 'SIGTERM')) process.exit(0);
  console.error(`The server process died from ${signal}.`);
  process.exit(128 + (os.constants.signals[signal] ?? 0));
});
