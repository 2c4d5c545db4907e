import type { GraphSchema, NodeSchema, RelationshipSchema } from './schema';
import type { SchemaOp } from './migrations';

/** Kùzu names its boolean type BOOL. */
function kuzuType(type: string): string {
  return type === 'BOOLEAN' ? 'BOOL' : type;
}

function columns(properties: Readonly<Record<string, string>>, primaryKey?: string): string[] {
  return Object.entries(properties).map(
    ([name, type]) => `${name} ${kuzuType(type)}${name === primaryKey ? ' PRIMARY KEY' : ''}`,
  );
}

export function kuzuNodeTable(node: NodeSchema): string {
  return `CREATE NODE TABLE IF NOT EXISTS ${node.label}(${columns(node.properties, node.primaryKey).join(', ')})`;
}

export function kuzuRelTable(rel: RelationshipSchema): string {
  const pairs = rel.endpoints.map(([from, to]) => `FROM ${from} TO ${to}`);
  return `CREATE REL TABLE IF NOT EXISTS ${rel.type}(${[...pairs, ...columns(rel.properties)].join(', ')})`;
}

/**
 * The DDL for one op. Dropping a full-text index has no IF EXISTS in Kùzu, so it is
 * returned separately for the adapter to run only when SHOW_INDEXES lists the index.
 * (Kùzu gets no full-text indexes: search runs on an in-memory index, lib/search/text-index.ts.)
 */
export function kuzuStatements(
  op: SchemaOp,
  schema: GraphSchema,
): { ddl: string[]; dropIndex?: { table: string; name: string; ddl: string } } {
  switch (op.op) {
    case 'createNode': {
      const node = schema.nodes.find((n) => n.label === op.label);
      if (!node) throw new Error(`Migration names unknown label ${op.label}`);
      return { ddl: [kuzuNodeTable(node)] };
    }
    case 'createRelationship': {
      const rel = schema.relationships.find((r) => r.type === op.type);
      if (!rel) throw new Error(`Migration names unknown relationship ${op.type}`);
      return { ddl: [kuzuRelTable(rel)] };
    }
    case 'addProperty': {
      const node = schema.nodes.find((n) => n.label === op.label);
      const type = node?.properties[op.property];
      if (!node || !type) throw new Error(`Migration names unknown property ${op.label}.${op.property}`);
      return { ddl: [`ALTER TABLE ${node.label} ADD IF NOT EXISTS ${op.property} ${kuzuType(type)}`] };
    }
    case 'dropKuzuFulltextIndex': {
      const node = schema.nodes.find((n) => n.label === op.label);
      if (!node?.fulltext) throw new Error(`Migration names a label without a full-text index: ${op.label}`);
      return { ddl: [], dropIndex: { table: node.label, name: node.fulltext.name, ddl: `CALL DROP_FTS_INDEX('${node.label}', '${node.fulltext.name}')` } };
    }
  }
}
