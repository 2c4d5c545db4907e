import fs from 'node:fs';
import path from 'node:path';
import kuzu from 'kuzu';
import type { Connection, Database, KuzuValue, PreparedStatement, QueryResult } from 'kuzu';
import { StoreError, StoreLockedError } from './errors';
import { kuzuNodeTable, kuzuStatements } from './ddl-kuzu';
import { runMigrations, type MigrationTarget } from './migrations';
import { queryText, type CypherQuery } from './query';
import { graphSchema, nodeSchema, NODE } from './schema';
import type { GraphStore, MigrationReport, QueryRunner, WriteOptions } from './store';
import type { Params, Row } from './types';
import { rowFromKuzu } from './kuzu-values';
import { cachedAnswer } from './answer-cache';
import { assertBeforeDeadline, noteCommitted } from './deadline-scope';
import { countingWrite } from './write-generation';

export interface KuzuOptions {
  /** The data folder; the database file lives inside it. */
  readonly dataDir: string;
  /** Read connections in the pool (about one per core helps; more gives nothing). */
  readonly readConnections?: number;
  /** Buffer pool size in bytes; Kùzu's default reserves 80 % of RAM. */
  readonly bufferPoolBytes?: number;
  /** Longest a read statement may run before Kùzu interrupts it (a `TIMEOUT` StoreError). */
  readonly readTimeoutMs?: number;
  /** Longest a write statement may run; schema changes and bulk loads get `BULK_TIMEOUT_MS`. */
  readonly writeTimeoutMs?: number;
  /** Longest a read waits for a free connection before it fails with `BUSY`. */
  readonly acquireTimeoutMs?: number;
  /** Reads that may wait for a connection at once; one more fails with `BUSY` at once. */
  readonly maxWaitingReads?: number;
}

const DEFAULT_BUFFER_POOL = 512 * 1024 * 1024;
/**
 * Statement timeouts (../shared/RELIABILITY.md test 18: ≤ 5 s at the database). The
 * slowest request-path read measured at 100k people is ~70 ms and a write is one small
 * statement, so 5 s only ever stops a runaway query, well inside the 8 s request deadline.
 */
export const READ_TIMEOUT_MS = 5000;
export const WRITE_TIMEOUT_MS = 5000;
/** Migrations, COPY bulk loads and checkpoints: seconds at 100k people, more on big stores. */
export const BULK_TIMEOUT_MS = 10 * 60_000;
/**
 * The read pool's bounds (test 64): under saturation a read fails fast with `BUSY` (HTTP
 * 503 with Retry-After) instead of queueing without limit. 1.5 s leaves room under the 2 s
 * figure for the event loop's own lag; a soak's 200 connections queue far less than that.
 */
export const ACQUIRE_TIMEOUT_MS = 1500;
export const MAX_WAITING_READS = 1000;

/** Maps a Kùzu error message to a typed StoreError. */
export function mapKuzuError(error: unknown, dataDir: string): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/Could not set lock on file/i.test(message)) return new StoreLockedError(dataDir, error);
  // What Kùzu says when a statement outlives the connection's query timeout (it then rolls
  // back the open transaction).
  if (/^Interrupted\.?$/i.test(message.trim())) {
    return new StoreError('TIMEOUT', 'The statement took longer than the store allows and was stopped', { cause: error });
  }
  if (/duplicated primary key|violates the uniqueness constraint/i.test(message)) {
    return new StoreError('CONSTRAINT', message, { cause: error });
  }
  if (/^(Parser|Binder|Catalog) exception/i.test(message) || /Connection Exception/i.test(message)) {
    return new StoreError('QUERY', message, { cause: error });
  }
  return new StoreError('INTERNAL', message, { cause: error });
}

/** One Kùzu connection with its own prepared-statement cache. */
class KuzuSession implements QueryRunner {
  private readonly statements = new Map<string, PreparedStatement>();

  constructor(
    readonly connection: Connection,
    private readonly dataDir: string,
  ) {}

  async run<R extends Row>(query: CypherQuery<R>, params: Params = {}): Promise<R[]> {
    return (await this.runText(queryText(query, 'kuzu'), params)) as R[];
  }

