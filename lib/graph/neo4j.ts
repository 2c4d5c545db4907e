import {
  auth,
  bookmarkManager as createBookmarkManager,
  driver as createDriver,
  Neo4jError,
  type AuthToken,
  type BookmarkManager,
  type Config,
} from 'neo4j-driver';
import { StoreError } from './errors';
import { DEFAULT_RETRY_POLICY, isRetryableNeo4jError, withRetries, type RetryPolicy } from './neo4j-retry';
import { neo4jStatements } from './ddl-neo4j';
import { runMigrations, type MigrationTarget } from './migrations';
import { queryText, type CypherQuery } from './query';
import type { GraphStore, MigrationReport, QueryRunner, WriteOptions } from './store';
import type { Params, Row } from './types';
import { rowFromNeo4j, toNeo4jParams, type Neo4jParam, type Neo4jRecordLike } from './neo4j-values';
import { cachedAnswer, cachingRunner } from './answer-cache';
import { assertBeforeDeadline, noteCommitted } from './deadline-scope';
import { countingWrite } from './write-generation';

export interface Neo4jOptions {
  /** `neo4j://` (routing: clusters, Aura) or `bolt://` (one server), with `+s`/`+ssc` for TLS. */
  uri: string;
  username?: string;
  password?: string;
  database?: string;
  /** How long to wait for a connection (and for a free one in the pool). */
  connectionTimeoutMs?: number;
  /** How long the adapter keeps retrying a unit of work after transient errors (no new attempt after it). */
  maxTransactionRetryTimeMs?: number;
  /** The server-side timeout of every transaction (`db.transaction.timeout` for ours). */
  transactionTimeoutMs?: number;
}

// Defaults well below the driver's (30 s / 60 s / 30 s): with them a down Neo4j made a
// request hang ~31 s; with these the health check answers 503 within seconds.
const DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;
const DEFAULT_MAX_RETRY_TIME_MS = DEFAULT_RETRY_POLICY.maxTotalMs;
// A request-serving transaction that runs longer is stuck, not busy (RELIABILITY.md
// test 18); bulk imports into Neo4j raise it with NEO4J_TRANSACTION_TIMEOUT_MS.
const DEFAULT_TRANSACTION_TIMEOUT_MS = 5_000;

/**
 * Waits until indexes created by a migration are online, so the first full-text search
 * after `migrate()` does not hit a populating index. Exported for the Cypher lint.
 */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

/*
 * The slice of neo4j-driver the adapter uses. The real driver satisfies it; unit tests
 * inject a hand-written fake through `openNeo4jStore`'s factory.
 */

/** A transaction: runs one statement and yields its records. */
export interface Neo4jTransactionLike {
  run(text: string, params: Record<string, Neo4jParam>): PromiseLike<{ readonly records: readonly Neo4jRecordLike[] }>;
}

/** An explicit transaction: nothing it wrote is visible or kept until `commit`. */
export interface Neo4jExplicitTransactionLike extends Neo4jTransactionLike {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

/** A session: explicit transactions (never retried by the driver) and auto-commit statements. */
export interface Neo4jSessionLike {
  beginTransaction(config: { timeout: number }): Neo4jExplicitTransactionLike;
  run(text: string): PromiseLike<unknown>;
  close(): Promise<void>;
}

/** What the adapter asks of every session. */
export interface Neo4jSessionConfig {
  database: string;
  defaultAccessMode: 'READ' | 'WRITE';
  /** Shared by every session of one store, so a read follows the writes before it (causal consistency in clusters). */
  bookmarkManager: BookmarkManager;
}

/** The driver: a connection pool handing out sessions. */
export interface Neo4jDriverLike {
  session(config: Neo4jSessionConfig): Neo4jSessionLike;
  getServerInfo(config: { database: string }): Promise<unknown>;
  close(): Promise<void>;
}

export type Neo4jDriverFactory = (uri: string, authToken: AuthToken | undefined, config: Config) => Neo4jDriverLike;

const defaultDriverFactory: Neo4jDriverFactory = (uri, authToken, config) => createDriver(uri, authToken, config);

/** Reads the Neo4j settings from the environment; null when NEO4J_URI is not set. */
export function neo4jOptionsFromEnv(env: NodeJS.ProcessEnv): Neo4jOptions | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  const timeout = Number(env.NEO4J_TRANSACTION_TIMEOUT_MS);
  return {
    uri,
    username: env.NEO4J_USERNAME || 'neo4j',
    password: env.NEO4J_PASSWORD || undefined,
    database: env.NEO4J_DATABASE || 'neo4j',
    // Only for bulk work (npm run db:import into Neo4j): request transactions keep 5 s.
    ...(Number.isInteger(timeout) && timeout > 0 ? { transactionTimeoutMs: timeout } : {}),
  };
}

