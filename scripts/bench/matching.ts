/**
 * Benchmark, not a test: find collaborators and "how are we connected" on a synthetic
 * community, as a raw service call and over HTTP, in one run.
 *
 *   npx tsx scripts/bench/matching.ts --people 10000
 *   npx tsx scripts/bench/matching.ts --people 100000 [--runs 300] [--warmup 30] [--seed 42] [--data-dir DIR]
 *
 * Without --data-dir it generates and loads the community into a temporary folder in a
 * child process (scripts/generate-community.ts, COPY), so the load's memory does not
 * count in this process's RSS, and removes the folder at the end. With --data-dir it
 * reuses a folder loaded by that script (or loads it there first and keeps it).
 *
 * Then it opens the store as the app does (default buffer pool and read connections),
 * starts Apollo Server on 127.0.0.1 with the app's configuration (graphql/server.ts
 * createApolloServer, the same schema and context) and measures, after a warm-up, each
 * case over the same seeded inputs: findCollaborators for 1, 2 and 3 skills (ALL, skills
 * from popularity ranks 5–60: popular but not the top few) and the shortest path between
 * two random people (≤ 6 hops), each as the service call and as an HTTP POST; the API
 * floor (`{ __typename }` over HTTP) as a baseline. Prints p50/p95/p99 in ms, the
 * HTTP/raw ratio at p50 and RSS. Sequential requests; machines vary ~15 % between runs,
 * so compare ratios measured in one run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createContext } from '@/graphql/context';
import { createApolloServer } from '@/graphql/server';
import { openKuzuStore } from '@/lib/graph/kuzu';
import { skillIndexFor } from '@/lib/matching/skill-index';
import { findCollaborators } from '@/lib/matching/find-collaborators';
import { shortestPath } from '@/lib/matching/path';
import { readManifest, type SyntheticManifest } from '@/lib/synthetic/manifest';
import { pick, stream, type Random } from '@/lib/synthetic/random';

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback;
}

const PEOPLE = Number(argument('--people', '10000'));
const SEED = Number(argument('--seed', '42'));
const RUNS = Math.max(200, Number(argument('--runs', '300')));
/** Untimed runs before each measure (fewer makes the 100k run shorter; the timed runs stay ≥ 200). */
const WARMUP = Math.max(0, Number(argument('--warmup', '30')));
const GIVEN_DIR = process.argv.includes('--data-dir') ? path.resolve(argument('--data-dir', '')) : null;
/** Popularity ranks the searched skills come from: popular, but not the handful held by a third of everyone. */
const RANKS = [5, 60] as const;

/**
 * What a results page shows, within the API's cost limit (graphql/limits.ts, 5,000: this
 * one is about 3,900): the person and the names of the skills that matched, which costs
 * the same loader statements as asking for more fields of them.
 */
const FIND = /* GraphQL */ `
  query Bench($search: CollaboratorSearch!) {
    findCollaborators(search: $search, first: 20) {
      totalCount
      matches {
        score
        person { id slug name headline availability }
        matchedSkills { level skill { name } }
        partialMatches { relation via { name } }
      }
    }
  }
`;
const CONNECTED = /* GraphQL */ `
  query BenchPath($from: ID!, $to: ID!) {
    howConnected(from: $from, to: $to, maxHops: 6) { hops steps { __typename id slug name } }
  }
`;
const FLOOR = '{ __typename }';

// ── the store ───────────────────────────────────────────────────────────────

/** Generates and loads the community in a child process unless `dataDir` already holds one. */
function ensureCommunity(dataDir: string): SyntheticManifest {
  const existing = readManifest(dataDir);
  if (existing) {
    console.log(`Reusing ${dataDir}: ${existing.people} people, seed ${existing.seed}`);
    return existing;
  }
  const child = spawnSync(
    process.execPath,
    [require.resolve('tsx/cli'), 'scripts/generate-community.ts', '--people', String(PEOPLE), '--seed', String(SEED), '--data-dir', dataDir],
    { stdio: 'inherit', cwd: process.cwd(), timeout: 15 * 60_000 },
  );
  const manifest = readManifest(dataDir);
  if (child.status !== 0 || !manifest) throw new Error(`Generating the community failed (exit ${child.status})`);
  return manifest;
}

// ── measuring ───────────────────────────────────────────────────────────────

interface Stats {
  p50: number;
  p95: number;
  p99: number;
}

function percentiles(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Runs `work` over `inputs` (warm-up first, untimed), one at a time; returns the timed samples in ms. */
async function measure<I>(label: string, inputs: readonly I[], work: (input: I) => Promise<unknown>): Promise<number[]> {
  const began = performance.now();
  for (let i = 0; i < WARMUP; i++) await work(inputs[i % inputs.length]!);
  const samples: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    await work(input);
    samples.push(performance.now() - started);
  }
  console.error(`  ${label}: ${((performance.now() - began) / 1000).toFixed(1)} s`);
  return samples;
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLBody> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLBody;
  if (!res.ok || body.errors?.length) throw new Error(`HTTP ${res.status}: ${body.errors?.[0]?.message ?? 'no data'}`);
  return body;
}

