import { defineSchemaQuery, type CypherQuery } from './query';
import type { Value } from './types';
import { graphSchema, NODE, type NodeSchema, type PropertyType, type RelationshipSchema } from './schema';

/**
 * Export and import queries for every label and relationship of the schema, generated
 * from it so that a new property is carried over without anyone remembering to. Texts are
 * built from schema constants only; values always travel as parameters.
 */

/** Labels whose nodes are data (the migration bookkeeping belongs to each store). */
export const TRANSFER_NODES: readonly NodeSchema[] = graphSchema.nodes.filter((n) => n.label !== NODE.SchemaMigration);

export interface RelationshipPair {
  readonly key: string;
  readonly type: string;
  readonly from: NodeSchema;
  readonly to: NodeSchema;
  readonly properties: RelationshipSchema['properties'];
}

function node(label: string): NodeSchema {
  const found = graphSchema.nodes.find((n) => n.label === label);
  if (!found) throw new Error(`Unknown label ${label}`);
  return found;
}

/** Every (type, from label, to label) combination the schema allows. */
export const TRANSFER_RELATIONSHIPS: readonly RelationshipPair[] = graphSchema.relationships.flatMap((rel) =>
  rel.endpoints.map(([from, to]) => ({
    key: `${rel.type}:${from}:${to}`,
    type: rel.type,
    from: node(from),
    to: node(to),
    properties: rel.properties,
  })),
);

/** How a parameter becomes a property value of `type` in each dialect. */
function valueOf(source: string, type: PropertyType, dialect: 'kuzu' | 'neo4j'): string {
  if (type === 'DATE') return `date(${source})`;
  if (type === 'TIMESTAMP') return dialect === 'kuzu' ? `timestamp(${source})` : `datetime(${source})`;
  return source;
}

function propertyMap(properties: Readonly<Record<string, PropertyType>>, prefix: string, dialect: 'kuzu' | 'neo4j'): string {
  return Object.entries(properties)
    .map(([name, type]) => `${name}: ${valueOf(`${prefix}${name}`, type, dialect)}`)
    .join(', ');
}

type Texts = { kuzu: string; neo4j: string };

function both(build: (dialect: 'kuzu' | 'neo4j') => string): Texts {
  return { kuzu: build('kuzu'), neo4j: build('neo4j') };
}

function byLabel<T>(make: (n: NodeSchema) => T): Record<string, T> {
  return Object.fromEntries(TRANSFER_NODES.map((n) => [n.label, make(n)]));
}

function byPair<T>(make: (p: RelationshipPair) => T): Record<string, T> {
  return Object.fromEntries(TRANSFER_RELATIONSHIPS.map((p) => [p.key, make(p)]));
}

/** All nodes of a label, in primary-key order. */
export const exportNodes: Record<string, CypherQuery> = byLabel((n) =>
  defineSchemaQuery(`transfer.export.${n.label}`, both(() => `MATCH (n:${n.label}) RETURN n ORDER BY n.${n.primaryKey}`)),
);

/** All relationships of a pair, with their endpoints' keys. */
export const exportRelationships: Record<string, CypherQuery<{ source: string | number; target: string | number; e: Value }>> = byPair((p) =>
  defineSchemaQuery(
    `transfer.export.${p.key}`,
    both(
      () =>
        `MATCH (a:${p.from.label})-[e:${p.type}]->(b:${p.to.label}) ` +
        `RETURN a.${p.from.primaryKey} AS source, b.${p.to.primaryKey} AS target, e ` +
        `ORDER BY source, target`,
    ),
  ),
);

/**
 * One node per statement, for Kùzu: its UNWIND infers each row field's type from the
 * first row (a null there turns an INT64 column into STRING and fails), so rows go one
 * at a time through a prepared statement.
 */
export const importNodeRow: Record<string, CypherQuery> = byLabel((n) =>
  defineSchemaQuery(`transfer.importRow.${n.label}`, both((d) => `CREATE (n:${n.label} {${propertyMap(n.properties, '$', d)}})`)),
);

/** A batch of nodes per statement, for Neo4j, which plans UNWIND through its indexes. */
export const importNodeBatch: Record<string, CypherQuery> = byLabel((n) =>
  defineSchemaQuery(
    `transfer.importBatch.${n.label}`,
    both((d) => `UNWIND $rows AS r CREATE (n:${n.label} {${propertyMap(n.properties, 'r.', d)}})`),
  ),
);

function relationshipCreate(p: RelationshipPair, prefix: string, d: 'kuzu' | 'neo4j'): string {
  const props = propertyMap(p.properties, `${prefix}`, d);
  return (
    `MATCH (a:${p.from.label} {${p.from.primaryKey}: ${prefix}source}), (b:${p.to.label} {${p.to.primaryKey}: ${prefix}target}) ` +
    `CREATE (a)-[:${p.type}${props ? ` {${props}}` : ''}]->(b)`
  );
}

export const importRelationshipRow: Record<string, CypherQuery> = byPair((p) =>
  defineSchemaQuery(`transfer.importRow.${p.key}`, both((d) => relationshipCreate(p, '$', d))),
);

export const importRelationshipBatch: Record<string, CypherQuery> = byPair((p) =>
  defineSchemaQuery(`transfer.importBatch.${p.key}`, both((d) => `UNWIND $rows AS r ${relationshipCreate(p, 'r.', d)}`)),
);

/** Counts a label's nodes (to refuse importing into a store that holds data). */
export const countNodes: Record<string, CypherQuery<{ n: number }>> = byLabel((n) =>
  defineSchemaQuery(`transfer.count.${n.label}`, both(() => `MATCH (n:${n.label}) RETURN count(n) AS n`)),
);