/** Removes `user:password@` from a URI, so it can appear in logs and messages. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/?#]*@/i, '$1');
}

/** Removes the password and any URI credentials from a message. */
function redact(message: string, password: string | undefined): string {
  let out = message.replace(/([a-z][a-z0-9+.-]*:\/\/)[^@/\s?#]*@/gi, '$1');
  if (password) out = out.split(password).join('***');
  return out;
}

function isDriverError(error: unknown): error is Neo4jError {
  // `name` as well as instanceof: a second copy of the driver (bundlers) has its own class.
  return error instanceof Neo4jError || (error instanceof Error && error.name === 'Neo4jError');
}

/**
 * Maps a driver error to a typed StoreError. Errors that did not come from the driver
 * (a service's own error thrown inside a unit of work, a StoreError) pass unchanged.
 */
export function mapNeo4jError(error: unknown, password?: string): unknown {
  if (error instanceof StoreError || !isDriverError(error)) return error;
  const code = typeof error.code === 'string' ? error.code : 'N/A';
  const message = redact(`${error.message} (${code})`, password);
  const make = (storeCode: StoreError['code']): StoreError => new StoreError(storeCode, message, { cause: error });
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return make('CONSTRAINT');
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.ClientError.Cluster.') ||
    // The server answers but not with this configuration (wrong credentials, missing
    // database): for the app as unusable as a down server, a 503 rather than a 500.
    code === 'Neo.ClientError.Security.Unauthorized' ||
    code === 'Neo.ClientError.Database.DatabaseNotFound' ||
    /Connection acquisition timed out|Failed to connect to server/i.test(error.message)
  ) {
    return make('UNAVAILABLE');
  }
  if (code.startsWith('Neo.ClientError.Statement.')) return make('QUERY');
  // Reaching us means our retries ran out (lib/graph/neo4j-retry.ts).
  if (code.startsWith('Neo.TransientError.')) return make('TRANSIENT');
  return make('INTERNAL');
}

/** Runs registered queries inside one explicit transaction. */
class Neo4jRunner implements QueryRunner {
  constructor(private readonly tx: Neo4jTransactionLike) {}

  async run<R extends Row>(query: CypherQuery<R>, params: Params = {}): Promise<R[]> {
    // Errors are deliberately not mapped here: the retry loop decides by the driver's own
    // error types, so they must reach it unchanged.
    const result = await this.tx.run(queryText(query, 'neo4j'), toNeo4jParams(params));
    return result.records.map(rowFromNeo4j) as R[];
  }
}

/** Retries and timeouts of one store. */
export interface Neo4jUnitOfWorkSettings {
  readonly retry: RetryPolicy;
  readonly transactionTimeoutMs: number;
}

/**
 * The server adapter. One driver (a connection pool) per process; a session per unit of
 * work; each attempt an explicit transaction with a server-side timeout, committed only
 * when the work succeeds and rolled back otherwise. Transient failures (deadlocks,
 * leader changes) are retried by our bounded loop (lib/graph/neo4j-retry.ts), never by
 * the driver, so attempts are not multiplied. Because of those retries a unit of work
 * may run more than once: `work` must not have side effects outside the transaction.
 */
export class Neo4jStore implements GraphStore {
  readonly engine = 'neo4j' as const;
  readonly location: string;
  private closed = false;
  /** One per store: every session shares it, so each transaction waits for the bookmarks of those before. */
  private readonly bookmarks: BookmarkManager = createBookmarkManager();

  constructor(
    private readonly driver: Neo4jDriverLike,
    private readonly database: string,
    uri: string,
    private readonly password: string | undefined,
    /** The registry key, so `close()` forgets exactly this store. */
    readonly key: string,
    private readonly settings: Neo4jUnitOfWorkSettings = {
      retry: DEFAULT_RETRY_POLICY,
      transactionTimeoutMs: DEFAULT_TRANSACTION_TIMEOUT_MS,
    },
  ) {
    this.location = `neo4j:${redactUri(uri)}/${database}`;
  }

  async read<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.unitOfWork('READ', (tx) => work(cachingRunner(this, tx)));
  }

  async write<T>(work: (tx: QueryRunner) => Promise<T>, options?: WriteOptions): Promise<T> {
    return countingWrite(() => this.unitOfWork('WRITE', work), options?.effect);
  }

  async query<R extends Row>(query: CypherQuery<R>, params?: Params): Promise<R[]> {
    return cachedAnswer(this, query, params, () => this.read((tx) => tx.run(query, params)));
  }

  async mutate<R extends Row>(query: CypherQuery<R>, params?: Params): Promise<R[]> {
    return this.write((tx) => tx.run(query, params));
  }

  async migrate(): Promise<MigrationReport> {
    this.assertOpen();
    const target: MigrationTarget = {
      // Neo4j is schema-free: labels, types and the SchemaMigration nodes need no tables.
      prepare: async () => undefined,
      apply: async (op, schema) => {
        const statements = neo4jStatements(op, schema);
        if (statements.length === 0) return;
        // Schema commands cannot share a transaction with writes (nor with each other
        // in a managed transaction), so each runs in its own auto-commit transaction.
        await this.withSession('WRITE', async (session) => {
          for (const statement of statements) await session.run(statement);
          await session.run(AWAIT_INDEXES);
        });
      },
      read: (work) => this.read(work),
      write: (work) => this.write(work),
    };
    return runMigrations(target);
  }

  async ping(): Promise<void> {
    this.assertOpen();
    try {
      await this.driver.getServerInfo({ database: this.database });
    } catch (error) {
      const mapped = mapNeo4jError(error, this.password);
      if (mapped instanceof StoreError && mapped.code === 'UNAVAILABLE') throw mapped;
      const text = error instanceof Error ? error.message : String(error);
      throw new StoreError('UNAVAILABLE', redact(`Neo4j at ${this.location} does not answer: ${text}`, this.password), {
        cause: error,
      });
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    forget(this);
    await this.driver.close();
  }

  private async unitOfWork<T>(mode: 'READ' | 'WRITE', work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.withSession(mode, (session) =>
      withRetries(() => this.attempt(mode, session, work), isRetryableNeo4jError, this.settings.retry),
    );
  }

  /** One attempt: an explicit transaction that commits only if `work` succeeds. */
  private async attempt<T>(mode: 'READ' | 'WRITE', session: Neo4jSessionLike, work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    // A write whose request has already been answered with TIMEOUT must not happen (deadline-scope.ts).
    if (mode === 'WRITE') assertBeforeDeadline('the write could start');
    const tx = session.beginTransaction({ timeout: this.settings.transactionTimeoutMs });
    let result: T;
    try {
      result = await work(new Neo4jRunner(tx));
      if (mode === 'WRITE') assertBeforeDeadline('committing');
    } catch (error) {
      // The server may already have ended a failed transaction; the work's error is what counts.
      await tx.rollback().catch(() => undefined);
      throw error;
    }
    await tx.commit();
    if (mode === 'WRITE') noteCommitted();
    return result;
  }

  /** Opens a session, maps driver errors at the port's boundary and always closes it. */
  private async withSession<T>(mode: 'READ' | 'WRITE', body: (session: Neo4jSessionLike) => Promise<T>): Promise<T> {
    this.assertOpen();
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode, bookmarkManager: this.bookmarks });
    try {
      return await body(session);
    } catch (error) {
      throw mapNeo4jError(error, this.password);
    } finally {
      // A failure to close (connection already gone) must not hide the result or the
      // error of the work itself; the pool discards the broken connection anyway.
      await session.close().catch(() => undefined);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('CLOSED', `The store at ${this.location} is closed`);
  }
}

