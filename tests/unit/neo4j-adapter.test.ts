/**
 * The Neo4j adapter against a hand-written fake driver (there is no Neo4j server here):
 * value and parameter conversion, managed transactions, retries, error mapping,
 * the driver registry, migrations. The fake builds real driver values (Integer, Node,
 * DateTime, Record, Neo4jError), so conversions are tested on what the driver returns.
 */
import neo4j, { isInt, Neo4jError, type Integer } from 'neo4j-driver';
import { StoreError } from '@/lib/graph/errors';
import { defineQuery, type CypherQuery } from '@/lib/graph/query';
import { neo4jStatements } from '@/lib/graph/ddl-neo4j';
import { MIGRATIONS } from '@/lib/graph/migrations';
import { graphSchema } from '@/lib/graph/schema';
import {
  AWAIT_INDEXES,
  neo4jOptionsFromEnv,
  openNeo4jStore,
  redactUri,
  type Neo4jDriverFactory,
  type Neo4jDriverLike,
  type Neo4jExplicitTransactionLike,
  type Neo4jSessionConfig,
  type Neo4jSessionLike,
  type Neo4jStore,
} from '@/lib/graph/neo4j';
import { fromNeo4j, toNeo4jParams } from '@/lib/graph/neo4j-values';
import type { Row } from '@/lib/graph/types';

const people = defineQuery<{ name: string; version: number }>(
  'test.neo4j.people',
  'MATCH (p:Person) RETURN p.name AS name, p.version AS version',
);
const rename = defineQuery<{ name: string }>(
  'test.neo4j.rename',
  'MATCH (p:Person {id: $id}) SET p.name = $name RETURN p.name AS name',
);

// ---------------------------------------------------------------------------------------
// The fake driver

type Responder = (text: string, params: Record<string, unknown>) => Record<string, unknown>[];

interface SessionLog {
  config: Neo4jSessionConfig;
  /** Each explicit transaction begun on the session: its timeout and how it ended. */
  transactions: { timeout: number; outcome: 'open' | 'committed' | 'rolled back' }[];
  autoCommit: string[];
  closed: boolean;
}

class FakeDriver implements Neo4jDriverLike {
  readonly sessions: SessionLog[] = [];
  readonly statements: { text: string; params: Record<string, unknown> }[] = [];
  /** How many transactions were begun (one per attempt, retries included). */
  attempts = 0;
  closed = false;
  serverInfo: () => Promise<unknown> = async () => ({ address: 'fake:7687' });

  constructor(public respond: Responder = () => []) {}

  session(config: Neo4jSessionConfig): Neo4jSessionLike {
    const log: SessionLog = { config, transactions: [], autoCommit: [], closed: false };
    this.sessions.push(log);
    return {
      beginTransaction: ({ timeout }): Neo4jExplicitTransactionLike => {
        this.attempts++;
        const entry: SessionLog['transactions'][number] = { timeout, outcome: 'open' };
        log.transactions.push(entry);
        return {
          run: async (text, params) => {
            this.statements.push({ text, params });
            const rows = this.respond(text, params);
            return { records: rows.map((row) => new neo4j.types.Record(Object.keys(row), Object.values(row))) };
          },
          commit: async () => {
            entry.outcome = 'committed';
          },
          rollback: async () => {
            entry.outcome = 'rolled back';
          },
        };
      },
      run: async (text) => {
        log.autoCommit.push(text);
        this.respond(text, {});
        return { records: [] };
      },
      close: async () => {
        log.closed = true;
      },
    };
  }

