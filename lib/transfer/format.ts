import { z } from 'zod';
import { TRANSFER_NODES, TRANSFER_RELATIONSHIPS } from '../graph/transfer-queries';
import type { PropertyType } from '../graph/schema';

/**
 * The portable form of a whole graph: every node by label and every relationship by
 * (type, from, to), with dates as YYYY-MM-DD and instants as ISO strings. It is the same
 * for both adapters, so it moves a community from the embedded store to Neo4j and back.
 */
export const DUMP_FORMAT = 'rizoma-graph';
export const DUMP_VERSION = 1;

export type PortableValue = string | number | boolean | null | string[];
export type PortableRecord = Record<string, PortableValue>;

export interface RelationshipRecord {
  source: string | number;
  target: string | number;
  properties: PortableRecord;
}

export interface GraphDump {
  format: typeof DUMP_FORMAT;
  version: typeof DUMP_VERSION;
  schemaVersion: number;
  exportedAt: string;
  nodes: Record<string, PortableRecord[]>;
  relationships: Record<string, RelationshipRecord[]>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function valueSchema(type: PropertyType) {
  switch (type) {
    case 'STRING':
      return z.string().nullable();
    case 'INT64':
      return z.number().int().nullable();
    case 'DOUBLE':
      return z.number().nullable();
    case 'BOOLEAN':
      return z.boolean().nullable();
    case 'DATE':
      return z.string().regex(DATE, 'a date written YYYY-MM-DD').nullable();
    case 'TIMESTAMP':
      return z.iso.datetime({ offset: true }).nullable();
    case 'STRING[]':
      return z.array(z.string());
  }
}

function recordSchema(properties: Readonly<Record<string, PropertyType>>) {
  const shape = Object.fromEntries(Object.entries(properties).map(([name, type]) => [name, valueSchema(type)]));
  return z.strictObject(shape);
}

const key = z.union([z.string().min(1), z.number().int()]);

/** Validates a parsed dump against the current schema: unknown labels or fields are refused. */
export const dumpSchema = z.strictObject({
  format: z.literal(DUMP_FORMAT),
  version: z.literal(DUMP_VERSION),
  schemaVersion: z.number().int().min(0),
  exportedAt: z.string(),
  nodes: z.strictObject(Object.fromEntries(TRANSFER_NODES.map((n) => [n.label, z.array(recordSchema(n.properties)).default([])]))),
  relationships: z.strictObject(
    Object.fromEntries(
      TRANSFER_RELATIONSHIPS.map((p) => [
        p.key,
        z.array(z.strictObject({ source: key, target: key, properties: recordSchema(p.properties) })).default([]),
      ]),
    ),
  ),
});
