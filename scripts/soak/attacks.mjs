/**
 * Checklist #68's hostile traffic: 10 requests a second, in turn a 12-level query, 16
 * aliases, 101 `__typename` aliases, a literal cost bomb and a variables cost bomb, sent
 * anonymously beside the soak. Each must be refused by the GraphQL limits with HTTP 400.
 * (The payloads are those of tests/integration/graphql-limits.test.ts.)
 */
import { postGraphQL } from './http.mjs';
import { percentile } from './load.mjs';

function nested(levels) {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = i % 2 === 0 ? `skills { skill { ${inner} } }` : `people { person { ${inner} } }`;
  return `{ person(slug: "x") { ${inner} } }`;
}

export const ATTACKS = [
  { name: 'depth 12', query: nested(6) },
  { name: '16 aliases', query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: stats { people }`).join(' ')} }` },
  { name: '101 __typename aliases', query: `{ ${Array.from({ length: 101 }, (_, i) => `t${i}: __typename`).join(' ')} }` },
  {
    name: 'cost (literal)',
    query: '{ people(first: 100) { edges { node { organizations { organization { members { person { organizations { organization { name } } } } } } } } } }',
  },
  { name: 'cost (variables)', query: 'query($n: Int) { people(first: $n) { edges { node { name } } } }', variables: { n: 99_999_999 } },
];

/** Starts the attacks at `perSecond`; `stop()` ends them and resolves with what they got. */
export function startAttacks(base, perSecond = 10) {
  const stats = { sent: 0, rejected400: 0, other: {}, latencies: [], byAttack: Object.fromEntries(ATTACKS.map((a) => [a.name, 0])) };
  const inflight = new Set();
  let turn = 0;
  const timer = setInterval(() => {
    const attack = ATTACKS[turn++ % ATTACKS.length];
    stats.sent += 1;
    const started = performance.now();
    const call = postGraphQL(base, { query: attack.query, variables: attack.variables }, 10_000)
      .then((res) => {
        stats.latencies.push(performance.now() - started);
        if (res.status === 400 && res.body?.errors?.length > 0 && !res.body.data) {
          stats.rejected400 += 1;
          stats.byAttack[attack.name] += 1;
        } else {
          const key = `${attack.name}: HTTP ${res.status} ${res.text.slice(0, 100)}`;
          stats.other[key] = (stats.other[key] ?? 0) + 1;
        }
      })
      .catch((error) => {
        const key = `${attack.name}: ${error.name}`;
        stats.other[key] = (stats.other[key] ?? 0) + 1;
      })
      .finally(() => inflight.delete(call));
    inflight.add(call);
  }, 1000 / perSecond);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all([...inflight]);
      return { ...stats, p99: percentile(stats.latencies, 99) };
    },
  };
}