  async getServerInfo(): Promise<unknown> {
    return this.serverInfo();
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

function driverError(code: string, message = `failed: ${code}`): Neo4jError {
  return new Neo4jError(message, code, '50N42', 'error: general processing exception');
}

const PASSWORD = 'hunter2-secret';
const opened: Neo4jStore[] = [];

/** Opens a store on a fresh fake driver; each test gets its own database name (own registry key). */
function openFake(
  respond?: Responder,
  database = `db${opened.length}`,
): { store: Neo4jStore; driver: FakeDriver; factory: jest.Mock } {
  const driver = new FakeDriver(respond);
  const factory = jest.fn<Neo4jDriverLike, Parameters<Neo4jDriverFactory>>(() => driver);
  const store = openNeo4jStore({ uri: 'neo4j://localhost:7687', password: PASSWORD, database }, factory);
  opened.push(store);
  return { store, driver, factory };
}

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

async function storeError(promise: Promise<unknown>): Promise<StoreError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(error)}`);
  return error;
}

// ---------------------------------------------------------------------------------------

describe('parameters', () => {
  test('integers become Integer, floats stay numbers, lists and maps are converted deeply', () => {
    const params = toNeo4jParams({
      level: 3,
      negative: -4,
      big: 2 ** 60,
      score: 1.5,
      huge: 1e30,
      name: 'Ada',
      open: true,
      nothing: null,
      list: [1, 2.5, ['x', 7]],
      row: { id: 'p1', since: 2020, weight: 0.25, nested: { n: 9 } },
    });
    const asInt = (v: unknown): Integer => {
      if (!isInt(v)) throw new Error(`not an Integer: ${String(v)}`);
      return v;
    };
    expect(asInt(params.level).toNumber()).toBe(3);
    expect(asInt(params.negative).toNumber()).toBe(-4);
    expect(asInt(params.big).toString()).toBe(String(2n ** 60n));
    expect(params.score).toBe(1.5);
    // Beyond int64 an Integer would be clamped; the value stays a float instead.
    expect(params.huge).toBe(1e30);
    expect(params.name).toBe('Ada');
    expect(params.open).toBe(true);
    expect(params.nothing).toBeNull();
    const list = params.list as unknown[];
    expect(asInt(list[0]).toNumber()).toBe(1);
    expect(list[1]).toBe(2.5);
    expect(asInt((list[2] as unknown[])[1]).toNumber()).toBe(7);
    const row = params.row as Record<string, unknown>;
    expect(row.id).toBe('p1');
    expect(asInt(row.since).toNumber()).toBe(2020);
    expect(row.weight).toBe(0.25);
    expect(asInt((row.nested as Record<string, unknown>).n).toNumber()).toBe(9);
  });
});

describe('values', () => {
  const { int } = neo4j;
  const ada = new neo4j.types.Node(int(1), ['Person'], { name: 'Ada', version: int(3) }, '4:x:1');
  const skill = new neo4j.types.Node(int(2), ['Skill'], { name: 'Cypher' }, '4:x:2');
  const org = new neo4j.types.Node(int(3), ['Organization'], { name: 'Hub' }, '4:x:3');
  const hasSkill = new neo4j.types.Relationship(int(10), int(1), int(2), 'HAS_SKILL', { level: int(4) }, '5:x:10', '4:x:1', '4:x:2');
  const memberOf = new neo4j.types.Relationship(int(11), int(1), int(3), 'MEMBER_OF', { role: 'founder' }, '5:x:11', '4:x:1', '4:x:3');

  test('integers, including beyond the safe range (lossy, documented)', () => {
    expect(fromNeo4j(int(42))).toBe(42);
    expect(fromNeo4j(int(-7))).toBe(-7);
    expect(fromNeo4j(int('9007199254740993'))).toBe(9007199254740992);
  });

  test('plain values pass through', () => {
    expect(fromNeo4j('x')).toBe('x');
    expect(fromNeo4j(1.5)).toBe(1.5);
    expect(fromNeo4j(false)).toBe(false);
    expect(fromNeo4j(null)).toBeNull();
    expect(fromNeo4j(undefined)).toBeNull();
  });

  test('nodes and relationships', () => {
    expect(fromNeo4j(ada)).toEqual({ kind: 'node', label: 'Person', properties: { name: 'Ada', version: 3 } });
    expect(fromNeo4j(hasSkill)).toEqual({ kind: 'relationship', type: 'HAS_SKILL', properties: { level: 4 } });
  });

  test('paths: nodes in order and the relationships between them', () => {
    const path = new neo4j.types.Path(skill, org, [
      new neo4j.types.PathSegment(skill, hasSkill, ada),
      new neo4j.types.PathSegment(ada, memberOf, org),
    ]);
    expect(fromNeo4j(path)).toEqual({
      kind: 'path',
      nodes: [
        { kind: 'node', label: 'Skill', properties: { name: 'Cypher' } },
        { kind: 'node', label: 'Person', properties: { name: 'Ada', version: 3 } },
        { kind: 'node', label: 'Organization', properties: { name: 'Hub' } },
      ],
      relationships: [
        { kind: 'relationship', type: 'HAS_SKILL', properties: { level: 4 } },
        { kind: 'relationship', type: 'MEMBER_OF', properties: { role: 'founder' } },
      ],
    });
    expect(fromNeo4j(new neo4j.types.Path(ada, ada, []))).toEqual({
      kind: 'path',
      nodes: [{ kind: 'node', label: 'Person', properties: { name: 'Ada', version: 3 } }],
      relationships: [],
    });
  });

  test('DateTime and LocalDateTime become Dates on the UTC timeline', () => {
    // 07:08:09.123 at +02:00 is 05:08:09.123 UTC; components may be Integers.
    const dateTime = new neo4j.types.DateTime(int(2024), int(5), int(6), int(7), int(8), int(9), int(123_000_000), int(7200));
    expect(fromNeo4j(dateTime)).toEqual(new Date('2024-05-06T05:08:09.123Z'));
    const plain = new neo4j.types.DateTime(2024, 5, 6, 7, 8, 9, 0, 0);
    expect(fromNeo4j(plain)).toEqual(new Date('2024-05-06T07:08:09.000Z'));
    const local = new neo4j.types.LocalDateTime(int(2024), int(1), int(2), int(3), int(4), int(5), int(6_000_000));
    expect(fromNeo4j(local)).toEqual(new Date('2024-01-02T03:04:05.006Z'));
  });

  test('a DateTime with a zone id but no offset stays text', () => {
    const zoned = new neo4j.types.DateTime(2024, 5, 6, 7, 8, 9, 0, undefined, 'Europe/Madrid');
    expect(fromNeo4j(zoned)).toBe('2024-05-06T07:08:09[Europe/Madrid]');
  });

  test('Date becomes a Date at UTC midnight', () => {
    expect(fromNeo4j(new neo4j.types.Date(int(2024), int(2), int(29)))).toEqual(new Date('2024-02-29T00:00:00.000Z'));
    expect(fromNeo4j(new neo4j.types.Date(1999, 12, 31))).toEqual(new Date(Date.UTC(1999, 11, 31)));
  });

  test('Duration, Time, LocalTime and Point become strings', () => {
    expect(fromNeo4j(new neo4j.types.Duration(int(14), int(3), int(3600), int(0)))).toBe('P1Y2M3DT1H');
    expect(fromNeo4j(new neo4j.types.Time(10, 30, 0, 0, 3600))).toBe('10:30:00+01:00');
    expect(fromNeo4j(new neo4j.types.LocalTime(10, 30, 15, 0))).toBe('10:30:15');
    const point = fromNeo4j(new neo4j.types.Point(int(4326), 2.17, 41.38));
    expect(typeof point).toBe('string');
    expect(point).toContain('41.38');
  });

  test('lists and maps are converted recursively', () => {
    const value = [int(1), { a: int(2), b: [new neo4j.types.Date(2020, 1, 1), 'x'], n: ada }];
    expect(fromNeo4j(value)).toEqual([
      1,
      { a: 2, b: [new Date('2020-01-01T00:00:00.000Z'), 'x'], n: { kind: 'node', label: 'Person', properties: { name: 'Ada', version: 3 } } },
    ]);
  });
});

describe('units of work', () => {
  test('query() runs one statement in a committed explicit transaction on a READ session, and closes it', async () => {
    const { store, driver } = openFake(() => [{ name: 'Ada', version: neo4j.int(2) }], 'reads');
    await expect(store.query(people)).resolves.toEqual([{ name: 'Ada', version: 2 }]);
    expect(driver.sessions).toEqual([
      {
        config: { database: 'reads', defaultAccessMode: 'READ', bookmarkManager: expect.anything() },
        transactions: [{ timeout: 5000, outcome: 'committed' }],
        autoCommit: [],
        closed: true,
      },
    ]);
    expect(driver.statements.map((s) => s.text)).toEqual([people.neo4j]);
  });

  test('mutate() runs in an explicit transaction on a WRITE session, with converted parameters', async () => {
    const { store, driver } = openFake((_text, params) => [{ name: params.name }], 'writes');
    await expect(store.mutate(rename, { id: 'p1', name: 'Grace' })).resolves.toEqual([{ name: 'Grace' }]);
    expect(driver.sessions[0]?.config.defaultAccessMode).toBe('WRITE');
    expect(driver.sessions[0]?.transactions).toEqual([{ timeout: 5000, outcome: 'committed' }]);
    expect(driver.sessions[0]?.closed).toBe(true);
  });

  test('read() and write() run every statement of the work in one transaction', async () => {
    const { store, driver } = openFake(() => [{ name: 'Ada', version: 1 }]);
    const counts = await store.read(async (tx) => [(await tx.run(people)).length, (await tx.run(people)).length]);
    expect(counts).toEqual([1, 1]);
    await store.write(async (tx) => {
      await tx.run(rename, { id: 'p1', name: 'A' });
      await tx.run(rename, { id: 'p2', name: 'B' });
    });
    expect(driver.sessions.map((s) => s.transactions.map((t) => t.outcome))).toEqual([['committed'], ['committed']]);
    expect(driver.sessions.map((s) => s.config.defaultAccessMode)).toEqual(['READ', 'WRITE']);
    expect(driver.statements).toHaveLength(4);
    const id = driver.statements[3]?.params.id;
    expect(id).toBe('p2');
  });

  test('the session is closed even when the work throws, and the work error passes unchanged', async () => {
    const { store, driver } = openFake();
    class DomainError extends Error {}
    const failure = new DomainError('version conflict');
    await expect(
      store.write(async (tx) => {
        await tx.run(rename, { id: 'p1', name: 'A' });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(driver.sessions[0]?.transactions.map((t) => t.outcome)).toEqual(['rolled back']);
    expect(driver.sessions[0]?.closed).toBe(true);
  });

  test('every session of a store shares one bookmark manager (reads follow earlier writes in a cluster)', async () => {
    const { store, driver } = openFake(() => [{ name: 'Ada', version: 1 }]);
    await store.mutate(rename, { id: 'p1', name: 'Ada' });
    await store.query(people);
    const [first, second] = driver.sessions;
    expect(first?.config.bookmarkManager).toBeDefined();
    expect(second?.config.bookmarkManager).toBe(first?.config.bookmarkManager);
  });

  test('a unit of work retried by the adapter still returns the right result', async () => {
    let calls = 0;
    const { store, driver } = openFake(() => {
      calls++;
      if (calls === 1) throw driverError('Neo.TransientError.Transaction.DeadlockDetected');
      return [{ name: 'Grace' }];
    });
    let runs = 0;
    const result = await store.write(async (tx) => {
      runs++;
      return (await tx.run(rename, { id: 'p1', name: 'Grace' }))[0]?.name;
    });
    expect(result).toBe('Grace');
    expect(runs).toBe(2);
    expect(driver.attempts).toBe(2);
    expect(driver.sessions).toHaveLength(1);
    expect(driver.sessions[0]?.transactions.map((t) => t.outcome)).toEqual(['rolled back', 'committed']);
    expect(driver.sessions[0]?.closed).toBe(true);
  });

  test('an unregistered query is refused before anything is sent', async () => {
    const { store, driver } = openFake();
    const forged: CypherQuery<Row> = { name: 'test.neo4j.people', kuzu: 'RETURN 1', neo4j: 'MATCH (n) DETACH DELETE n' };
    await expect(store.query(forged)).rejects.toThrow(/unregistered/);
    expect(driver.statements).toEqual([]);
    expect(driver.sessions[0]?.closed).toBe(true);
  });
});

describe('errors are mapped at the boundary', () => {
  test.each([
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONSTRAINT'],
    ['ServiceUnavailable', 'UNAVAILABLE'],
    ['SessionExpired', 'UNAVAILABLE'],
    ['Neo.ClientError.Statement.SyntaxError', 'QUERY'],
    ['Neo.ClientError.Statement.ParameterMissing', 'QUERY'],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'TRANSIENT'],
    ['Neo.DatabaseError.General.UnknownError', 'INTERNAL'],
  ])('%s -> %s', async (code, expected) => {
    const { store } = openFake(() => {
      throw driverError(code, `Node(12) already exists; tried neo4j://neo4j:${PASSWORD}@db.example:7687 with ${PASSWORD}`);
    });
    const error = await storeError(store.mutate(rename, { id: 'p1', name: 'A' }));
    expect(error.code).toBe(expected);
    expect(error.message).not.toContain(PASSWORD);
    expect(error.message).toContain('neo4j://db.example:7687');
    expect(error.cause).toBeInstanceOf(Neo4jError);
  });

  test('a transient error is retried by the adapter (5 attempts) before it is reported', async () => {
    const { store, driver } = openFake(() => {
      throw driverError('Neo.TransientError.General.DatabaseUnavailable');
    });
    expect((await storeError(store.query(people))).code).toBe('TRANSIENT');
    expect(driver.attempts).toBe(5);
  });

  test('ping() maps any failure to UNAVAILABLE, without the password', async () => {
    const { store, driver } = openFake();
    await expect(store.ping()).resolves.toBeUndefined();
    driver.serverInfo = async () => {
      throw driverError('ServiceUnavailable', `Failed to connect to server (password ${PASSWORD})`);
    };
    const error = await storeError(store.ping());
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.message).not.toContain(PASSWORD);
    driver.serverInfo = async () => {
      throw new Error('socket hang up');
    };
    expect((await storeError(store.ping())).code).toBe('UNAVAILABLE');
  });
});

