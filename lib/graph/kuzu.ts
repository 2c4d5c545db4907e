import fs from 'node:fs';
import path from 'node:path';
import kuzu from 'kuzu';
import type { Connection, Database, KuzuValue, PreparedStatement, QueryResult } from 'kuzu';
import { StoreError, StoreLockedError } from './errors';
import { kuzuFulltextIndex, kuzuNodeTable, kuzuStatements } from './ddl-kuzu';
import { runMigrations, type MigrationTarget } from './migrations';
import { queryText, type CypherQuery } from './query';
import { graphSchema, nodeSchema, NODE } from './schema';
import type { GraphStore, MigrationReport, QueryRunner } from './store';
import type { Params, Row } from './types';
import { rowFromKuzu } from './kuzu-values';
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
/** Migrations, COPY bulk loads, full-text index rebuilds and checkpoints: seconds at 100k people, more on big stores. */
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

/**
 * Keeps full-text queries and write units from running at the same time.
 *
 * Why: Kùzu 0.11.3 corrupts its native heap when a `QUERY_FTS_INDEX` statement runs on one
 * connection while another connection writes rows of the table that index covers. The
 * soak (`npm run soak`) killed `next start` 3 times out of 3 with glibc aborts ("corrupted
 * size vs. prev_size", "malloc(): invalid next size (unsorted)") and no JS stack;
 * scripts/bench/kuzu-stress.ts reproduced it in-process (full soak mix: 6 of 7 runs
 * aborted within 6–42 s, the 7th hung; search + proposals alone 2/2 aborted; with ONE read
 * connection 2/2; 20 operations in flight instead of 200 2/2) and survived without the
 * search operations (0/2) or without the proposals (0/2). Bare `kuzu`, one writer creating
 * rows of an indexed table and one reader querying its index (tests/support/kuzu-fts-race.mjs,
 * to run against a new Kùzu before removing this gate): 8/8 aborted within 30 s,
 * with or without prepared statements, with automatic checkpoints on or off. The same
 * reader against writes to a table without an index (2/2) or with another index (2/2),
 * plain reads of the indexed table during the writes (2/2) and the same full-text reads
 * and writes taken in turns (2/2) all survived. With this gate the soak mix ran its full
 * duration 6 times out of 6 (3 × 90 s, 3 × 60 s); at 50 in flight 7 % of full-text statements waited, 13 ms on average.
 *
 * So full-text statements on the read connections share this gate, and every write unit
 * (its statements and its COMMIT, on the one write connection) holds it alone. Other reads
 * never wait. A write unit must therefore never wait for a full-text read of the pool
 * (none does: search runs only in read units). A waiting write goes first, so a stream of
 * searches cannot starve the write queue; the write queue is serial, so searches waiting
 * behind one write all start when it ends.
 */
class FulltextGate {
  private sharing = 0;
  private held = false;
  private readonly sharedWaiting: (() => void)[] = [];
  private readonly exclusiveWaiting: (() => void)[] = [];

  /** Runs a full-text read; any number run together, never during a write unit. */
  async shared<T>(work: () => Promise<T>): Promise<T> {
    if (this.held || this.exclusiveWaiting.length > 0) await new Promise<void>((grant) => this.sharedWaiting.push(grant));
    else this.sharing += 1;
    try {
      return await work();
    } finally {
      this.sharing -= 1;
      this.admit();
    }
  }

  /** Runs a write unit once no full-text read runs, and keeps new ones out until it ends. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.held || this.sharing > 0) await new Promise<void>((grant) => this.exclusiveWaiting.push(grant));
    else this.held = true;
    try {
      return await work();
    } finally {
      this.held = false;
      this.admit();
    }
  }

  /** Hands the gate on: to a waiting write when nothing runs, else (no write waiting) to every waiting read. */
  private admit(): void {
    if (this.held) return;
    const write = this.exclusiveWaiting[0];
    if (write) {
      if (this.sharing > 0) return;
      this.exclusiveWaiting.shift();
      this.held = true;
      write();
      return;
    }
    const reads = this.sharedWaiting.splice(0);
    this.sharing += reads.length;
    for (const grant of reads) grant();
  }
}

