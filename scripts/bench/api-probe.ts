/**
 * Probe (not a test, not the benchmark): runs each operation of the soak's mix through the
 * GraphQL schema in-process as the demo member, sequentially, and reports per operation the
 * store statements it sent (count and time), so the cost of a request can be read statement
 * by statement. Writes are left out unless --writes.
 *   npx tsx scripts/bench/api-probe.ts DATA_DIR [runs] [--writes]
 */
import { execute, parse } from 'graphql';
import { createContext } from '@/graphql/context';
import { getSchema } from '@/graphql/schema';
import { findAccountByEmail, viewerOf } from '@/lib/auth/accounts';
import { prepareStore } from '@/lib/bootstrap';
import type { CypherQuery } from '@/lib/graph/query';
import type { GraphStore, QueryRunner } from '@/lib/graph/store';
import type { Params, Row } from '@/lib/graph/types';
// @ts-expect-error plain .mjs without types
import { operationMix } from '../soak/operations.mjs';

type Op = { name: string; query: string; write?: string; variables: () => Record<string, unknown> };

async function main() {
  const [dir, runsText = '30'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const withWrites = process.argv.includes('--writes');
  const runs = Number(runsText);
  const { store } = await prepareStore({ ...process.env, RIZOMA_DATA_DIR: dir, RIZOMA_SEED_ON_START: 'true' });
  const account = await findAccountByEmail(store, 'membro@rizoma.example');
  const viewer = account ? viewerOf(account) : null;
  const statements = new Map<string, { n: number; ms: number }>();
  const note = (name: string, t: number) => {
    const s = statements.get(name) ?? { n: 0, ms: 0 };
    s.n += 1;
    s.ms += performance.now() - t;
    statements.set(name, s);
  };
  const wrap = (tx: QueryRunner): QueryRunner => ({
    run: async <R extends Row>(q: CypherQuery<R>, p?: Params) => {
      const t = performance.now();
      try {
        return await tx.run(q, p);
      } finally {
        note(q.name, t);
      }
    },
  });
  const probe: GraphStore = Object.create(store);
  probe.read = (work) => store.read((tx) => work(wrap(tx)));
  probe.write = (work) => store.write((tx) => work(wrap(tx)));
  probe.query = async (q, p) => {
    const t = performance.now();
    try {
      return await store.query(q, p);
    } finally {
      note(`${q.name} (query)`, t);
    }
  };
  const community = await communityOf(probe);
  const mix = (operationMix(community) as Op[]).filter((op) => withWrites || !op.write);
  for (const op of mix) {
    statements.clear();
    const document = parse(op.query);
    const totals: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const result = await execute({ schema: getSchema(), document, variableValues: op.variables(), contextValue: createContext(probe, viewer) });
      if (result.errors) throw result.errors[0];
      totals.push(performance.now() - t);
    }
    totals.sort((a, b) => a - b);
    const n = [...statements.values()].reduce((a, s) => a + s.n, 0);
    console.log(`\n${op.name}: median ${(totals[Math.floor(runs / 2)] ?? 0).toFixed(1)} ms, ${(n / runs).toFixed(1)} statements per request`);
    for (const [name, s] of [...statements].sort((a, b) => b[1].ms - a[1].ms)) {
      console.log(`  ${name.padEnd(48)} ${(s.n / runs).toFixed(1).padStart(5)}/req ${(s.ms / s.n).toFixed(2).padStart(7)} ms each ${(s.ms / runs).toFixed(1).padStart(6)} ms/req`);
    }
  }
  await store.close();
}

/** What the soak's variables are drawn from, read straight from the store's API. */
async function communityOf(store: GraphStore) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a probe reading its own query's shape
  const run = async (query: string): Promise<any> => {
    const r = await execute({ schema: getSchema(), document: parse(query), contextValue: createContext(store, null) });
    if (r.errors) throw r.errors[0];
    return r.data;
  };
  type Edges<T> = { edges: { node: T }[] };
  const people = ((await run('{ people(first: 100) { edges { node { slug name skills { skill { slug } } } } } }')).people as Edges<{ slug: string; name: string; skills: { skill: { slug: string } }[] }>).edges.map((e) => e.node);
  const organizations = ((await run('{ organizations(first: 100) { edges { node { slug } } } }')).organizations as Edges<{ slug: string }>).edges.map((e) => e.node.slug);
  const skills = ((await run('{ skills(first: 100) { edges { node { slug name } } } }')).skills as Edges<{ slug: string; name: string }>).edges.map((e) => e.node);
  const sectors = ((await run('{ sectors { id } }')).sectors as { id: string }[]).map((s) => s.id);
  return {
    personSlugs: people.map((p) => p.slug),
    skillPairs: people.filter((p) => p.skills.length >= 2).map((p) => p.skills.slice(0, 2).map((s) => s.skill.slug)),
    organizationSlugs: organizations,
    sectorIds: sectors,
    words: [...people.flatMap((p) => p.name.split(' ')), ...skills.map((s) => s.name.split(' ')[0] ?? '')].filter((w) => w.length >= 3),
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
