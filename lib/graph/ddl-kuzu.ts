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

export function kuzuFulltextIndex(node: NodeSchema): string | null {
  if (!node.fulltext) return null;
  const props = node.fulltext.properties.map((p) => `'${p}'`).join(', ');
  // searchText is already folded (lower case, no accents) by the services, so no stemmer:
  // a stemmer would turn Italian words into English stems.
  return `CALL CREATE_FTS_INDEX('${node.label}', '${node.fulltext.name}', [${props}], stemmer := 'none')`;
}

/**
 * The DDL for one op. Full-text index creation has no IF NOT EXISTS in Kùzu, so it is
 * returned separately for the adapter to run only when SHOW_INDEXES lacks it.
 */
export function kuzuStatements(
  op: SchemaOp,
  schema: GraphSchema,
): { ddl: string[]; fulltext?: { table: string; name: string; ddl: string } } {
  switch (op.op) {
    case 'createNode': {
      const node = schema.nodes.find((n) => n.label === op.label);
      if (!node) throw new Error(`Migration names unknown label ${op.label}`);
      const fts = kuzuFulltextIndex(node);
      return {
        ddl: [kuzuNodeTable(node)],
        fulltext: fts && node.fulltext ? { table: node.label, name: node.fulltext.name, ddl: fts } : undefined,
      };
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
  }
}