describe('the driver registry', () => {
  test('one driver per uri + user + database, created with short timeouts', () => {
    const { store, factory } = openFake(undefined, 'shared');
    const again = openNeo4jStore({ uri: 'neo4j://localhost:7687', password: PASSWORD, database: 'shared' }, factory);
    expect(again).toBe(store);
    expect(factory).toHaveBeenCalledTimes(1);
    const [uri, authToken, config] = factory.mock.calls[0] ?? [];
    expect(uri).toBe('neo4j://localhost:7687');
    expect(authToken).toEqual(neo4j.auth.basic('neo4j', PASSWORD));
    // The driver's own retries stay off: the adapter retries explicit transactions itself.
    expect(config).toMatchObject({ connectionTimeout: 5000, connectionAcquisitionTimeout: 5000, maxTransactionRetryTime: 0 });

    const other = openFake(undefined, 'other');
    expect(other.store).not.toBe(store);
  });

  test('options override the timeouts', () => {
    const driver = new FakeDriver();
    const factory = jest.fn<Neo4jDriverLike, Parameters<Neo4jDriverFactory>>(() => driver);
    opened.push(
      openNeo4jStore(
        {
          uri: 'bolt://localhost:7687',
          database: 'timeouts',
          connectionTimeoutMs: 1000,
          maxTransactionRetryTimeMs: 2000,
          transactionTimeoutMs: 1500,
        },
        factory,
      ),
    );
    expect(factory.mock.calls[0]?.[1]).toBeUndefined();
    expect(factory.mock.calls[0]?.[2]).toMatchObject({
      connectionTimeout: 1000,
      connectionAcquisitionTimeout: 1000,
      maxTransactionRetryTime: 0,
    });
  });

  test('the transaction timeout option reaches every transaction', async () => {
    const driver = new FakeDriver();
    const store = openNeo4jStore({ uri: 'bolt://localhost:7687', database: 'tx-timeout', transactionTimeoutMs: 1500 }, () => driver);
    opened.push(store);
    await store.query(people);
    expect(driver.sessions[0]?.transactions).toEqual([{ timeout: 1500, outcome: 'committed' }]);
  });

  test('close() closes the driver; the store then refuses work and a new open gets a new driver', async () => {
    const { store, driver, factory } = openFake(undefined, 'closing');
    await store.close();
    expect(driver.closed).toBe(true);
    expect((await storeError(store.query(people))).code).toBe('CLOSED');
    expect((await storeError(store.write(async () => 1))).code).toBe('CLOSED');
    expect((await storeError(store.ping())).code).toBe('CLOSED');
    expect((await storeError(store.migrate())).code).toBe('CLOSED');
    await expect(store.close()).resolves.toBeUndefined();
    const reopened = openNeo4jStore({ uri: 'neo4j://localhost:7687', password: PASSWORD, database: 'closing' }, factory);
    opened.push(reopened);
    expect(reopened).not.toBe(store);
    expect(factory).toHaveBeenCalledTimes(2);
  });

  test('location names the server and database, never credentials', () => {
    const driver = new FakeDriver();
    const store = openNeo4jStore(
      { uri: 'neo4j+s://admin:pa55@abc.databases.neo4j.io', username: 'admin', password: 'pa55', database: 'rizoma' },
      () => driver,
    );
    opened.push(store);
    expect(store.engine).toBe('neo4j');
    expect(store.location).toBe('neo4j:neo4j+s://abc.databases.neo4j.io/rizoma');
    expect(redactUri('bolt://u:p@host:7687/x')).toBe('bolt://host:7687/x');
    expect(redactUri('bolt://host:7687')).toBe('bolt://host:7687');
  });

  test('creating the driver with a bad URI fails with a StoreError', () => {
    expect(() => openNeo4jStore({ uri: 'http://nowhere', database: 'bad-uri', password: PASSWORD })).toThrow(StoreError);
  });
});

