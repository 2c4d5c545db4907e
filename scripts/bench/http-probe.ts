/**
 * Probe (not a test, not the benchmark): runs the benchmark's findCollaborators operation
 * through the GraphQL schema in-process, 40 times, and times every store statement it
 * sends, loaders included, so the cost the API adds over the raw search can be read
 * statement by statement.
 *   npx tsx scripts/bench/http-probe.ts DATA_DIR [k]
 */
import { execute, parse } from 'graphql';
import { createContext } from '@/graphql/context';
import { getSchema } from '@/graphql/schema';
import { openKuzuStore } from '@/lib/graph/kuzu';
import type { CypherQuery } from '@/lib/graph/query';
import type { QueryRunner } from '@/lib/graph/store';
import type { Params, Row } from '@/lib/graph/types';
import { skillIndexFor } from '@/lib/matching/skill-index';
import { readManifest } from '@/lib/synthetic/manifest';
import { pick, stream } from '@/lib/synthetic/random';

const FIND = `query Bench($search: CollaboratorSearch!) { findCollaborators(search: $search, first: 20) { totalCount matches { score person { id slug name headline availability } matchedSkills { level skill { name } } partialMatches { relation via { name } } } } }`;
async function main() {
  const dir = process.argv[2] ?? '';
  const K = Number(process.argv[3] ?? 2);
  const manifest = readManifest(dir)!;
  const store = openKuzuStore({ dataDir: dir });
  await skillIndexFor(store);
  const times = new Map<string, number[]>();
  const note = (name: string, t: number) => times.set(name, [...(times.get(name) ?? []), performance.now() - t]);
  const wrap = (tx: QueryRunner): QueryRunner => ({
    run: async <R extends Row>(q: CypherQuery<R>, p?: Params) => {
      const t = performance.now();
      const rows = await tx.run(q, p);
      note(q.name, t);
      return rows;
    },
  });
  const read = store.read.bind(store);
  store.read = <T>(work: (tx: QueryRunner) => Promise<T>) => read((tx) => work(wrap(tx)));
  const query = store.query.bind(store);
  store.query = async <R extends Row>(q: CypherQuery<R>, p?: Params) => {
    const t = performance.now();
    const rows = await query(q, p);
    note(q.name + ' (query)', t);
    return rows;
  };
  const random = stream(42, 'bench');
  const window = manifest.skillsByHolders.slice(5, 60);
  const totals: number[] = [];
  for (let i = 0; i < 40; i++) {
    const set = new Set<string>();
    while (set.size < K) set.add(pick(random, window));
    const t = performance.now();
    const r = await execute({ schema: getSchema(), document: parse(FIND), variableValues: { search: { skills: [...set], mode: 'ALL' } }, contextValue: createContext(store, null) });
    if (r.errors) throw r.errors[0];
    totals.push(performance.now() - t);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  console.log('total median', med(totals).toFixed(1));
  for (const [name, xs] of times) console.log(name.padEnd(50), 'n/req', (xs.length / 40).toFixed(1), 'median', med(xs).toFixed(1), 'sum/req', (xs.reduce((a, b) => a + b, 0) / 40).toFixed(1));
  await store.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