/** `count` searches of `k` distinct skills from the popularity window, seeded. */
function skillSets(manifest: SyntheticManifest, k: number, count: number, random: Random): string[][] {
  const window = manifest.skillsByHolders.slice(RANKS[0], RANKS[1]);
  return Array.from({ length: count }, () => {
    const set = new Set<string>();
    while (set.size < k) set.add(pick(random, window));
    return [...set];
  });
}

function personPairs(manifest: SyntheticManifest, count: number, random: Random): [string, string][] {
  return Array.from({ length: count }, () => {
    const from = pick(random, manifest.samplePeople);
    let to = pick(random, manifest.samplePeople);
    while (to === from) to = pick(random, manifest.samplePeople);
    return [from, to];
  });
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const mb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

// ── main ────────────────────────────────────────────────────────────────────

async function main() {
  const dataDir = GIVEN_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-bench-'));
  try {
    const manifest = ensureCommunity(dataDir);
    const store = openKuzuStore({ dataDir });
    const rssOpen = mb();
    // The search's in-memory skill index is built on first use; built here, its cost is reported apart.
    const indexStarted = performance.now();
    await skillIndexFor(store);
    const indexMs = performance.now() - indexStarted;
    const rssIndex = mb();
    const server = createApolloServer();
    const { url } = await startStandaloneServer(server, {
      listen: { host: '127.0.0.1', port: 0 },
      context: async () => createContext(store, null),
    });
    try {
      const random = stream(SEED, 'bench');
      console.log(
        `\nRizoma matching benchmark: ${manifest.people} people (seed ${manifest.seed}), ${manifest.nodes} nodes, ` +
          `${manifest.relationships} relationships; ${RUNS} timed runs per case after ${WARMUP} warm-up; ms`,
      );
      console.log(`Load average at the start: ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`);
      console.log('| case | raw p50 / p95 / p99 | HTTP p50 / p95 / p99 | HTTP/raw p50 | HTTP/floor p50 | |');
      console.log('|---|---|---|---|---|---|');
      const floor = percentiles(await measure('API floor', Array.from({ length: RUNS }, () => null), () => post(url, FLOOR)));
      /** Prints one row of the table as soon as it is measured, so a crash later keeps it. */
      const row = (name: string, raw: Stats | null, http: Stats, note: string) => {
        const rawText = raw ? `${ms(raw.p50)} / ${ms(raw.p95)} / ${ms(raw.p99)}` : '–';
        const ratio = raw ? (http.p50 / raw.p50).toFixed(2) : '–';
        console.log(
          `| ${name} | ${rawText} | ${ms(http.p50)} / ${ms(http.p95)} / ${ms(http.p99)} | ${ratio} | ${(http.p50 / floor.p50).toFixed(1)} | ${note} |`,
        );
      };
      row('API floor { __typename }', null, floor, '');

      for (const k of [1, 2, 3]) {
        const inputs = skillSets(manifest, k, RUNS, random);
        const totals: number[] = [];
        const raw = await measure(`${k} skills, raw`, inputs, async (skills) => {
          totals.push((await findCollaborators(store, { skills, mode: 'ALL', first: 20 }, null)).totalCount);
        });
        const http = await measure(`${k} skills, HTTP`, inputs, (skills) => post(url, FIND, { search: { skills, mode: 'ALL' } }));
        const sorted = totals.slice(WARMUP).sort((a, b) => a - b);
        row(`findCollaborators, ${k} skill${k > 1 ? 's' : ''}`, percentiles(raw), percentiles(http), `median ${sorted[Math.floor(sorted.length / 2)] ?? 0} matches`);
      }

      const pairs = personPairs(manifest, RUNS, random);
      const hops: number[] = [];
      const raw = await measure('path, raw', pairs, async ([from, to]) => {
        const ids = await shortestPath(store, from, to, 6);
        hops.push(ids ? ids.length - 1 : -1);
      });
      const http = await measure('path, HTTP', pairs, ([from, to]) => post(url, CONNECTED, { from, to }));
      const found = hops.slice(WARMUP).filter((h) => h >= 0);
      const medianHops = [...found].sort((a, b) => a - b)[Math.floor(found.length / 2)] ?? '-';
      row('howConnected, ≤ 6 hops', percentiles(raw), percentiles(http), `${found.length}/${hops.length - WARMUP} connected, median ${medianHops} hops`);

      console.log(`Load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min) on ${os.cpus().length} cores`);
      console.log(
        `RSS: ${rssOpen} MB with the store open, ${rssIndex} MB with the skill index (built in ${(indexMs / 1000).toFixed(1)} s), ` +
          `${mb()} MB after the runs (Node ${process.version}, ${os.cpus().length} cores)`,
      );
      const load = manifest.loadMs;
      console.log(
        `Load (from ${path.join(dataDir, 'synthetic.json')}): generate ${((load.generate ?? 0) / 1000).toFixed(1)} s, CSV ${((load.csv ?? 0) / 1000).toFixed(1)} s, ` +
          `COPY ${((load.copy ?? 0) / 1000).toFixed(1)} s, full-text indexes ${((load.fulltext ?? 0) / 1000).toFixed(1)} s`,
      );
    } finally {
      await server.stop();
      await store.close();
    }
  } finally {
    if (!GIVEN_DIR) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
