import type { CypherQuery } from '@/lib/graph/query';
import type { GraphStore, MigrationReport, QueryRunner } from '@/lib/graph/store';
import type { Engine, Params, Row } from '@/lib/graph/types';

/**
 * A GraphStore that forwards to another and counts the statements it is asked to run:
 * `query`, `mutate`, and every `run` inside `read`/`write` units of work. Tests use it
 * to prove that a page issues a bounded number of statements (no N+1).
 */
export class CountingStore implements GraphStore {
  /** The name of every statement run, in order. */
  readonly statements: string[] = [];

  constructor(private readonly inner: GraphStore) {}

  get engine(): Engine {
    return this.inner.engine;
  }

  get location(): string {
    return this.inner.location;
  }

  /** How many statements ran since the last reset. */
  get count(): number {
    return this.statements.length;
  }

  reset(): void {
    this.statements.length = 0;
  }

  private counted(tx: QueryRunner): QueryRunner {
    return {
      run: <R extends Row>(query: CypherQuery<R>, params?: Params) => {
        this.statements.push(query.name);
        return tx.run(query, params);
      },
    };
  }

  read<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.inner.read((tx) => work(this.counted(tx)));
  }

  write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.inner.write((tx) => work(this.counted(tx)));
  }

  query<R extends Row>(query: CypherQuery<R>, params?: Params): Promise<R[]> {
    this.statements.push(query.name);
    return this.inner.query(query, params);
  }

  mutate<R extends Row>(query: CypherQuery<R>, params?: Params): Promise<R[]> {
    this.statements.push(query.name);
    return this.inner.mutate(query, params);
  }

  migrate(): Promise<MigrationReport> {
    return this.inner.migrate();
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  /** Leaves the wrapped store open: whoever opened it closes it. */
  async close(): Promise<void> {}
}
