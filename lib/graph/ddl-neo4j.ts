import type { GraphSchema, NodeSchema } from './schema';
import type { SchemaOp } from './migrations';

function snake(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
}

/** Constraints and indexes for one label; every statement is idempotent (IF NOT EXISTS). */
export function neo4jNodeStatements(node: NodeSchema): string[] {
  const name = snake(node.label);
  const statements = [node.primaryKey, ...node.unique].map(
    (prop) =>
      `CREATE CONSTRAINT ${name}_${prop}_unique IF NOT EXISTS FOR (n:${node.label}) REQUIRE n.${prop} IS UNIQUE`,
  );
  for (const prop of node.indexed) {
    statements.push(`CREATE INDEX ${name}_${prop} IF NOT EXISTS FOR (n:${node.label}) ON (n.${prop})`);
  }
  if (node.fulltext) {
    const props = node.fulltext.properties.map((p) => `n.${p}`).join(', ');
    // standard-folding folds accents, matching the folded searchText Kùzu indexes.
    statements.push(
      `CREATE FULLTEXT INDEX ${node.fulltext.name} IF NOT EXISTS FOR (n:${node.label}) ON EACH [${props}] ` +
        "OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
    );
  }
  return statements;
}

/**
 * The DDL for one op. Neo4j is schema-free: relationships and new properties need none,
 * and it keeps its full-text indexes (search reads them there).
 */
export function neo4jStatements(op: SchemaOp, schema: GraphSchema): string[] {
  switch (op.op) {
    case 'createNode': {
      const node = schema.nodes.find((n) => n.label === op.label);
      if (!node) throw new Error(`Migration names unknown label ${op.label}`);
      return neo4jNodeStatements(node);
    }
    case 'createRelationship':
    case 'addProperty':
    case 'dropKuzuFulltextIndex':
      return [];
  }
}