/** Whether a statement reads a full-text index (see FulltextGate). */
function readsFulltextIndex(text: string): boolean {
  return /QUERY_FTS_INDEX/i.test(text);
}

/** One Kùzu connection with its own prepared-statement cache. */
class KuzuSession implements QueryRunner {
  private readonly statements = new Map<string, PreparedStatement>();

  constructor(
    readonly connection: Connection,
    private readonly dataDir: string,
    /** Read sessions pass full-text statements through it; the write session holds it per unit instead. */
    private readonly fulltextGate?: FulltextGate,
  ) {}

  async run<R extends Row>(query: CypherQuery<R>, params: Params = {}): Promise<R[]> {
    return (await this.runText(queryText(query, 'kuzu'), params)) as R[];
  }

  async runText(text: string, params: Params = {}): Promise<Row[]> {
    try {
      return await this.gated(text, async () => {
        let statement = this.statements.get(text);
        if (!statement) {
          statement = await this.connection.prepare(text);
          if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
          this.statements.set(text, statement);
        }
        return collect(await this.connection.execute(statement, params as Record<string, KuzuValue>));
      });
    } catch (error) {
      throw mapKuzuError(error, this.dataDir);
    }
  }

  /** Runs a statement that cannot be prepared (DDL, transaction control, CALL procedures). */
  async exec(text: string): Promise<Row[]> {
    try {
      return await this.gated(text, async () => collect(await this.connection.query(text)));
    } catch (error) {
      throw mapKuzuError(error, this.dataDir);
    }
  }

  /** Runs a full-text read (prepare, execute and every row read) inside the gate; anything else at once. */
  private gated(text: string, work: () => Promise<Row[]>): Promise<Row[]> {
    return this.fulltextGate && readsFulltextIndex(text) ? this.fulltextGate.shared(work) : work();
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

  /** Runs `work` in an explicit transaction, rolling back on any error. */
  async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    await this.exec(mode === 'READ' ? 'BEGIN TRANSACTION READ ONLY' : 'BEGIN TRANSACTION');
    let result: T;
    try {
      result = await work(this);
    } catch (error) {
      await this.rollbackQuietly();
      throw error;
    }
    await this.exec('COMMIT');
    return result;
  }

  private async rollbackQuietly(): Promise<void> {
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
    const session = this.idle.pop() ?? (await this.acquire());
    try {
      return await work(session);
    } finally {
      const next = this.waiting.shift();
      if (next) next.grant(session);
      else this.idle.push(session);
      if (this.idle.length === this.sessions.length) for (const done of this.onDrained.splice(0)) done();
    }
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
  /** Full-text reads and write units never overlap (a Kùzu 0.11.3 heap corruption: FulltextGate). */
  private readonly fulltextGate = new FulltextGate();
  private closed = false;

  private constructor(
    private readonly database: Database,
    private readonly dataDir: string,
    options: KuzuOptions,
  ) {
    this.location = `kuzu:${dataDir}`;
    this.writeTimeoutMs = options.writeTimeoutMs ?? WRITE_TIMEOUT_MS;
    const open = (timeoutMs: number, gate?: FulltextGate): KuzuSession => {
      const connection = new kuzu.Connection(database);
      connection.initSync();
      connection.setQueryTimeout(timeoutMs);
      return new KuzuSession(connection, dataDir, gate);
    };
    this.writer = open(this.writeTimeoutMs);
    const readTimeoutMs = options.readTimeoutMs ?? READ_TIMEOUT_MS;
    this.readers = new SessionPool(
      Array.from({ length: Math.max(1, options.readConnections ?? 2) }, () => open(readTimeoutMs, this.fulltextGate)),
      { acquireTimeoutMs: options.acquireTimeoutMs ?? ACQUIRE_TIMEOUT_MS, maxWaiting: options.maxWaitingReads ?? MAX_WAITING_READS },
    );
  }

  private readonly writeTimeoutMs: number;

  /** Opens (creating if needed) the database in `options.dataDir`. Prefer `openKuzuStore`. */
  static create(options: KuzuOptions): KuzuStore {
    const dataDir = path.resolve(/*turbopackIgnore: true*/ options.dataDir);
    fs.mkdirSync(dataDir, { recursive: true });
    // A write-ahead log left behind means the last process did not close the database.
    // Kùzu 0.11.3 replays node and relationship changes from it but not full-text index
    // changes (measured: after a kill, every person seeded since the last checkpoint was
    // missing from the index, and updating one of them then crashed the process), so the
    // indexes are rebuilt from the stored rows when the store is migrated.
    const walFile = path.join(/*turbopackIgnore: true*/ dataDir, 'graph.kuzu.wal');
    const uncleanShutdown = fs.existsSync(walFile) && fs.statSync(walFile).size > 0;
    let database: Database;
    try {
      database = new kuzu.Database(path.join(/*turbopackIgnore: true*/ dataDir, 'graph.kuzu'), options.bufferPoolBytes ?? DEFAULT_BUFFER_POOL);
      // Eager initialisation: concurrent first queries on a lazily opened database crashed the process.
      database.initSync();
    } catch (error) {
      throw mapKuzuError(error, dataDir);
    }
    const store = new KuzuStore(database, dataDir, options);
    store.fulltextNeedsRebuild = uncleanShutdown;
    return store;
  }

  /** Set when the database was opened after an unclean shutdown (see `create`). */
  fulltextNeedsRebuild = false;

  /** Writes everything in the write-ahead log into the database file. */
  async checkpoint(): Promise<void> {
    this.assertOpen();
    await this.enqueueBulk(() => this.writer.exec('CHECKPOINT'));
  }

  async read<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    this.assertOpen();
    return this.readers.use((session) => session.transaction('READ', work));
  }