  async runText(text: string, params: Params = {}): Promise<Row[]> {
    try {
      let statement = this.statements.get(text);
      if (!statement) {
        statement = await this.connection.prepare(text);
        if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
        this.statements.set(text, statement);
      }
      return await collect(await this.connection.execute(statement, params as Record<string, KuzuValue>));
    } catch (error) {
      throw mapKuzuError(error, this.dataDir);
    }
  }

  /** Runs a statement that cannot be prepared (DDL, transaction control, CALL procedures). */
  async exec(text: string): Promise<Row[]> {
    try {
      return await collect(await this.connection.query(text));
    } catch (error) {
      throw mapKuzuError(error, this.dataDir);
    }
  }

  /** Runs `work` with a longer statement timeout (bulk loads, schema changes), then restores `normalMs`. */
  async withTimeout<T>(ms: number, normalMs: number, work: () => Promise<T>): Promise<T> {
    this.connection.setQueryTimeout(ms);
    try {
      return await work();
    } finally {
      this.connection.setQueryTimeout(normalMs);
    }
  }

  /** Forgets prepared statements; they go stale when the catalogue changes. */
  clearCache(): void {
    this.statements.clear();
  }

  /**
   * Runs `work` in an explicit write transaction, rolling back on any error or when the
   * request it belongs to has run out of time (deadline-scope.ts). (Read units are
   * KuzuStore.read: they begin only when a statement misses the answer cache.)
   */
  async writeTransaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    await this.exec('BEGIN TRANSACTION');
    let result: T;
    try {
      result = await work(this);
      assertBeforeDeadline('committing');
    } catch (error) {
      await this.rollbackQuietly();
      throw error;
    }
    await this.exec('COMMIT');
    noteCommitted();
    return result;
  }

  async rollbackQuietly(): Promise<void> {
    try {
      await this.exec('ROLLBACK');
    } catch {
      // Kùzu already rolled back the transaction when a statement in it failed.
    }
  }
}

/** Reads every row and closes every result, including those of multi-statement texts. */
async function collect(result: QueryResult | QueryResult[]): Promise<Row[]> {
  const results = Array.isArray(result) ? result : [result];
  try {
    const last = results[results.length - 1];
    if (!last) return [];
    const rows = await last.getAll();
    return rows.map((r) => rowFromKuzu(r as Record<string, unknown>));
  } finally {
    for (const r of results) r.close();
  }
}

/** How long a read may wait for a connection, and how many reads may wait at once. */
interface PoolBounds {
  readonly acquireTimeoutMs: number;
  readonly maxWaiting: number;
}

interface Waiter {
  grant(session: KuzuSession): void;
}

/**
 * A small fixed pool of read sessions: one Kùzu connection runs one query at a time.
 * Waiting is bounded in time and length, so a flood of slow reads turns into quick `BUSY`
 * errors (503) rather than a queue that grows until every request times out.
 */
class SessionPool {
  private readonly idle: KuzuSession[];
  private readonly waiting: Waiter[] = [];

  constructor(
    readonly sessions: KuzuSession[],
    private readonly bounds: PoolBounds,
  ) {
    this.idle = [...sessions];
  }

  async use<T>(work: (session: KuzuSession) => Promise<T>): Promise<T> {
    const session = await this.lease();
    try {
      return await work(session);
    } finally {
      this.release(session);
    }
  }

  /** A session for the caller alone, until it calls `release` with it. */
  async lease(): Promise<KuzuSession> {
    return this.idle.pop() ?? (await this.acquire());
  }

  release(session: KuzuSession): void {
    const next = this.waiting.shift();
    if (next) next.grant(session);
    else this.idle.push(session);
    if (this.idle.length === this.sessions.length) for (const done of this.onDrained.splice(0)) done();
  }

  /** Resolves once no session runs a statement and no read waits (closing must not pull a connection from under a query). */
  drained(): Promise<void> {
    if (this.idle.length === this.sessions.length) return Promise.resolve();
    return new Promise((resolve) => this.onDrained.push(resolve));
  }

  private readonly onDrained: (() => void)[] = [];

  /** Whether no session is in use right now. */
  idleNow(): boolean {
    return this.idle.length === this.sessions.length;
  }

