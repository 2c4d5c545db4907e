/**
 * Conversions between the port's plain values (types.ts) and neo4j-driver's types. Only
 * the Neo4j adapter imports this file: Integers, temporals, nodes and paths of the
 * driver never travel above the GraphStore port.
 */
import {
  int,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
  isUUID,
  isVector,
  integer,
  type Integer,
} from 'neo4j-driver';
import type { GraphNode, GraphPath, GraphRelationship, ParamValue, Params, Row, Value } from './types';

/** int64 bounds as doubles: `int()` silently clamps numbers outside them. */
const INT64_LIMIT = 2 ** 63;

/** A parameter value as the driver wants it: integers as `Integer`, everything else unchanged. */
export type Neo4jParam =
  | null
  | boolean
  | number
  | string
  | Integer
  | readonly Neo4jParam[]
  | { readonly [key: string]: Neo4jParam };

/** Converts one parameter value; see `toNeo4jParams`. */
export function toNeo4jParam(value: ParamValue): Neo4jParam {
  if (typeof value === 'number') {
    // The driver sends every JS number as a Float, so `{level: 3}` would be stored as 3.0
    // and no longer equal an INT64 property; integral numbers become Integers instead.
    // Integers beyond int64 stay floats rather than being clamped to its bounds.
    if (Number.isInteger(value) && Math.abs(value) < INT64_LIMIT) return int(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((item: ParamValue) => toNeo4jParam(item));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, Neo4jParam> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toNeo4jParam(inner);
    return out;
  }
  return value;
}

/** Converts query parameters for the driver: integral numbers to Integer, recursively. */
export function toNeo4jParams(params: Params): Record<string, Neo4jParam> {
  const out: Record<string, Neo4jParam> = {};
  for (const [key, value] of Object.entries(params)) out[key] = toNeo4jParam(value);
  return out;
}

/** A temporal component: a JS number, or an Integer when the driver keeps integers lossless. */
function num(value: number | Integer): number {
  return integer.toNumber(value);
}

function properties(raw: unknown): Record<string, Value> {
  const out: Record<string, Value> = {};
  if (raw === null || typeof raw !== 'object') return out;
  for (const [key, value] of Object.entries(raw)) out[key] = fromNeo4j(value);
  return out;
}

function toNode(raw: { labels: readonly string[]; properties: unknown }): GraphNode {
  // Our nodes carry one label; `labels[0]` is the one the schema knows them by.
  return { kind: 'node', label: raw.labels[0] ?? '', properties: properties(raw.properties) };
}

function toRelationship(raw: { type: string; properties: unknown }): GraphRelationship {
  return { kind: 'relationship', type: raw.type, properties: properties(raw.properties) };
}

/**
 * Converts one value returned by the driver to a port value.
 *
 * Integers become JS numbers through `toNumber()`, also beyond 2^53 where precision is
 * lost: our INT64 properties (versions, counts, years) never get there, and a lossy
 * number is more useful above the port than an opaque driver object.
 */
export function fromNeo4j(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  // Only with the driver's `useBigInt` option, which we do not set; handled for safety.
  if (typeof value === 'bigint') return Number(value);
  if (isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map((item: unknown) => fromNeo4j(item));
  if (isNode(value)) return toNode(value);
  if (isRelationship(value) || isUnboundRelationship(value)) return toRelationship(value);
  if (isPath(value)) {
    // A path of n segments has n + 1 nodes: the start, then each segment's end.
    const path: GraphPath = {
      kind: 'path',
      nodes: [toNode(value.start), ...value.segments.map((segment) => toNode(segment.end))],
      relationships: value.segments.map((segment) => toRelationship(segment.relationship)),
    };
    return path;
  }
  if (isDateTime(value)) {
    // Bolt 5 always carries the offset; a zone id without one (older servers) cannot be
    // placed on the UTC timeline without a zone database, so it stays readable text.
    if (value.timeZoneOffsetSeconds === undefined || value.timeZoneOffsetSeconds === null) return value.toString();
    return value.toStandardDate();
  }
  if (isLocalDateTime(value)) {
    // Read as UTC, like every timestamp at the port: `toStandardDate()` would read it in
    // the server process's own time zone.
    return new Date(
      Date.UTC(
        num(value.year),
        num(value.month) - 1,
        num(value.day),
        num(value.hour),
        num(value.minute),
        num(value.second),
        Math.floor(num(value.nanosecond) / 1e6),
      ),
    );
  }
  if (isDate(value)) return new Date(Date.UTC(num(value.year), num(value.month) - 1, num(value.day)));
  // The port has no types for these; their ISO / WKT-like text is unambiguous.
  if (isDuration(value) || isTime(value) || isLocalTime(value) || isPoint(value) || isUUID(value)) {
    return value.toString();
  }
  if (isVector(value)) return Array.from(value.asTypedArray(), (n: number | bigint) => Number(n));
  if (value instanceof Date) return value;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    // Cypher maps arrive as plain objects.
    const out: Record<string, Value> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = fromNeo4j(inner);
    return out;
  }
  return String(value);
}

/** The part of the driver's Record the adapter reads (also what test fakes provide). */
export interface Neo4jRecordLike {
  readonly keys: readonly PropertyKey[];
  get(key: string): unknown;
}

/** Converts one driver record to a row keyed by column name. */
export function rowFromNeo4j(record: Neo4jRecordLike): Row {
  const row: Row = {};
  for (const key of record.keys) {
    if (typeof key !== 'string') continue;
    row[key] = fromNeo4j(record.get(key));
  }
  return row;
}
