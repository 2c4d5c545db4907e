/**
 * The plain values that cross the GraphStore port. Adapters convert their driver's
 * types (Neo4j Integers and temporals, Kùzu node/rel objects) into these, so nothing
 * database-specific reaches the services above.
 */

/** A node returned whole from a query. */
export interface GraphNode {
  readonly kind: 'node';
  readonly label: string;
  readonly properties: Readonly<Record<string, Value>>;
}

/** A relationship returned whole from a query. */
export interface GraphRelationship {
  readonly kind: 'relationship';
  readonly type: string;
  readonly properties: Readonly<Record<string, Value>>;
}

/** A path: its nodes in order and the relationships between them. */
export interface GraphPath {
  readonly kind: 'path';
  readonly nodes: readonly GraphNode[];
  readonly relationships: readonly GraphRelationship[];
}

/** Any value a query can return. Dates and timestamps arrive as JS `Date` (UTC). */
export type Value =
  | null
  | boolean
  | number
  | string
  | Date
  | GraphNode
  | GraphRelationship
  | GraphPath
  | readonly Value[]
  | { readonly [key: string]: Value };

/**
 * A parameter value. Dates travel as ISO strings and are converted in the query text
 * (`date($d)`; timestamps through the dialect pair), because Kùzu binds a JS Date as
 * DATE and silently drops its time.
 */
export type ParamValue =
  | null
  | boolean
  | number
  | string
  | readonly ParamValue[]
  | { readonly [key: string]: ParamValue };

export type Params = Readonly<Record<string, ParamValue>>;

/** A row: column name to value. */
export type Row = Record<string, Value>;

export type Engine = 'kuzu' | 'neo4j';