  private acquire(): Promise<KuzuSession> {
    if (this.waiting.length >= this.bounds.maxWaiting) {
      return Promise.reject(busy(`${this.waiting.length} reads are already waiting for a connection`));
    }
    return new Promise<KuzuSession>((resolve, reject) => {
      const waiter: Waiter = {
        grant: (session) => {
          clearTimeout(timer);
          resolve(session);
        },
      };
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(busy(`no read connection was free within ${this.bounds.acquireTimeoutMs} ms`));
      }, this.bounds.acquireTimeoutMs);
      this.waiting.push(waiter);
    });
  }
}

function busy(why: string): StoreError {
  return new StoreError('BUSY', `The store is saturated: ${why}`);
}

/**
 * The embedded adapter. One Database per data folder per process (a second instance in
 * one process silently loses writes), one write connection behind an in-process queue
 * (Kùzu refuses a second concurrent write transaction instead of waiting), and a pool of
 * read connections that see committed snapshots while a write runs.
 */
export class KuzuStore implements GraphStore {
  readonly engine = 'kuzu' as const;
  readonly location: string;
  private readonly writer: KuzuSession;
  private readonly readers: SessionPool;
  private writeTail: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly database: Database,
    private readonly dataDir: string,
    options: KuzuOptions,
  ) {
    this.location = `kuzu:${dataDir}`;
    this.writeTimeoutMs = options.writeTimeoutMs ?? WRITE_TIMEOUT_MS;
    const open = (timeoutMs: number): KuzuSession => {
      const connection = new kuzu.Connection(database);
      connection.initSync();
      connection.setQueryTimeout(timeoutMs);
      return new KuzuSession(connection, dataDir);
    };
    this.writer = open(this.writeTimeoutMs);
    const readTimeoutMs = options.readTimeoutMs ?? READ_TIMEOUT_MS;
    this.readers = new SessionPool(
      Array.from({ length: Math.max(1, options.readConnections ?? 2) }, () => open(readTimeoutMs)),
      { acquireTimeoutMs: options.acquireTimeoutMs ?? ACQUIRE_TIMEOUT_MS, maxWaiting: options.maxWaitingReads ?? MAX_WAITING_READS },
    );
  }

  private readonly writeTimeoutMs: number;

  /**
   * Opens (creating if needed) the database in `options.dataDir`. Prefer `openKuzuStore`.
   * A folder this process already has open is refused (a second Database on it would
   * silently lose writes); another process holding it is refused by Kùzu's file lock.
   */
  static create(options: KuzuOptions): KuzuStore {
    const dataDir = path.resolve(/*turbopackIgnore: true*/ options.dataDir);
    if (registry.has(dataDir)) throw new StoreLockedError(dataDir, new Error('already open in this process: use openKuzuStore'));
    fs.mkdirSync(dataDir, { recursive: true });
    let database: Database;
    try {
      database = new kuzu.Database(path.join(/*turbopackIgnore: true*/ dataDir, 'graph.kuzu'), options.bufferPoolBytes ?? DEFAULT_BUFFER_POOL);
      // Eager initialisation: concurrent first queries on a lazily opened database crashed the process.
      database.initSync();
    } catch (error) {
      throw mapKuzuError(error, dataDir);
    }
    const store = new KuzuStore(database, dataDir, options);
    registry.set(dataDir, store);
    return store;
  }

  /** Writes everything in the write-ahead log into the database file. */
  async checkpoint(): Promise<void> {
    this.assertOpen();
    await this.enqueueBulk(() => this.writer.exec('CHECKPOINT'));
  }

  /**
   * A read unit takes a connection (and begins its transaction) only when it runs a
   * statement the answer cache (answer-cache.ts) cannot answer: a unit answered from the
   * cache never waits for the pool.
   */
  async read<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    this.assertOpen();
    const lease: { taken: Promise<KuzuSession> | null } = { taken: null };
    const session = () =>
      (lease.taken ??= this.readers.lease().then(async (s) => {
        try {
          await s.exec('BEGIN TRANSACTION READ ONLY');
          return s;
        } catch (error) {
          this.readers.release(s);
          throw error;
        }
      }));
    const runner: QueryRunner = { run: (query, params) => cachedAnswer(this, query, params, async () => (await session()).run(query, params)) };
    let result: T;
    try {
      result = await work(runner);
    } catch (error) {
      const s = await lease.taken?.catch(() => null);
      if (s) {
        await s.rollbackQuietly();
        this.readers.release(s);
      }
      throw error;
    }
    const s = await lease.taken?.catch(() => null);
    if (s) {
      try {
        await s.exec('COMMIT');
      } finally {
        this.readers.release(s);
      }
    }
    return result;
  }

  async write<T>(work: (tx: QueryRunner) => Promise<T>, options?: WriteOptions): Promise<T> {
    this.assertOpen();
    return countingWrite(() => this.enqueueWrite(() => this.writer.writeTransaction(work)), options?.effect);
  }

  async query<R extends Row>(query: CypherQuery<R>, params?: Params): Promise<R[]> {
    this.assertOpen();
    return cachedAnswer(this, query, params, () => this.readers.use((session) => session.run(query, params)));
  }

  async mutate<R extends Row>(query: CypherQuery<R>, params?: Params): Promise<R[]> {
    this.assertOpen();
    return countingWrite(() => this.enqueueWrite(() => this.writer.run(query, params)));
  }

  async migrate(): Promise<MigrationReport> {
    this.assertOpen();
    const writer = this.writer;
    const target: MigrationTarget = {
      prepare: () =>
        this.enqueueBulk(async () => {
          await writer.exec(kuzuNodeTable(nodeSchema(NODE.SchemaMigration)));
        }),
      apply: (op, schema) =>
        this.enqueueBulk(async () => {
          const { ddl, dropIndex } = kuzuStatements(op, schema);
          for (const statement of ddl) await writer.exec(statement);
          if (dropIndex && (await this.hasIndex(writer, dropIndex.table, dropIndex.name))) {
            await writer.exec(dropIndex.ddl);
          }
        }),
      read: (work) => this.read(work),
      // Data migrations may touch every row of a large store.
      write: (work) => countingWrite(() => this.enqueueBulk(() => writer.writeTransaction(work))),
    };
    let report: MigrationReport;
    try {
      report = await runMigrations(target);
    } finally {
      this.clearStatementCaches();
    }
    return report;
  }

  async ping(): Promise<void> {
    this.assertOpen();
    await this.readers.use((session) => session.exec('RETURN 1 AS ok'));
  }

  /**
   * Refuses new work (`CLOSED`), lets queued writes and running reads finish, then closes
   * the database, which checkpoints it: no write-ahead log is left for the next start.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writeTail.catch(() => undefined);
    await this.readers.drained();
    this.release();
  }

  /**
   * Closes at once, for a process `exit` hook where nothing asynchronous runs any more.
   * Returns false (and leaves the database to Kùzu's recovery) when a statement was still
   * running: pulling its connection away could crash the exiting process.
   */
  closeNow(): boolean {
    if (this.released) return true;
    if (!this.readers.idleNow() || this.writing > 0) return false;
    this.closed = true;
    this.release();
    return true;
  }

  private released = false;
  /** Write units queued or running: closing synchronously is safe only at 0. */
  private writing = 0;

  private release(): void {
    if (this.released) return;
    this.released = true;
    for (const session of [this.writer, ...this.readers.sessions]) session.connection.closeSync();
    this.database.closeSync();
    forget(this);
  }

  /**
   * Bulk-loads a staged CSV file (header row; columns in the order `options.columns`
   * names, relationship files starting with the two endpoint keys) with Kùzu's `COPY`,
   * the only fast bulk path (PERFORMANCE.md: 3 s against ≈ 18 min of UNWIND + MATCH at
   * 100k people). COPY text cannot be a parameterised registered query, so the table,
   * endpoint labels and columns are checked against the schema and the path is refused
   * when it could break out of its quotes. For the synthetic generator; never user input.
   */
  async copyFrom(table: string, file: string, options: CopyOptions = {}): Promise<void> {
    this.assertOpen();
    const statement = copyStatement(table, file, options);
    try {
      await this.enqueueBulk(() => this.writer.exec(statement));
    } finally {
      this.clearStatementCaches();
    }
  }

  /** The data folder this store owns. */
  get folder(): string {
    return this.dataDir;
  }

  /** Prepared statements bound against an older catalogue or index must be prepared again. */
  private clearStatementCaches(): void {
    this.writer.clearCache();
    for (const session of this.readers.sessions) session.clearCache();
  }

  private async hasIndex(session: KuzuSession, table: string, name: string): Promise<boolean> {
    const rows = await session.exec('CALL SHOW_INDEXES() RETURN table_name, index_name');
    return rows.some((r) => r.table_name === table && r.index_name === name);
  }

  /** Queues maintenance work (schema changes, bulk loads, index builds) under the long timeout. */
  private enqueueBulk<T>(work: () => Promise<T>): Promise<T> {
    return this.enqueueWrite(() => this.writer.withTimeout(BULK_TIMEOUT_MS, this.writeTimeoutMs, work));
  }

  private enqueueWrite<T>(work: () => Promise<T>): Promise<T> {
    this.writing += 1;
    // A unit whose request has already been answered with TIMEOUT must not start (deadline-scope.ts).
    const start = () => {
      assertBeforeDeadline('the write could start');
      return work();
    };
    const run = this.writeTail.then(start, start).finally(() => {
      this.writing -= 1;
    });
    this.writeTail = run.catch(() => undefined);
    return run;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('CLOSED', `The store at ${this.dataDir} is closed`);
  }
}

