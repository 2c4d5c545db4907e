/** The soak's printed report: plain-text tables and one verdict line per threshold. */
import { percentile } from './load.mjs';

const mb = (bytes) => (bytes === null || bytes === undefined ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const ms = (value) => (value === null || value === undefined ? 'n/a' : `${Math.round(value)} ms`);

/** Left column left-aligned, the others right-aligned, columns two spaces apart. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((row) => row.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  '))
    .join('\n');
}

/** The per-run table (warm-up first when there was one). */
export function runTable(runs) {
  const header = ['', ...runs.map((r) => r.label)];
  const row = (label, f) => [label, ...runs.map(f)];
  return table([
    header,
    row('duration', (r) => `${r.result.duration.toFixed(0)} s`),
    row('connections', (r) => r.connections),
    row('requests', (r) => r.result.requests.total),
    row('req/s', (r) => (r.result.requests.total / r.result.duration).toFixed(0)),
    row('latency p50', (r) => ms(r.result.latency.p50)),
    row('latency p90', (r) => ms(r.result.latency.p90)),
    row('latency p99', (r) => ms(r.result.latency.p99)),
    row('latency max', (r) => ms(r.result.latency.max)),
    row('non-2xx', (r) => r.result.non2xx),
    row('GraphQL error bodies', (r) => r.errorBodies),
    row('timeouts', (r) => r.result.timeouts),
    row('connection errors', (r) => r.result.errors - r.result.timeouts),
    row('writes acknowledged', (r) => r.acknowledged.size),
    row('writes found', (r) => r.verify.found),
    row('writes lost', (r) => r.verify.missing.length),
    row('writes unanswered', (r) => r.unansweredWrites),
    row('created, unacknowledged', (r) => r.extras ?? 'n/a'),
    row('server RSS before', (r) => mb(r.rssBefore)),
    row('server RSS after', (r) => mb(r.rssAfter)),
    row('attacks sent', (r) => (r.attacks ? r.attacks.sent : '-')),
    row('attacks refused 400', (r) => (r.attacks ? r.attacks.rejected400 : '-')),
    row('attack latency p99', (r) => (r.attacks ? ms(r.attacks.p99) : '-')),
  ]);
}

/** Figures per operation over the measured runs. */
export function operationTable(runs, mix) {
  const rows = [['operation', 'share', 'requests', 'p50', 'p99', 'non-2xx', 'error bodies']];
  const total = mix.reduce((n, op) => n + op.weight, 0);
  for (const op of mix) {
    const stats = runs.map((r) => r.perOp.get(op.name));
    const latencies = stats.flatMap((s) => s.latencies);
    rows.push([
      `${op.name}${op.write ? ' (write)' : ''}`,
      `${Math.round((op.weight / total) * 100)}%`,
      stats.reduce((n, s) => n + s.count, 0),
      ms(percentile(latencies, 50)),
      ms(percentile(latencies, 99)),
      stats.reduce((n, s) => n + s.non2xx, 0),
      stats.reduce((n, s) => n + s.errorBodies, 0),
    ]);
  }
  return table(rows);
}

export { mb, ms };
