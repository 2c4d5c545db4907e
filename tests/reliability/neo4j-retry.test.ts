/**
 * Retry semantics of the Neo4j adapter (../shared/RELIABILITY.md tests 52 and 53) against
 * a fake driver whose explicit transactions stage their writes and apply them only on
 * commit, as the server does: "applied exactly once" is then read off the fake's data.
 */
import neo4j, { Neo4jError } from 'neo4j-driver';
import { StoreError } from '@/lib/graph/errors';
import {
  openNeo4jStore,
  type Neo4jDriverLike,
  type Neo4jExplicitTransactionLike,
  type Neo4jSessionConfig,
  type Neo4jSessionLike,
  type Neo4jStore,
} from '@/lib/graph/neo4j';
import { backoffMs, DEFAULT_RETRY_POLICY, isRetryableNeo4jError, withRetries } from '@/lib/graph/neo4j-retry';
import { defineQuery } from '@/lib/graph/query';

const addTag = defineQuery('test.retry.addTag', 'MATCH (p:Person {id: $id}) SET p.tags = coalesce(p.tags, []) + $tag');

function driverError(code: string): Neo4jError {
  return new Neo4jError(`failed: ${code}`, code, '50N42', 'error: general processing exception');
}

/** A driver whose transactions stage writes and apply them on commit only. */
class StagingDriver implements Neo4jDriverLike {
  /** The committed "database": one entry per applied write. */
  readonly applied: string[] = [];
  readonly outcomes: string[] = [];
  readonly configs: Neo4jSessionConfig[] = [];
  attempts = 0;

  constructor(private readonly failures: (attempt: number) => Neo4jError | null) {}

  session(config: Neo4jSessionConfig): Neo4jSessionLike {
    this.configs.push(config);
    return {
      beginTransaction: (): Neo4jExplicitTransactionLike => {
        const attempt = ++this.attempts;
        const staged: string[] = [];
        return {
          run: async (_text, params) => {
            staged.push(String(params.tag));
            const failure = this.failures(attempt);
            if (failure) throw failure;
            return { records: [] };
          },
          commit: async () => {
            this.applied.push(...staged);
            this.outcomes.push('commit');
          },
          rollback: async () => {
            this.outcomes.push('rollback');
          },
        };
      },
      run: async () => ({ records: [] }),
      close: async () => undefined,
    };
  }

  async getServerInfo(): Promise<unknown> {
    return {};
  }

  async close(): Promise<void> {}
}

const opened: Neo4jStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

function open(driver: StagingDriver): Neo4jStore {
  const store = openNeo4jStore({ uri: 'bolt://fake:7687', database: `retry-${opened.length}-${Date.now()}` }, () => driver);
  opened.push(store);
  return store;
}

