/**
 * Every Neo4j text we could send is parsed and semantically analysed by Neo4j's own
 * analyser, and the sources are checked so that no value is ever concatenated into
 * Cypher (DESIGN.md section 4). The Kùzu texts run for real in the contract tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import '@/lib/graph/all-queries';
// The contract suite's queries run on every adapter, so they are linted too.
import '../contract/queries';
import { registeredQueries } from '@/lib/graph/query';
import { MIGRATIONS } from '@/lib/graph/migrations';
import { neo4jStatements } from '@/lib/graph/ddl-neo4j';
import { AWAIT_INDEXES } from '@/lib/graph/neo4j';
import { graphSchema } from '@/lib/graph/schema';
import {
  checkDefineQueryCalls,
  checkDriverBoundary,
  formatOffences,
  lintNeo4jCypher,
  sourceFiles,
} from '../support/cypher-lint';

// The analyser (a 5.6 MB Java-to-JS build) takes about a second on its first call.
jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');

const queryRows = registeredQueries().map((q) => [q.name, q.neo4j] as const);
const ddlRows = [
  ...MIGRATIONS.flatMap((m) =>
    m.ops.flatMap((op) =>
      neo4jStatements(op, graphSchema).map(
        (statement, i) => [`v${m.version} ${op.op} ${'label' in op ? op.label : op.type} #${i + 1}`, statement] as const,
      ),
    ),
  ),
  ['awaitIndexes', AWAIT_INDEXES] as const,
];

describe('Neo4j texts pass Neo4j semantic analysis against our schema', () => {
  test('the registry holds queries (all-queries.ts imports the query modules)', () => {
    expect(queryRows.length).toBeGreaterThan(0);
  });

  test.each(queryRows)('query %s', (_name, text) => {
    expect(lintNeo4jCypher(text, [])).toEqual([]);
  });

  test.each(ddlRows)('migration DDL %s', (_name, text) => {
    expect(lintNeo4jCypher(text, [])).toEqual([]);
  });
});

describe('the linter catches mistakes', () => {
  test.each([
    ['a syntax error', 'MATCH (p:Person RETURN p'],
    ['Kùzu-only shortest path syntax', 'MATCH p = (a:Person)-[:MEMBER_OF* SHORTEST 1..3]-(b) RETURN p'],
    ['a Kùzu-only function', 'MATCH (p:Person) RETURN label(p) AS l'],
    ['an unknown function', 'MATCH (p:Person) RETURN toLowerr(p.name) AS n'],
    ['an undefined variable', 'MATCH (p:Person) RETURN q.name AS n'],
    ['an unknown label', 'MATCH (p:Persn) RETURN p'],
    ['an unknown relationship type', 'MATCH (p:Person)-[:HAS_SKIL]->(s:Skill) RETURN s'],
    ['an unknown property', 'MATCH (p:Person) WHERE p.nmae = $name RETURN p'],
    ['an unknown property in a pattern', 'MATCH (p:Person {nmae: $name}) RETURN p'],
    ['an unknown relationship property', 'MATCH (:Person)-[h:HAS_SKILL]->(s:Skill) WHERE h.lvl > 2 RETURN s'],
    ['a pattern the schema rules out', 'MATCH (s:Skill)-[:HAS_SKILL]->(p:Person) RETURN p'],
    ['two statements in one query', 'MATCH (p:Person) RETURN p; MATCH (s:Skill) RETURN s'],
  ])('%s', (_what, text) => {
    expect(lintNeo4jCypher(text, []).length).toBeGreaterThan(0);
  });

  test('parameters are declared from the text, and advisory warnings are not failures', () => {
    // A cartesian product is a warning we accept; $q and $limit must not count as undefined.
    const text = 'MATCH (p:Person), (s:Skill) WHERE p.name CONTAINS $q RETURN p, s LIMIT $limit';
    expect(lintNeo4jCypher(text, [])).toEqual([]);
  });

  test('keys of parameter rows are not mistaken for schema properties', () => {
    const text = 'UNWIND $rows AS r MATCH (a:Person {id: r.from}), (b:Skill {id: r.to}) RETURN a, b, r.anything AS x';
    expect(lintNeo4jCypher(text, [])).toEqual([]);
  });
});

describe('query sources keep values out of Cypher', () => {
  test('every defineQuery call in lib/ is a module constant made of literals and names', () => {
    const offences = sourceFiles(path.join(ROOT, 'lib'), /\.tsx?$/).flatMap((file) =>
      checkDefineQueryCalls(path.relative(ROOT, file), fs.readFileSync(file, 'utf8')),
    );
    expect(formatOffences(offences)).toEqual([]);
  });

  test('schema-generated queries are declared in lib/graph/transfer-queries.ts only', () => {
    const allowed = path.join('lib', 'graph', 'transfer-queries.ts');
    const callers = sourceFiles(ROOT)
      .filter((file) => !file.startsWith(path.join(ROOT, 'tests') + path.sep))
      .map((file) => path.relative(ROOT, file))
      .filter((file) => file !== path.join('lib', 'graph', 'query.ts') && /\bdefineSchemaQuery\s*[(<]/.test(fs.readFileSync(path.join(ROOT, file), 'utf8')));
    expect(callers).toEqual([allowed]);
  });

  test('no file above lib/graph/ imports a driver or calls .runText(', () => {
    const graphDir = path.join(ROOT, 'lib', 'graph') + path.sep;
    // Tests may import drivers (fakes, temporary stores); everything the app runs may not.
    const files = sourceFiles(ROOT).filter(
      (file) => !file.startsWith(graphDir) && !file.startsWith(path.join(ROOT, 'tests') + path.sep),
    );
    const offences = files.flatMap((file) => checkDriverBoundary(path.relative(ROOT, file), fs.readFileSync(file, 'utf8')));
    expect(formatOffences(offences)).toEqual([]);
  });

  test('the source checks find each kind of offence', () => {
    const source = [
      "import { defineQuery, defineQuery as dq } from '@/lib/graph/query';",
      'const ok1 = defineQuery("ok.1", `MATCH (n:${NODE.Person}) RETURN n`);',
      'const ok2 = defineQuery("ok.2", { kuzu: "RETURN 1", neo4j: \'RETURN 1\' });',
      'function f(label: string) { return defineQuery("in.function", "MATCH (n) RETURN n"); }',
      'const bad1 = defineQuery("concat", "MATCH (n:" + label + ") RETURN n");',
      'const bad2 = defineQuery("call", `MATCH (n:${label.toUpperCase()}) RETURN n`);',
      'const bad3 = defineQuery("cond", { kuzu: flag ? "A" : "B", neo4j: "RETURN 1" });',
      'const bad4 = defineQuery("half", { neo4j: "RETURN 1" });',
      'const bad5 = defineQuery("variable", text);',
    ].join('\n');
    const lines = checkDefineQueryCalls('lib/x/queries.ts', source).map((o) => o.line);
    expect(lines).toEqual([1, 4, 5, 6, 7, 8, 9]);

    const boundary = [
      "import kuzu from 'kuzu';",
      "import { int } from 'neo4j-driver';",
      "const store = await import('neo4j-driver');",
      "import { openStore } from '@/lib/graph/open-store';",
      'await session.runText("MATCH (n) RETURN n");',
    ].join('\n');
    expect(checkDriverBoundary('graphql/x.ts', boundary).map((o) => `${o.file}:${o.line}`)).toEqual([
      'graphql/x.ts:1',
      'graphql/x.ts:2',
      'graphql/x.ts:3',
      'graphql/x.ts:5',
    ]);
  });
});
