/**
 * One soak run: autocannon against /api/graphql with the member's session, each request
 * an operation drawn from the mix. Every response body is read: a body with `errors` is
 * a GraphQL error body (counted per operation, first messages kept), and a write's id is
 * recorded only when the response acknowledged it (200, data, no errors).
 * One request entry whose setupRequest draws the operation: autocannon builds it right
 * before sending, and with no pipelining a connection's context holds the operation
 * until its response arrives.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { drawer } from './operations.mjs';

/** Latency percentile (ms) of a list of numbers, by nearest rank. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Runs the load for `duration` seconds on `connections` connections. Resolves with
 * autocannon's result, per-operation figures and the acknowledged writes (id → kind).
 */
export async function runLoad({ root, base, cookie, mix, duration, connections, timeoutS = 10 }) {
  // autocannon is a CommonJS dev dependency: load it from the project being soaked.
  const autocannon = createRequire(path.join(root, 'package.json'))('autocannon');
  const draw = drawer(mix);
  const perOp = new Map(mix.map((op) => [op.name, { count: 0, non2xx: 0, errorBodies: 0, latencies: [], statuses: {} }]));
  const acknowledged = new Map();
  const errorSamples = new Map();
  // Writes sent whose response never came (in flight when the run stopped, or timed out):
  // they may have landed although nobody acknowledged them.
  const writes = { sent: 0, answered: 0 };
  const url = new URL(base);

  const request = {
    method: 'POST',
    path: '/api/graphql',
    setupRequest(req, context) {
      const op = draw();
      context.op = op;
      context.sentAt = performance.now();
      if (op.write) writes.sent += 1;
      return {
        ...req,
        method: 'POST',
        path: '/api/graphql',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: op.query, variables: op.variables() }),
      };
    },
    onResponse(status, body, context) {
      const op = context.op;
      if (!op) return;
      const stats = perOp.get(op.name);
      stats.count += 1;
      if (op.write) writes.answered += 1;
      stats.latencies.push(performance.now() - context.sentAt);
      stats.statuses[status] = (stats.statuses[status] ?? 0) + 1;
      if (status < 200 || status > 299) stats.non2xx += 1;
      let parsed = null;
      try {
        parsed = JSON.parse(body);
      } catch {
        // A body that is not JSON counts as an error body below.
      }
      if (!parsed || parsed.errors) {
        stats.errorBodies += 1;
        const first = parsed?.errors?.[0];
        const sample = first ? `${first.extensions?.code ?? '?'}: ${first.message}` : `non-JSON body: ${String(body).slice(0, 120)}`;
        const key = `${op.name} ${status} ${sample}`;
        errorSamples.set(key, (errorSamples.get(key) ?? 0) + 1);
        return;
      }
      if (op.write && status === 200) {
        const id = op.idOf(parsed.data);
        if (id) acknowledged.set(id, op.write);
      }
    },
  };

  const result = await new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url.origin}/api/graphql`,
        connections,
        duration,
        timeout: timeoutS,
        requests: [request],
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
  });
  return { result, perOp, acknowledged, errorSamples, unansweredWrites: writes.sent - writes.answered };
}
