import type { GraphNode, GraphRelationship, Value } from './types';

/**
 * Typed readers for node properties, so mappers from GraphNode to domain records stay
 * short and never cast. A wrong type is a bug in a query or the data, reported loudly.
 */

function fail(key: string, expected: string, value: Value | undefined): never {
  throw new TypeError(`Property "${key}" should be ${expected}, got ${JSON.stringify(value)}`);
}

export function text(node: GraphNode, key: string): string {
  const v = node.properties[key];
  return typeof v === 'string' ? v : fail(key, 'a string', v);
}

export function textOrNull(node: GraphNode, key: string): string | null {
  const v = node.properties[key];
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? v : fail(key, 'a string or null', v);
}

export function numberOrNull(node: GraphNode, key: string): number | null {
  const v = node.properties[key];
  if (v === null || v === undefined) return null;
  return typeof v === 'number' ? v : fail(key, 'a number or null', v);
}

export function numberOr(node: GraphNode, key: string, fallback: number): number {
  return numberOrNull(node, key) ?? fallback;
}

export function boolOr(node: GraphNode, key: string, fallback: boolean): boolean {
  const v = node.properties[key];
  if (v === null || v === undefined) return fallback;
  return typeof v === 'boolean' ? v : fail(key, 'a boolean', v);
}

export function textList(node: GraphNode, key: string): string[] {
  const v = node.properties[key];
  if (v === null || v === undefined) return [];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  return fail(key, 'a list of strings', v);
}

/** A DATE property as `YYYY-MM-DD`. */
export function dateOrNull(node: GraphNode, key: string): string | null {
  return toDateString(node.properties[key] ?? null);
}

/** A TIMESTAMP property as an ISO-8601 UTC string. */
export function timestampOrNull(node: GraphNode, key: string): string | null {
  const v = node.properties[key];
  if (v === null || v === undefined) return null;
  return v instanceof Date ? v.toISOString() : fail(key, 'a timestamp', v);
}

/** A date value (from a relationship column, say) as `YYYY-MM-DD`. */
export function toDateString(v: Value): string | null {
  if (v === null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return fail('date', 'a date', v);
}

/** Narrows a row value to a GraphNode. */
export function asNode(v: Value | undefined): GraphNode {
  if (v && typeof v === 'object' && 'kind' in v && v.kind === 'node') return v as GraphNode;
  return fail('node', 'a node', v);
}

/** Narrows a row value to a GraphRelationship. */
export function asRelationship(v: Value | undefined): GraphRelationship {
  if (v && typeof v === 'object' && 'kind' in v && v.kind === 'relationship') return v as GraphRelationship;
  return fail('relationship', 'a relationship', v);
}