describe('migrate()', () => {
  test('sends the generated DDL in auto-commit statements and records the migration', async () => {
    let applied: number[] = [];
    const { store, driver } = openFake((text, params) => {
      if (text.startsWith('MATCH (m:SchemaMigration)')) return applied.map((version) => ({ version: neo4j.int(version) }));
      if (text.startsWith('MERGE (m:SchemaMigration')) applied = [...applied, (params.version as Integer).toNumber()];
      return [];
    });
    const report = await store.migrate();
    const latest = Math.max(...MIGRATIONS.map((m) => m.version));
    expect(report).toEqual({ applied: MIGRATIONS.map((m) => ({ version: m.version, name: m.name })), version: latest });

    const expected = MIGRATIONS.flatMap((m) => m.ops).flatMap((op) => neo4jStatements(op, graphSchema));
    const ddl = driver.sessions.flatMap((s) => s.autoCommit).filter((t) => t !== AWAIT_INDEXES);
    expect(ddl).toEqual(expected);
    expect(ddl).toContain('CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE');
    expect(ddl.some((t) => t.startsWith('CREATE FULLTEXT INDEX person_search'))).toBe(true);
    // Schema commands run outside managed transactions, on WRITE sessions that get closed.
    for (const s of driver.sessions.filter((x) => x.autoCommit.length > 0)) {
      expect(s.transactions).toEqual([]);
      expect(s.config.defaultAccessMode).toBe('WRITE');
    }
    expect(driver.sessions.every((s) => s.closed)).toBe(true);

    const record = driver.statements.find((s) => s.text.startsWith('MERGE (m:SchemaMigration'));
    expect(isInt(record?.params.version)).toBe(true);
    expect(typeof record?.params.at).toBe('string');

    // A second run finds every version recorded and applies nothing.
    const sessionsBefore = driver.sessions.length;
    await expect(store.migrate()).resolves.toEqual({ applied: [], version: latest });
    expect(driver.sessions.slice(sessionsBefore).flatMap((s) => s.autoCommit)).toEqual([]);
  });

  test('a failing DDL statement surfaces as a StoreError', async () => {
    const { store } = openFake((text) => {
      if (text.startsWith('CREATE CONSTRAINT')) throw driverError('Neo.ClientError.Statement.SyntaxError');
      return [];
    });
    expect((await storeError(store.migrate())).code).toBe('QUERY');
  });
});

