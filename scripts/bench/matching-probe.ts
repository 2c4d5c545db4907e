/**
 * Scratch probe (not a test, not the benchmark): times findCollaborators statement by
 * statement on a loaded synthetic community, for the searches the benchmark makes.
 *   npx tsx scripts/bench/matching-probe.ts DATA_DIR [k] [count]
 */
import { openKuzuStore } from '@/lib/graph/kuzu';
import type { CypherQuery } from '@/lib/graph/query';
import type { QueryRunner } from '@/lib/graph/store';
import type { Params, Row } from '@/lib/graph/types';
import { findCollaborators } from '@/lib/matching/find-collaborators';
import { readManifest } from '@/lib/synthetic/manifest';
import { pick, stream } from '@/lib/synthetic/random';

const dir = process.argv[2] ?? '';
const K = Number(process.argv[3] ?? 2);
const COUNT = Number(process.argv[4] ?? 30);

async function main() {
  const manifest = readManifest(dir);
  if (!manifest) throw new Error(`No synthetic community in ${dir}`);
  const store = openKuzuStore({ dataDir: dir });
  const times = new Map<string, number[]>();
  // Wrap the store's read so every statement is timed by name.
  const read = store.read.bind(store);
  store.read = <T>(work: (tx: QueryRunner) => Promise<T>) =>
    read((tx) =>
      work({
        run: async <R extends Row>(q: CypherQuery<R>, p?: Params) => {
          const t = performance.now();
          const rows = await tx.run(q, p);
          const list = times.get(q.name) ?? [];
          list.push(performance.now() - t);
          times.set(q.name, list);
          return rows;
        },
      } as QueryRunner),
    );
  const random = stream(manifest.seed, 'probe');
  const window = manifest.skillsByHolders.slice(5, 60);
  const totals: number[] = [];
  for (let i = 0; i < COUNT; i++) {
    const set = new Set<string>();
    while (set.size < K) set.add(pick(random, window));
    const t = performance.now();
    const r = await findCollaborators(store, { skills: [...set], mode: 'ALL', first: 20 }, null);
    totals.push(performance.now() - t);
    if (i === 0) console.log('first result', r.totalCount, r.matches.slice(0, 3).map((m) => m.score));
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  console.log(`${manifest.people} people, ${K} skills, ${COUNT} searches: median total ${med(totals).toFixed(1)} ms`);
  for (const [name, xs] of times) console.log(`  ${name.padEnd(36)} ${String(xs.length).padStart(4)}× median ${med(xs).toFixed(1)} ms`);
  await store.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
