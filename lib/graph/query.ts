import { StoreError } from './errors';
import type { Engine, Row } from './types';

/**
 * A named Cypher statement in both dialects. Queries are defined once, at module load,
 * through `defineQuery`; the store runs only registered queries, so no text can be put
 * together from values at run time (tests/unit/cypher-lint.test.ts checks the sources).
 *
 * `R` is the row type the statement returns; it travels with the query so callers get
 * typed rows without casting.
 */
export interface CypherQuery<R extends Row = Row> {
  readonly name: string;
  readonly kuzu: string;
  readonly neo4j: string;
  /** Phantom field carrying the row type; never set at run time. */
  readonly __row?: R;
}

/**
 * The registry lives on globalThis: Next.js bundles a module once per layer (route
 * handlers, server components, instrumentation), and a store opened by one layer runs
 * queries declared in another.
 */
const registry: Map<string, CypherQuery> = ((globalThis as { __rizomaQueries?: Map<string, CypherQuery> })
  .__rizomaQueries ??= new Map());

function sameText(a: CypherQuery, b: { kuzu: string; neo4j: string }): boolean {
  return a.kuzu === b.kuzu && a.neo4j === b.neo4j;
}

function register<R extends Row>(
  name: string,
  text: string | { readonly kuzu: string; readonly neo4j: string },
): CypherQuery<R> {
  const pair = typeof text === 'string' ? { kuzu: text, neo4j: text } : text;
  const query: CypherQuery<R> = Object.freeze({ name, kuzu: pair.kuzu.trim(), neo4j: pair.neo4j.trim() });
  const existing = registry.get(name);
  // The same module evaluated again (another bundle layer) declares the same text; in
  // `next dev` an edited module is reloaded with its new text, which replaces the old.
  if (existing && !sameText(existing, query) && process.env.NODE_ENV !== 'development') {
    throw new Error(`Cypher query "${name}" is defined twice`);
  }
  if (!existing || !sameText(existing, query)) registry.set(name, query);
  return query;
}

/**
 * Declares a query. `text` is one Cypher text for both engines, or a `{ kuzu, neo4j }`
 * pair where the dialects differ (DESIGN.md section 4).
 */
export function defineQuery<R extends Row = Row>(
  name: string,
  text: string | { readonly kuzu: string; readonly neo4j: string },
): CypherQuery<R> {
  return register<R>(name, text);
}

/**
 * Declares a query whose text is generated from the graph schema (labels, property
 * names and types from lib/graph/schema.ts) rather than written out, for the
 * whole-graph export and import that must follow every schema change. Only
 * lib/graph/transfer-queries.ts may call it (the Cypher lint test enforces that), and
 * only with text built from schema constants, never from values.
 */
export function defineSchemaQuery<R extends Row = Row>(
  name: string,
  text: { readonly kuzu: string; readonly neo4j: string },
): CypherQuery<R> {
  return register<R>(name, text);
}

/** The text to send to `engine`; refuses anything that was not declared with `defineQuery`. */
export function queryText(query: CypherQuery<Row>, engine: Engine): string {
  const registered = registry.get(query.name);
  if (!registered || !sameText(registered, query)) {
    throw new StoreError('QUERY', `Refusing to run an unregistered Cypher query ("${query.name}")`);
  }
  return engine === 'kuzu' ? registered.kuzu : registered.neo4j;
}

/** Every declared query, for the lint test and tooling. */
export function registeredQueries(): CypherQuery[] {
  return [...registry.values()];
}
