#!/usr/bin/env node
/**
 * `npm run soak`: checklist #66–#68 of RELIABILITY.md against the production server.
 *
 * Builds when the sources changed (scripts/start.mjs decides), starts `next start` on
 * 127.0.0.1 with a fresh seeded data folder and the per-address rate limits off (the soak
 * measures capacity, not the limiter), signs in the demo member, warms up, then runs
 * autocannon N times (default 3 × 60 s, 200 connections; 80% page reads, 20% member
 * proposals). Run 2 adds 10 attacks a second (depth, aliases, cost) that must all get 400;
 * runs 1 and 3 are the baseline its p99 is compared with. After each run every
 * acknowledged write is looked up by id as staff; after the last, the server is stopped
 * and started again on the same folder and every id is looked up once more.
 *
 * Options: --runs N (3), --duration S (60), --connections C (200), --warmup S (10),
 * --attack-rate R (10), --no-attack, --keep (keep the temp folder and server log).
 * Exit code: 0 when every threshold holds, 1 when one fails, 2 when the soak could not run.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startAttacks } from './soak/attacks.mjs';
import { signIn } from './soak/http.mjs';
import { runLoad } from './soak/load.mjs';
import { discover, operationMix } from './soak/operations.mjs';
import { mb, ms, operationTable, runTable } from './soak/report.mjs';
import { describeProcess, freePort, rssBytes, sleep, startServer, stopServer } from './soak/server.mjs';
import { findMissing, pendingCounts } from './soak/verify.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

const MEMBER = { email: 'membro@rizoma.example', password: 'rizoma-membro-2026' };
const STAFF = { email: 'staff@rizoma.example', password: 'rizoma-staff-2026' };
const P99_LIMIT_MS = 1000;
const RSS_GROWTH_LIMIT = 50 * 1024 * 1024;
const ATTACK_P99_DEGRADATION = 0.2;
/** Idle time after a run before reading RSS, so in-flight work and its garbage settle. */
const SETTLE_MS = 5000;

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '10' },
    'attack-rate': { type: 'string', default: '10' },
    'no-attack': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(opts.runs);