  async write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    this.assertOpen();
    return countingWrite(() => this.enqueueWrite(() => this.writer.transaction('WRITE', work)));
  }

  async query<R extends Row>(query: CypherQuery<R>, params?: Params): Promise<R[]> {
    this.assertOpen();
    return this.readers.use((session) => session.run(query, params));
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
          const { ddl, fulltext } = kuzuStatements(op, schema);
          for (const statement of ddl) await writer.exec(statement);
          if (fulltext && !(await this.hasIndex(writer, fulltext.table, fulltext.name))) {
            await writer.exec(fulltext.ddl);
          }
        }),
      read: (work) => this.read(work),
      // Data migrations may touch every row of a large store.
      write: (work) => countingWrite(() => this.enqueueBulk(() => writer.transaction('WRITE', work))),
    };
    let report: MigrationReport;
    try {
      report = await runMigrations(target);
    } finally {
      this.clearStatementCaches();
    }
    if (this.fulltextNeedsRebuild) {
      await this.rebuildFulltextIndexes();
      await this.checkpoint();
      this.fulltextNeedsRebuild = false;
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

  /**
   * Drops every full-text index. COPY keeps the indexes current, but loading with them
   * in place was 8× slower (100k rows: 4.7 s against 0.6 s + 2.3 s to rebuild), so bulk
   * loads drop them first and call `rebuildFulltextIndexes` after.
   */
  async dropFulltextIndexes(): Promise<void> {
    this.assertOpen();
    try {
      await this.enqueueBulk(async () => {
        for (const node of graphSchema.nodes) {
          if (node.fulltext && (await this.hasIndex(this.writer, node.label, node.fulltext.name))) {
            await this.writer.exec(`CALL DROP_FTS_INDEX('${node.label}', '${node.fulltext.name}')`);
          }
        }
      });
    } finally {
      this.clearStatementCaches();
    }
  }

  /** Drops (when present) and creates again every full-text index of the schema, over the rows now stored. */
  async rebuildFulltextIndexes(): Promise<void> {
    await this.dropFulltextIndexes();
    try {
      await this.enqueueBulk(async () => {
        for (const node of graphSchema.nodes) {
          const ddl = kuzuFulltextIndex(node);
          if (ddl) await this.writer.exec(ddl);
        }
      });
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
    const alone = () => this.fulltextGate.exclusive(work);
    const run = this.writeTail.then(alone, alone).finally(() => {
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
  const existing = registry.get(dataDir);
  if (existing) return existing;
  const store = KuzuStore.create({ ...options, dataDir });
  registry.set(dataDir, store);
  return store;
}