/** Open stores by uri + user + database; on globalThis so `next dev` reloads reuse the driver. */
const registry: Map<string, Neo4jStore> = ((globalThis as { __rizomaNeo4jStores?: Map<string, Neo4jStore> })
  .__rizomaNeo4jStores ??= new Map());

function forget(store: Neo4jStore): void {
  if (registry.get(store.key) === store) registry.delete(store.key);
}

/** The process-wide store for these options: a second call returns the same instance and driver. */
export function openNeo4jStore(
  options: Neo4jOptions,
  driverFactory: Neo4jDriverFactory = defaultDriverFactory,
): Neo4jStore {
  const username = options.username ?? 'neo4j';
  const database = options.database ?? 'neo4j';
  const key = JSON.stringify([options.uri, username, database]);
  const existing = registry.get(key);
  if (existing) return existing;
  const timeout = options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS;
  const config: Config = {
    connectionTimeout: timeout,
    connectionAcquisitionTimeout: timeout,
    // Our loop retries (explicit transactions); the driver's managed-transaction retries stay off.
    maxTransactionRetryTime: 0,
    userAgent: 'rizoma',
  };
  const settings: Neo4jUnitOfWorkSettings = {
    retry: { ...DEFAULT_RETRY_POLICY, maxTotalMs: options.maxTransactionRetryTimeMs ?? DEFAULT_MAX_RETRY_TIME_MS },
    transactionTimeoutMs: options.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS,
  };
  const authToken = options.password === undefined ? undefined : auth.basic(username, options.password);
  let driver: Neo4jDriverLike;
  try {
    // Creating a driver does not connect: a bad URI fails here, a down server on first use.
    driver = driverFactory(options.uri, authToken, config);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    throw new StoreError('INTERNAL', redact(`Cannot create a Neo4j driver: ${text}`, options.password), {
      cause: error,
    });
  }
  const store = new Neo4jStore(driver, database, options.uri, options.password, key, settings);
  registry.set(key, store);
  return store;
}
