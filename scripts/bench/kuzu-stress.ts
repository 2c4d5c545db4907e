/**
 * Reproduces the soak's native crash without Next.js: the soak's operation mix (80 % page
 * reads, 20 % member proposals, scripts/soak/operations.mjs) run in-process through the
 * real GraphQL schema against a freshly seeded temporary Kùzu store, with ~200 operations
 * in flight, for a fixed time. The load runs in a child process so a crash in native code
 * (abort 134, segfault 139, a signal) is observed and reported instead of killing the run.
 *
 *   npx tsx scripts/bench/kuzu-stress.ts [--duration 90] [--inflight 200] [--ops A,B] [--readers 2] [--attempts 1]
 *
 * --ops keeps only the named operations of the mix (bisection: e.g. SearchSuggest,ProposeProject);
 * --readers sets the read-pool size. Exit code: 0 when every attempt ran its full duration,
 * 1 when one crashed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '90' },
    inflight: { type: 'string', default: '200' },
    ops: { type: 'string', default: '' },
    readers: { type: 'string', default: '2' },
    attempts: { type: 'string', default: '1' },
    child: { type: 'boolean', default: false },
  },
});

const durationS = Number(opts.duration);
const inflight = Number(opts.inflight);
const readers = Number(opts.readers);

if (opts.child) {
  void child();
} else {
  void parent();
}

/** Runs the load `attempts` times in child processes and reports how each one ended. */
async function parent(): Promise<void> {
  const attempts = Number(opts.attempts);
  let crashes = 0;
  for (let i = 1; i <= attempts; i += 1) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-stress-'));
    const started = Date.now();
    const args = [...process.execArgv, process.argv[1] ?? '', ...process.argv.slice(2), '--child'];
    const outcome = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; tail: string }>((resolve) => {
      const proc = spawn(process.execPath, args, {
        env: { ...process.env, RIZOMA_DATA_DIR: dataDir, RIZOMA_SEED_ON_START: 'true', RIZOMA_LOG: process.env.RIZOMA_LOG ?? 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let tail = '';
      const keep = (chunk: Buffer) => {
        process.stdout.write(chunk);
        tail = (tail + chunk.toString()).slice(-2000);
      };
      proc.stdout.on('data', keep);
      proc.stderr.on('data', keep);
      proc.on('exit', (code, signal) => resolve({ code, signal, tail }));
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const crashed = outcome.code !== 0;
    if (crashed) crashes += 1;
    console.log(
      `[stress] attempt ${i}/${attempts}: ${crashed ? 'CRASHED' : 'survived'} after ${seconds} s (exit ${outcome.code}, signal ${outcome.signal})`,
    );
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`[stress] ${crashes}/${attempts} attempts crashed`);
  process.exit(crashes > 0 ? 1 : 0);
}

interface MixEntry {
  name: string;
  weight: number;
  query: string;
  variables: () => Record<string, unknown>;
}

/** The load itself: seed, discover the community as the soak does, then keep `inflight` operations running. */
async function child(): Promise<void> {
  const { openKuzuStore } = await import('@/lib/graph/kuzu');
  const { readyStore } = await import('@/lib/server/ready');
  const { runAs } = await import('../../tests/support/as-viewer');
  const { viewerOfEmail } = await import('../../tests/support/session');
  // @ts-expect-error: plain ES module without types, shared with the soak.
  const { operationMix, drawer } = (await import('../soak/operations.mjs')) as {
    operationMix(community: Record<string, unknown>): MixEntry[];
    drawer(mix: MixEntry[]): () => MixEntry;
  };

  // Same instance readyStore() then opens (the registry is per folder), with the pool size asked for.
  openKuzuStore({ dataDir: process.env.RIZOMA_DATA_DIR ?? '', readConnections: readers });
  const { store } = await readyStore();
  const member = await viewerOfEmail(store, 'membro@rizoma.example');

  const must = async <T>(query: string): Promise<T> => {
    const result = await runAs<T>(store, member, query);
    if (result.errors.length > 0 || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  type PeopleData = { people: { edges: { node: { slug: string; name: string; skills: { skill: { slug: string } }[] } }[] } };
  const people = await must<PeopleData>('{ people(first: 100) { edges { node { slug name skills { skill { slug } } } } } }');
  const orgs = await must<{ organizations: { edges: { node: { slug: string } }[] } }>('{ organizations(first: 100) { edges { node { slug } } } }');
  const skills = await must<{ skills: { edges: { node: { slug: string; name: string } }[] } }>('{ skills(first: 100) { edges { node { slug name } } } }');
  const sectors = await must<{ sectors: { id: string }[] }>('{ sectors { id } }');
  const persons = people.people.edges.map((e) => e.node);
  const community = {
    personSlugs: persons.map((p) => p.slug),
    skillPairs: persons.filter((p) => p.skills.length >= 2).map((p) => [p.skills[0]?.skill.slug, p.skills[1]?.skill.slug]),
    organizationSlugs: orgs.organizations.edges.map((e) => e.node.slug),
    sectorIds: sectors.sectors.map((s) => s.id),
    words: [...persons.flatMap((p) => p.name.split(' ')), ...skills.skills.edges.map((e) => e.node.name.split(' ')[0] ?? '')].filter((w) => w.length >= 3),
  };

  const only = opts.ops ? new Set(opts.ops.split(',')) : null;
  const mix = operationMix(community).filter((op) => !only || only.has(op.name));
  if (mix.length === 0) throw new Error(`no operation of the mix is named in --ops ${opts.ops}`);
  const draw = drawer(mix);

  const counts = new Map<string, { ok: number; failed: number }>();
  const errors = new Map<string, number>();
  const deadline = Date.now() + durationS * 1000;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (Date.now() < deadline) {
      const op = draw();
      const tally = counts.get(op.name) ?? { ok: 0, failed: 0 };
      counts.set(op.name, tally);
      const result = await runAs(store, member, op.query, op.variables());
      if (result.errors.length > 0) {
        tally.failed += 1;
        const code = `${op.name} ${String(result.errors[0]?.extensions?.code ?? result.errors[0]?.message)}`;
        errors.set(code, (errors.get(code) ?? 0) + 1);
      } else tally.ok += 1;
      done += 1;
    }
  };
  console.log(`[stress] pid ${process.pid}: ${mix.map((m) => m.name).join(',')}; ${inflight} in flight, ${readers} readers, ${durationS} s`);
  const ticker = setInterval(() => console.log(`[stress] ${done} operations`), 10_000);
  await Promise.all(Array.from({ length: inflight }, worker));
  clearInterval(ticker);
  const rate = (done / durationS).toFixed(0);
  console.log(`[stress] done: ${done} operations (${rate}/s)`, Object.fromEntries(counts), 'errors', Object.fromEntries(errors));
  await store.close();
  process.exit(0);
}