describe('neo4jOptionsFromEnv', () => {
  const env = (vars: Record<string, string>): NodeJS.ProcessEnv => ({ NODE_ENV: 'test', ...vars });

  test('reads the variables, with defaults for user and database', () => {
    expect(
      neo4jOptionsFromEnv(
        env({
          NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
          NEO4J_USERNAME: 'rizoma',
          NEO4J_PASSWORD: 'pw',
          NEO4J_DATABASE: 'community',
        }),
      ),
    ).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', username: 'rizoma', password: 'pw', database: 'community' });
    expect(neo4jOptionsFromEnv(env({ NEO4J_URI: 'bolt://localhost:7687' }))).toEqual({
      uri: 'bolt://localhost:7687',
      username: 'neo4j',
      password: undefined,
      database: 'neo4j',
    });
  });

  test('NEO4J_TRANSACTION_TIMEOUT_MS raises the transaction timeout (bulk imports); junk is ignored', () => {
    expect(neo4jOptionsFromEnv(env({ NEO4J_URI: 'bolt://x:7687', NEO4J_TRANSACTION_TIMEOUT_MS: '600000' }))?.transactionTimeoutMs).toBe(600000);
    expect(neo4jOptionsFromEnv(env({ NEO4J_URI: 'bolt://x:7687', NEO4J_TRANSACTION_TIMEOUT_MS: 'soon' }))).not.toHaveProperty('transactionTimeoutMs');
  });

  test('null without NEO4J_URI (or with an empty one)', () => {
    expect(neo4jOptionsFromEnv(env({}))).toBeNull();
    expect(neo4jOptionsFromEnv(env({ NEO4J_URI: '', NEO4J_PASSWORD: 'pw' }))).toBeNull();
  });

  test('null when process.env.NEO4J_URI is unset', () => {
    const saved = process.env.NEO4J_URI;
    delete process.env.NEO4J_URI;
    try {
      expect(neo4jOptionsFromEnv(process.env)).toBeNull();
    } finally {
      if (saved !== undefined) process.env.NEO4J_URI = saved;
    }
  });
});

describe('the real driver, with no server listening', () => {
  test('fails fast with UNAVAILABLE and no password in the message', async () => {
    const store = openNeo4jStore({
      uri: 'bolt://127.0.0.1:1',
      password: PASSWORD,
      database: 'nowhere',
      connectionTimeoutMs: 2000,
      maxTransactionRetryTimeMs: 300,
    });
    opened.push(store);
    const started = Date.now();
    const ping = await storeError(store.ping());
    expect(ping.code).toBe('UNAVAILABLE');
    expect(ping.message).not.toContain(PASSWORD);
    const query = await storeError(store.query(people));
    expect(query.code).toBe('UNAVAILABLE');
    expect(query.message).not.toContain(PASSWORD);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);
});