describe('#52 Neo4j retry semantics', () => {
  test('#52 DeadlockDetected twice → success on attempt 3, the write applied exactly once', async () => {
    const driver = new StagingDriver((attempt) => (attempt <= 2 ? driverError('Neo.TransientError.Transaction.DeadlockDetected') : null));
    const store = open(driver);
    let bodyRuns = 0;
    await store.write(async (tx) => {
      bodyRuns++;
      await tx.run(addTag, { id: 'p1', tag: 'once' });
    });
    expect(driver.attempts).toBe(3);
    expect(bodyRuns).toBe(3);
    expect(driver.outcomes).toEqual(['rollback', 'rollback', 'commit']);
    expect(driver.applied).toEqual(['once']);
  });

  test('#52 ConstraintValidationFailed → 1 attempt only, a CONSTRAINT StoreError (CONFLICT for the API)', async () => {
    const driver = new StagingDriver(() => driverError('Neo.ClientError.Schema.ConstraintValidationFailed'));
    const store = open(driver);
    const error: unknown = await store.mutate(addTag, { id: 'p1', tag: 'dup' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('CONSTRAINT');
    expect(driver.attempts).toBe(1);
    expect(driver.outcomes).toEqual(['rollback']);
    expect(driver.applied).toEqual([]);
  });

  test('#52 a transient error that never clears stops after 5 attempts, nothing applied', async () => {
    const driver = new StagingDriver(() => driverError('Neo.TransientError.Transaction.LockClientStopped'));
    const store = open(driver);
    const started = Date.now();
    const error: unknown = await store.mutate(addTag, { id: 'p1', tag: 'never' }).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('TRANSIENT');
    expect(driver.attempts).toBe(DEFAULT_RETRY_POLICY.maxAttempts);
    expect(driver.applied).toEqual([]);
    // Backoff ceilings 50 + 100 + 200 + 400 ms: well inside the 5 s budget.
    expect(Date.now() - started).toBeLessThan(DEFAULT_RETRY_POLICY.maxTotalMs);
  });

  test('#52 which errors are retried', () => {
    for (const code of ['Neo.TransientError.Transaction.DeadlockDetected', 'Neo.TransientError.General.DatabaseUnavailable', 'ServiceUnavailable', 'SessionExpired']) {
      expect([code, isRetryableNeo4jError(driverError(code))]).toEqual([code, true]);
    }
    for (const code of ['Neo.ClientError.Schema.ConstraintValidationFailed', 'Neo.ClientError.Statement.SyntaxError', 'Neo.ClientError.Transaction.TransactionTimedOut']) {
      expect([code, isRetryableNeo4jError(driverError(code))]).toEqual([code, false]);
    }
    expect(isRetryableNeo4jError(new Error('Neo.TransientError.X'))).toBe(false);
  });

  test('#52 the loop respects its time budget and jitters its pauses', async () => {
    let clock = 0;
    const pauses: number[] = [];
    const env = { now: () => clock, random: () => 1, sleep: async (ms: number) => void (pauses.push(ms), (clock += ms)) };
    let calls = 0;
    const failing = (): Promise<never> => {
      calls++;
      clock += 1_500; // each attempt takes 1.5 s
      return Promise.reject(driverError('Neo.TransientError.Transaction.DeadlockDetected'));
    };
    await expect(withRetries(failing, isRetryableNeo4jError, DEFAULT_RETRY_POLICY, env)).rejects.toBeInstanceOf(Neo4jError);
    // Attempts start at 0, 1.55, 3.15 and 4.85 s; after the 4th (6.35 s) no 5th may start past the 5 s budget.
    expect(calls).toBe(4);
    expect(pauses).toEqual([50, 100, 200]);
    expect(backoffMs(2, DEFAULT_RETRY_POLICY, () => 0)).toBe(25);
    expect(backoffMs(12, DEFAULT_RETRY_POLICY, () => 1)).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
  });

  test('#18 every Neo4j transaction carries a server-side timeout ≤ 5 s', async () => {
    const timeouts: number[] = [];
    const driver = new StagingDriver(() => null);
    const session = driver.session.bind(driver);
    driver.session = (config) => {
      const s = session(config);
      const begin = s.beginTransaction.bind(s);
      return { ...s, beginTransaction: (c) => (timeouts.push(c.timeout), begin(c)) };
    };
    const store = open(driver);
    await store.mutate(addTag, { id: 'p1', tag: 't' });
    await store.read(async () => 1);
    expect(timeouts).toHaveLength(2);
    expect(Math.max(...timeouts)).toBeLessThanOrEqual(5_000);
  });
});

describe('#53 causal reads (clusters)', () => {
  test('#53 every session of a store shares one bookmark manager, so a read waits for the writes before it', async () => {
    const driver = new StagingDriver(() => null);
    const store = open(driver);
    await store.mutate(addTag, { id: 'p1', tag: 'w' });
    await store.query(addTag, { id: 'p1', tag: 'r' });
    const [write, read] = driver.configs;
    expect(write?.defaultAccessMode).toBe('WRITE');
    expect(read?.defaultAccessMode).toBe('READ');
    expect(read?.bookmarkManager).toBe(write?.bookmarkManager);
    // A real driver BookmarkManager (neo4j.bookmarkManager()), not a stand-in.
    expect(typeof read?.bookmarkManager.getBookmarks).toBe('function');
    expect(neo4j.bookmarkManager).toBeDefined();
  });
});