/** Where a COPY goes: the endpoint labels of a relationship table, and the file's property columns in order. */
export interface CopyOptions {
  /** The FROM label; required for relationship tables with several endpoint pairs. */
  readonly from?: string;
  readonly to?: string;
  /** Property columns of the file, in order (all of the table's, in schema order, when absent). */
  readonly columns?: readonly string[];
}

/** Builds a COPY statement from schema-checked names and a path that cannot leave its quotes. */
export function copyStatement(table: string, file: string, options: CopyOptions = {}): string {
  if (!path.isAbsolute(file) || /['"\\\n\r]/.test(file)) {
    throw new StoreError('QUERY', `COPY needs an absolute file path without quotes or backslashes: ${JSON.stringify(file)}`);
  }
  const node = graphSchema.nodes.find((n) => n.label === table);
  const rel = graphSchema.relationships.find((r) => r.type === table);
  const properties = node?.properties ?? rel?.properties;
  if (!properties) throw new StoreError('QUERY', `COPY into unknown table ${JSON.stringify(table)}`);
  const columns = options.columns ?? Object.keys(properties);
  const unknown = columns.filter((c) => !(c in properties));
  if (unknown.length > 0) throw new StoreError('QUERY', `COPY ${table}: unknown columns ${unknown.join(', ')}`);
  const columnList = columns.length > 0 ? `(${columns.join(', ')})` : '';
  const settings = ['HEADER=true'];
  if (rel) {
    const pair = options.from || options.to ? [options.from, options.to] : rel.endpoints.length === 1 ? rel.endpoints[0] : undefined;
    const known = pair && rel.endpoints.some(([f, t]) => f === pair[0] && t === pair[1]);
    if (!pair || !known) {
      throw new StoreError('QUERY', `COPY ${table} needs one of its endpoint pairs as from/to, got ${String(pair?.[0])} → ${String(pair?.[1])}`);
    }
    settings.unshift(`from='${pair[0]}'`, `to='${pair[1]}'`);
  } else if (options.from || options.to) {
    throw new StoreError('QUERY', `COPY ${table}: from/to are for relationship tables`);
  }
  return `COPY ${table}${columnList} FROM '${file}' (${settings.join(', ')})`;
}

/** Open stores by resolved data folder; on globalThis so `next dev` reloads reuse them. */
const registry: Map<string, KuzuStore> = ((globalThis as { __rizomaKuzuStores?: Map<string, KuzuStore> })
  .__rizomaKuzuStores ??= new Map());

function forget(store: KuzuStore): void {
  if (registry.get(store.folder) === store) registry.delete(store.folder);
}

/** Every Kùzu store this process has open (for shutdown hooks). */
export function openKuzuStores(): KuzuStore[] {
  return [...registry.values()];
}

/** The process-wide store for a data folder: a second call returns the same instance. */
export function openKuzuStore(options: KuzuOptions): KuzuStore {
  const dataDir = path.resolve(/*turbopackIgnore: true*/ options.dataDir);
  return registry.get(dataDir) ?? KuzuStore.create({ ...options, dataDir });
}
