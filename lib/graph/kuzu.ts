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

export interface KuzuOptions {
  /** The data folder; the database file lives inside it. */
  readonly dataDir: string;
  /** Read connections in the pool (about one per core helps; more gives nothing). */
  readonly readConnections?: number;
  /** Buffer pool size in bytes; Kùzu's default reserves 80 % of RAM. */
  readonly bufferPoolBytes?: number;
}

const DEFAULT_BUFFER_POOL = 512 * 1024 * 1024;

/** Maps a Kùzu error message to a typed StoreError. */
export function mapKuzuError(error: unknown, dataDir: string): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/Could not set lock on file/i.test(message)) return new StoreLockedError(dataDir, error);
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
      const result = await this.connection.execute(statement, params as Record<string, KuzuValue>);
      return await collect(result);
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

/** A small fixed pool of read sessions: one Kùzu connection runs one query at a time. */
class SessionPool {
  private readonly idle: KuzuSession[];
  private readonly waiting: ((s: KuzuSession) => void)[] = [];

  constructor(readonly sessions: KuzuSession[]) {
    this.idle = [...sessions];
  }

  async use<T>(work: (session: KuzuSession) => Promise<T>): Promise<T> {
    const session = this.idle.pop() ?? (await new Promise<KuzuSession>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(session);
    } finally {
      const next = this.waiting.shift();
      if (next) next(session);
      else this.idle.push(session);
    }
  }
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
    readConnections: number,
  ) {
    this.location = `kuzu:${dataDir}`;
    const open = (): KuzuSession => {
      const connection = new kuzu.Connection(database);
      connection.initSync();
      return new KuzuSession(connection, dataDir);
    };
    this.writer = open();
    this.readers = new SessionPool(Array.from({ length: Math.max(1, readConnections) }, open));
  }

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
    const store = new KuzuStore(database, dataDir, options.readConnections ?? 2);
    store.fulltextNeedsRebuild = uncleanShutdown;
    return store;
  }

  /** Set when the database was opened after an unclean shutdown (see `create`). */
  fulltextNeedsRebuild = false;

  /** Writes everything in the write-ahead log into the database file. */
  async checkpoint(): Promise<void> {
    this.assertOpen();
    await this.enqueueWrite(() => this.writer.exec('CHECKPOINT'));
  }

  async read<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    this.assertOpen();
    return this.readers.use((session) => session.transaction('READ', work));
  }

  async write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    this.assertOpen();
    return this.enqueueWrite(() => this.writer.transaction('WRITE', work));
  }

  async query<R extends Row>(query: CypherQuery<R>, params?: Params): Promise<R[]> {
    this.assertOpen();
    return this.readers.use((session) => session.run(query, params));
  }

  async mutate<R extends Row>(query: CypherQuery<R>, params?: Params): Promise<R[]> {
    this.assertOpen();
    return this.enqueueWrite(() => this.writer.run(query, params));
  }

  async migrate(): Promise<MigrationReport> {
    this.assertOpen();
    const writer = this.writer;
    const target: MigrationTarget = {
      prepare: () =>
        this.enqueueWrite(async () => {
          await writer.exec(kuzuNodeTable(nodeSchema(NODE.SchemaMigration)));
        }),
      apply: (op, schema) =>
        this.enqueueWrite(async () => {
          const { ddl, fulltext } = kuzuStatements(op, schema);
          for (const statement of ddl) await writer.exec(statement);
          if (fulltext && !(await this.hasIndex(writer, fulltext.table, fulltext.name))) {
            await writer.exec(fulltext.ddl);
          }
        }),
      read: (work) => this.read(work),
      write: (work) => this.write(work),
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

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writeTail.catch(() => undefined);
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
      await this.enqueueWrite(() => this.writer.exec(statement));
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
      await this.enqueueWrite(async () => {
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
      await this.enqueueWrite(async () => {
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

  private enqueueWrite<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writeTail.then(work, work);
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

/** The process-wide store for a data folder: a second call returns the same instance. */
export function openKuzuStore(options: KuzuOptions): KuzuStore {
  const dataDir = path.resolve(/*turbopackIgnore: true*/ options.dataDir);
  const existing = registry.get(dataDir);
  if (existing) return existing;
  const store = KuzuStore.create({ ...options, dataDir });
  registry.set(dataDir, store);
  return store;
}
