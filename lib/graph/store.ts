import type { CypherQuery } from './query';
import type { Engine, Params, Row } from './types';
import type { WriteEffect } from './write-generation';

/** Runs registered queries inside one unit of work. */
export interface QueryRunner {
  run<R extends Row>(query: CypherQuery<R>, params?: Params): Promise<R[]>;
}

/** How a write unit of work affects the process's caches (lib/graph/write-generation.ts). */
export interface WriteOptions {
  readonly effect?: WriteEffect;
}

/** What `migrate` did: the versions applied now and the version the store is at. */
export interface MigrationReport {
  readonly applied: readonly { version: number; name: string }[];
  readonly version: number;
}

/**
 * The one port to the graph database. Services speak Cypher through it; the Kùzu and
 * Neo4j adapters implement it identically (tests/contract proves it).
 */
export interface GraphStore {
  readonly engine: Engine;
  /** A human-readable description of where the data lives, for logs (never secrets). */
  readonly location: string;

  /** A read unit of work: every statement sees one consistent snapshot. */
  read<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T>;
  /**
   * A write unit of work: all statements commit together or none does. `effect: 'proposal'`
   * only for a unit that records a member's proposal and nothing else (lib/graph/write-generation.ts).
   */
  write<T>(work: (tx: QueryRunner) => Promise<T>, options?: WriteOptions): Promise<T>;

  /** One read statement in its own unit of work. */
  query<R extends Row>(query: CypherQuery<R>, params?: Params): Promise<R[]>;
  /** One write statement in its own unit of work. */
  mutate<R extends Row>(query: CypherQuery<R>, params?: Params): Promise<R[]>;

  /** Brings tables, constraints and indexes up to the current schema version. */
  migrate(): Promise<MigrationReport>;
  /** Resolves when the database answers; rejects with a StoreError otherwise. */
  ping(): Promise<void>;
  /** Releases the database; later calls fail with a `CLOSED` StoreError. */
  close(): Promise<void>;
}
