import { createHash } from 'node:crypto';
import type { GraphDump } from './format';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A digest of the graph's content, independent of order and of when it was exported:
 * two stores with the same nodes, properties and relationships have the same digest.
 */
export function graphDigest(dump: Pick<GraphDump, 'nodes' | 'relationships'>): string {
  const nodes = Object.fromEntries(
    Object.entries(dump.nodes).map(([label, rows]) => [label, rows.map(canonical).sort()]),
  );
  const relationships = Object.fromEntries(
    Object.entries(dump.relationships).map(([key, rows]) => [key, rows.map(canonical).sort()]),
  );
  return createHash('sha256').update(canonical({ nodes, relationships })).digest('hex');
}