const duration = Number(opts.duration);
const connections = Number(opts.connections);
const warmup = Number(opts.warmup);
const attackRate = Number(opts['attack-rate']);
for (const [name, value] of Object.entries({ runs, duration, connections, attackRate })) {
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a positive integer`);
    process.exit(2);
  }
}
/** The run with attacks: the second (so runs 1 and 3 frame it), or none. */
const attackRun = opts['no-attack'] || runs < 2 ? 0 : 2;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-soak-'));
const dataDir = path.join(work, 'data');
const logFile = path.join(work, 'server.log');
const serverEnv = {
  NEXTAUTH_SECRET: randomBytes(32).toString('hex'),
  // 0 turns the per-address GraphQL budgets off: the soak is one client address.
  RIZOMA_RATE_LIMIT_ANONYMOUS: '0',
  RIZOMA_RATE_LIMIT_MEMBER: '0',
};

let server = null;
async function shutDown() {
  if (server) await stopServer(server);
  server = null;
}
process.on('SIGINT', () => {
  console.error('\nInterrupted: stopping the server.');
  shutDown().finally(() => process.exit(130));
});

const elapsed = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s since the start`;

function loadLine() {
  return os.loadavg().map((n) => n.toFixed(2)).join(' ');
}

async function measuredRun({ label, base, memberCookie, staffCookie, mix, seconds, conns, withAttacks, serverPid, totals, baseline }) {
  const rssBefore = rssBytes(serverPid);
  const attacks = withAttacks ? startAttacks(base, attackRate) : null;
  const load = await runLoad({ root, base, cookie: memberCookie, mix, duration: seconds, connections: conns });
  const attackStats = attacks ? await attacks.stop() : null;
  await sleep(SETTLE_MS);
  const rssAfter = rssBytes(serverPid);
  for (const [id, kind] of load.acknowledged) totals.written.set(id, kind);
  totals.unanswered += load.unansweredWrites;
  let verify;
  let extras = null;
  try {
    verify = await findMissing(base, staffCookie, load.acknowledged);
    // Records created beyond the seed's queue and every acknowledged write so far: only
    // writes whose response never came (in flight when a run stopped) may explain them.
    const pending = await pendingCounts(base, staffCookie);
    const ackedByKind = {};
    for (const kind of totals.written.values()) ackedByKind[kind] = (ackedByKind[kind] ?? 0) + 1;
    extras = Object.keys(ackedByKind).reduce((n, kind) => n + (pending[kind] - (baseline[kind] ?? 0) - ackedByKind[kind]), 0);
  } catch (error) {
    // Could not look the writes up (server down?): none counts as found.
    verify = { checked: load.acknowledged.size, found: 0, missing: [...load.acknowledged.keys()], error: String(error.message ?? error).slice(0, 300) };
  }
  const errorBodies = [...load.perOp.values()].reduce((n, s) => n + s.errorBodies, 0);
  return { label, connections: conns, ...load, errorBodies, attacks: attackStats, rssBefore, rssAfter, verify, extras, unansweredSoFar: totals.unanswered };
}

async function main() {
  // Fetch timeouts (AbortSignal.timeout) do not hold the event loop: without this, a
  // request left hanging by a dead server could end the process silently, with code 0.
  const keepAlive = setInterval(() => {}, 60_000);
  const started = Date.now();
  const loadBefore = loadLine();
  console.log(`Rizoma soak: ${runs} run(s) × ${duration} s, ${connections} connections, 80% reads / 20% writes` +
    (attackRun ? `; run ${attackRun} adds ${attackRate} attacks/s` : ''));
  console.log(`Load average before: ${loadBefore} (${os.cpus().length} cores); work folder ${work}`);
  console.log('Starting the server (builds first when the sources changed since the last build)…');

  const port = await freePort();
  server = await startServer({ root, port, dataDir, logFile, env: serverEnv });
  const { base } = server;
  console.log(`Server ready on ${base}; measuring RSS of ${describeProcess(server.pid)}`);

  const memberCookie = await signIn(base, MEMBER.email, MEMBER.password);
  const staffCookie = await signIn(base, STAFF.email, STAFF.password);
  const community = await discover(base, memberCookie);
  const mix = operationMix(community);
  const baseline = await pendingCounts(base, staffCookie);
  const totals = { written: new Map(), unanswered: 0 };
  const common = { base, memberCookie, staffCookie, mix, serverPid: server.pid, totals, baseline };

  const results = [];
  if (warmup > 0) {
    console.log(`Warm-up: ${warmup} s on ${Math.min(50, connections)} connections…`);
    results.push(await measuredRun({ ...common, label: 'warm-up', seconds: warmup, conns: Math.min(50, connections), withAttacks: false }));
  }
  for (let run = 1; run <= runs; run++) {
    const withAttacks = run === attackRun;
    console.log(`Run ${run}/${runs}: ${duration} s${withAttacks ? ' with attacks' : ''} (load average ${loadLine()}, ${elapsed(started)})…`);
    results.push(await measuredRun({ ...common, label: withAttacks ? `run ${run} +attacks` : `run ${run}`, seconds: duration, conns: connections, withAttacks }));
  }
  const loadAfter = loadLine();
  const crashed = server.child.exitCode !== null || server.child.signalCode !== null;

  console.log('Restarting the server on the same data folder to look every acknowledged write up again…');
  const stopped = await stopServer(server);
  server = null;
  let durable;
  try {
    server = await startServer({ root, port, dataDir, logFile, env: serverEnv, readyTimeoutMs: 120_000 });
    durable = await findMissing(server.base, await signIn(server.base, STAFF.email, STAFF.password), totals.written);
  } catch (error) {
    durable = { checked: totals.written.size, found: 0, missing: [...totals.written.keys()], error: String(error.message ?? error).slice(0, 300) };
  }
  await shutDown();

  const measured = results.filter((r) => r.label !== 'warm-up');
  // A run that got no response has no p99 to compare with.
  const plain = measured.filter((r) => !r.attacks && r.result.requests.total > 0);
  const attacked = measured.find((r) => r.attacks);

  console.log('\n=== Rizoma soak report ===');
  console.log(`Node ${process.version}, ${os.cpus().length} cores; load average before ${loadBefore} → after the runs ${loadAfter}; ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
  console.log('Rate limits off (RIZOMA_RATE_LIMIT_ANONYMOUS=0, RIZOMA_RATE_LIMIT_MEMBER=0): this measures capacity.');
  if (attackRun) console.log(`#68: run ${attackRun} adds ${attackRate} attacks/s (anonymous); its p99 is compared with the mean p99 of the runs without.`);
  console.log('');
  console.log(runTable(results));
  console.log(`\nPer operation (measured runs):\n${operationTable(measured, mix)}`);

  const samples = new Map();
  for (const r of results) for (const [key, n] of r.errorSamples) samples.set(key, (samples.get(key) ?? 0) + n);
  if (samples.size > 0) {
    console.log('\nGraphQL error bodies (operation, status, first error), most frequent first:');
    for (const [key, n] of [...samples].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${n} × ${key}`);
  }
  for (const r of measured.filter((x) => x.attacks && Object.keys(x.attacks.other).length > 0)) {
    console.log(`\nAttacks not refused with 400 in ${r.label}:`);
    for (const [key, n] of Object.entries(r.attacks.other)) console.log(`  ${n} × ${key}`);
  }

  const verdicts = [];
  const check = (id, text, pass) => verdicts.push({ id, text, pass });
  for (const r of measured) {
    check('#66', `${r.label}: non-2xx = ${r.result.non2xx} (0)`, r.result.non2xx === 0);
    check('#66', `${r.label}: GraphQL error bodies = ${r.errorBodies} (0)`, r.errorBodies === 0);
    check('#66', `${r.label}: timeouts = ${r.result.timeouts}, connection errors = ${r.result.errors - r.result.timeouts} (0)`, r.result.errors === 0);
    const lostText = r.verify.error ? `not looked up (${r.verify.error.slice(0, 60)}); see the check after the restart` : `${r.verify.missing.length} of ${r.acknowledged.size}`;
    check('#66', `${r.label}: writes lost = ${lostText} (0)`, !r.verify.error && r.verify.missing.length === 0 && r.acknowledged.size > 0);
    const answered = r.result.requests.total > 0;
    check('#66', `${r.label}: p99 = ${answered ? ms(r.result.latency.p99) : 'n/a (no response)'} (< ${P99_LIMIT_MS} ms)`, answered && r.result.latency.p99 < P99_LIMIT_MS);
  }
  for (const r of measured.filter((x) => x.verify.error)) console.log(`\nCould not look up the writes of ${r.label}: ${r.verify.error}`);
  const last = results[results.length - 1];
  check('#66', `the server stayed up through the runs`, !crashed);
  check(
    '#66',
    `records created without an acknowledgement = ${last.extras}, at most the ${last.unansweredSoFar} writes whose response never came (in flight when a run stopped)`,
    last.extras !== null && last.extras >= 0 && last.extras <= last.unansweredSoFar,
  );
  if (durable.error) console.log(`\nCould not look the writes up after the restart: ${durable.error}`);
  check('#66', `after a restart: writes lost = ${durable.missing.length} of ${durable.checked} (0); the first server ${crashed ? 'had crashed' : stopped.forced ? 'stopped only when killed' : `stopped by SIGTERM (exit ${stopped.code ?? stopped.signal})`}`, durable.missing.length === 0);
  if (measured.length >= 3) {
    const [first, final] = [measured[0], measured[measured.length - 1]];
    const known = first.rssAfter !== null && final.rssAfter !== null;
    const growth = known ? final.rssAfter - first.rssAfter : null;
    check('#67', `RSS after ${final.label} − after ${first.label} = ${known ? mb(growth) : 'n/a (the server was gone)'} (< ${mb(RSS_GROWTH_LIMIT)})`, known && growth < RSS_GROWTH_LIMIT);
  } else {
    check('#67', 'RSS growth: not measured (needs --runs 3)', null);
  }
  if (attacked && plain.length === 0) {
    check('#68', 'attack under load: no run without attacks got a response to compare with', false);
  } else if (attacked) {
    const a = attacked.attacks;
    check('#68', `attacks refused with 400: ${a.rejected400} of ${a.sent} (all)`, a.sent > 0 && a.rejected400 === a.sent);
    const base99 = plain.reduce((n, r) => n + r.result.latency.p99, 0) / plain.length;
    const change = attacked.result.latency.p99 / base99 - 1;
    check(
      '#68',
      `p99 with attacks ${ms(attacked.result.latency.p99)} vs ${ms(base99)} without (mean of ${plain.map((r) => r.label).join(', ')}): ${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)}% (< +${ATTACK_P99_DEGRADATION * 100}%)`,
      change < ATTACK_P99_DEGRADATION,
    );
  } else {
    check('#68', 'attack under load: not measured (needs --runs 2 or more, without --no-attack)', null);
  }

  console.log('\nVerdicts:');
  for (const v of verdicts) console.log(`  ${v.pass === null ? 'SKIP' : v.pass ? 'PASS' : 'FAIL'}  ${v.id}  ${v.text}`);
  const failed = verdicts.filter((v) => v.pass === false).length;
  console.log(failed === 0 ? '\nSoak passed.' : `\nSoak FAILED: ${failed} threshold(s).`);
  if (opts.keep || failed > 0) console.log(`Server log and data folder kept in ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
  clearInterval(keepAlive);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    console.error(`\nThe soak could not run: ${error.stack ?? error}`);
    await shutDown().catch(() => {});
    console.error(`Server log and data folder kept in ${work}`);
    process.exit(2);
  },
);
