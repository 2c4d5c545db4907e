/**
 * Checklist §I (Cypher injection), tests #21 and #23 of ../shared/RELIABILITY.md.
 * #22 (registry) and #24 (dynamic identifiers) live elsewhere; see docs/RELIABILITY.md.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Viewer } from '@/lib/auth/viewer';
import { defineQuery } from '@/lib/graph/query';
import type { GraphStore } from '@/lib/graph/store';
import { readyStore } from '@/lib/server/ready';
import { runAs } from '../support/as-viewer';
import { checkCypherSource } from '../support/cypher-lint';
import { demoAccount, viewerOfEmail } from '../support/session';
import { recordFigure } from './auth-http';
import { carriesString, rootDocuments, type RootDocument } from './injection-schema';

// ---------------------------------------------------------------------------------------
// #21

const BAD_SNIPPETS: [string, string][] = [
  ['a template with a user value', "const userValue = process.argv[2];\nexport const q = defineQuery('bad.1', `MATCH (p:${NODE.Person} {name: '${userValue}'}) RETURN p`);"],
  ['+ concatenation', "export const q = defineQuery('bad.2', 'MATCH (p:Person {name: \"' + name + '\"}) RETURN p');"],
  ['String.raw', "export const q = defineQuery('bad.3', String.raw`MATCH (p:Person) RETURN p`);"],
  ['label interpolation from a variable', "let label = 'Person';\nexport const q = defineQuery('bad.4', `MATCH (n:${label}) RETURN n`);"],
  ['label interpolation from a call', 'export const q = defineQuery(\'bad.5\', `MATCH (n:${labelFor(kind)}) RETURN n`);'],
  ['prepare(userString) on a driver connection', 'export async function run(conn: Connection, userString: string) { return conn.prepare(userString); }'],
  ['store.query with a text made on the spot', "export async function run(store: GraphStore, id: string) { return store.query(`MATCH (p:Person {id: '${id}'}) RETURN p`); }"],
  ['tx.run with a concatenated text', "export async function run(tx: QueryRunner, q: string) { return tx.run('MATCH (p:Person) WHERE p.name = ' + q + ' RETURN p'); }"],
  ['defineQuery built inside a function from its argument', "export function q(text: string) { return defineQuery('bad.9', text); }"],
  ['a fragment const computed from the environment', "const WHERE = process.env.FILTER ?? '';\nexport const q = defineQuery('bad.10', `MATCH (p:${NODE.Person}) ${WHERE} RETURN p`);"],
];

const GOOD_SNIPPETS: [string, string][] = [
  ['a plain literal', "export const q = defineQuery('ok.1', 'MATCH (p:Person {id: $id}) RETURN p');"],
  ['labels through NODE', "import { NODE } from '../graph/schema';\nexport const q = defineQuery('ok.2', `MATCH (p:${NODE.Person} {id: $id}) RETURN p`);"],
  ['types through REL', "import { NODE, REL } from '../graph/schema';\nexport const q = defineQuery('ok.3', `MATCH (:${NODE.Person})-[:${REL.HAS_SKILL}]->(s) RETURN s`);"],
  ['a { kuzu, neo4j } pair', "export const q = defineQuery('ok.4', { kuzu: 'RETURN 1 AS x', neo4j: 'RETURN 1 AS x' });"],
  ['a top-level const fragment', "const PAGE = 'ORDER BY p.name LIMIT $first';\nexport const q = defineQuery('ok.5', `MATCH (p:Person) RETURN p ${PAGE}`);"],
  ['a fragment made of fragments', "const A = 'p.state = \\'ACTIVE\\'';\nconst WHERE = `WHERE ${A}`;\nexport const q = defineQuery('ok.6', `MATCH (p:Person) ${WHERE} RETURN p`);"],
  ['an imported fragment', "import { PERSON_FIELDS } from './fields';\nexport const q = defineQuery('ok.7', `MATCH (p:Person) RETURN ${PERSON_FIELDS}`);"],
  ['a schema lookup in a const map', "function indexOf(l: string) { return l; }\nconst INDEX = { Person: indexOf(NODE.Person) } as const;\nexport const q = defineQuery('ok.8', `CALL db.index.fulltext.queryNodes('${INDEX.Person}', $q) YIELD node RETURN node`);"],
  ['store.query with a registered query and parameters', "export async function run(store: GraphStore, id: string) { return store.query(personById, { id }); }"],
  ['tx.run with a registered query', "export async function run(tx: QueryRunner, name: string) { return tx.run(peopleByName, { name, first: 10 }); }"],
];

describe('#21 Cypher lint rule (tests/support/cypher-lint.ts checkCypherSource)', () => {
  test.each(BAD_SNIPPETS)('#21 flags: %s', (_what, source) => {
    expect(checkCypherSource('lib/x/queries.ts', source).length).toBeGreaterThan(0);
  });

  test.each(GOOD_SNIPPETS)('#21 accepts: %s', (_what, source) => {
    expect(checkCypherSource('lib/x/queries.ts', source)).toEqual([]);
  });

  test('#21 10/10 bad flagged and 10/10 good accepted', () => {
    const flagged = BAD_SNIPPETS.filter(([, s]) => checkCypherSource('lib/x/q.ts', s).length > 0).length;
    const accepted = GOOD_SNIPPETS.filter(([, s]) => checkCypherSource('lib/x/q.ts', s).length === 0).length;
    expect({ flagged, accepted }).toEqual({ flagged: 10, accepted: 10 });
  });
});

// ---------------------------------------------------------------------------------------
// #23

/** 50 hostile strings: Cypher and Kùzu injection, quoting tricks, control and bidi characters. */
const PAYLOADS: string[] = [
  "Robert'); MATCH (n) DETACH DELETE n; //",
  "Robby' OR 1=1 //",
  "'}) RETURN 1 UNION MATCH (n) RETURN n //",
  '"}) RETURN 1 UNION MATCH (n) RETURN n //',
  "' RETURN 1 UNION CALL db.labels() YIELD label RETURN label //",
  '`) MATCH (n) DETACH DELETE n //',
  '`Person` `Account`',
  '\u0060}) MATCH (n) DELETE n //',
  "\\u0027}) MATCH (n) DELETE n //",
  "LOAD CSV FROM 'http://127.0.0.1:9/x' AS l RETURN l",
  "'}) LOAD CSV FROM 'http://127.0.0.1:9/x' AS l CREATE (:Person {name: l[0]}) //",
  "LOAD FROM 'http://127.0.0.1:9/x.csv' RETURN *",
  "'}) LOAD FROM 'http://127.0.0.1:9/x.csv' RETURN * //",
  "CALL dbms.components() YIELD name RETURN name",
  "'}) CALL dbms.components() YIELD versions RETURN versions //",
  "CALL show_tables() RETURN *",
  "'}) CALL show_tables() RETURN * //",
  "INSTALL httpfs; LOAD EXTENSION httpfs;",
  "ATTACH 'http://127.0.0.1:9/db' AS evil (dbtype kuzu)",
  "COPY Person FROM 'http://127.0.0.1:9/p.csv'",
  "CALL apoc.load.json('http://127.0.0.1:9/x')",
  "CALL db.index.fulltext.queryNodes('person_fts', '*') YIELD node RETURN node",
  "$id",
  "{id: $id}",
  "p.name = 'x' OR true",
  "*:*",
  "name:* OR bio:*",
  "\" OR \"\"=\"",
  "/* comment */ MATCH (n) RETURN n",
  "// line comment\nMATCH (n) RETURN n",
  "a\u0000b",
  "\u0000",
  "nul at end\u0000",
  "\u202Eevil\u202C reversed",
  "\u202Dltr override\u202C",
  "\u2066isolate\u2069",
  "zero\u200Bwidth\u200Djoiner\uFEFF",
  "line\nbreak\rcarriage\ttab",
  "\u001B[31mred\u001B[0m",
  "emoji 👩🏽‍💻 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "Ünïcödé ñ ß ç é È",
  "e\u0301 (combining)",
  "%27%7D%29%20RETURN%201",
  "&#39;}) RETURN 1",
  "<script>alert(1)</script>",
  "${7*7} {{7*7}}",
  "\\'; DROP TABLE Person; --",
  "' AND sleep(5) //",
  "'".repeat(60),
  "\\".repeat(60),
];

const nodeCount = defineQuery<{ n: number }>('test.injection.nodeCount', 'MATCH (n) RETURN count(n) AS n');
const relCount = defineQuery<{ n: number }>('test.injection.relCount', 'MATCH ()-[r]->() RETURN count(r) AS n');

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-injection-'));
let store: GraphStore;
let staff: Viewer;
let member: Viewer;

/** Every outbound TCP connection attempted in this process (none is expected). */
const connections: string[] = [];
let listener: net.Server | null = null;
let listenerHits = 0;

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  ({ store } = await readyStore());
  staff = await viewerOfEmail(store, demoAccount('STAFF').email);
  member = await viewerOfEmail(store, demoAccount('MEMBER').email);
  // A listener on the payloads' target address catches native (non-Node) attempts too,
  // where the machine lets us bind port 9; the spy catches every Node socket.
  listener = await new Promise<net.Server | null>((resolve) => {
    const server = net.createServer((socket) => {
      listenerHits += 1;
      socket.destroy();
    });
    server.once('error', () => resolve(null));
    server.listen(9, '127.0.0.1', () => resolve(server));
  });
  const connect = net.Socket.prototype.connect;
  jest.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (this: net.Socket, ...args: unknown[]) {
    connections.push(JSON.stringify(args[0]));
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  });
}, 120_000);

afterAll(async () => {
  jest.restoreAllMocks();
  await new Promise<void>((resolve) => (listener ? listener.close(() => resolve()) : resolve()));
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function counts(): Promise<{ nodes: number; rels: number }> {
  const [n] = await store.query(nodeCount);
  const [r] = await store.query(relCount);
  return { nodes: n?.n ?? 0, rels: r?.n ?? 0 };
}

const ALLOWED_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

/** Query fields that take a string somewhere. */
function stringQueries(): RootDocument[] {
  return rootDocuments('query').filter((doc) => doc.args.some((arg) => carriesString(arg.type)));
}

describe('#23 payload corpus', () => {
  test('#23 every string argument of every query, as a visitor and as a member: no writes, no internal errors, 0 outbound connections', async () => {
    const documents = stringQueries();
    expect(documents.length).toBeGreaterThan(15);
    const before = await counts();
    const internal: string[] = [];
    let requests = 0;
    for (const doc of documents) {
      for (const payload of PAYLOADS) {
        // Every string argument at once gets the payload; required non-strings get a plain value.
        const variables = doc.variables(payload);
        for (const viewer of [null, member]) {
          const result = await runAs(store, viewer, doc.query, variables);
          requests += 1;
          for (const error of result.errors) {
            const code = String(error.extensions?.code ?? '');
            if (!ALLOWED_CODES.has(code)) internal.push(`${doc.field} ${JSON.stringify(payload)}: ${code} ${error.message}`);
          }
        }
      }
    }
    recordFigure(23, `${documents.length} query fields × ${PAYLOADS.length} payloads × 2 viewers = ${requests} operations, ${internal.length} internal errors, ${connections.length} connections (${listener ? 'listener on 127.0.0.1:9 too' : 'port 9 not bindable: socket spy only'})`);
    expect(internal).toEqual([]);
    expect(await counts()).toEqual(before);
    expect(requests).toBe(documents.length * PAYLOADS.length * 2);
    expect(connections).toEqual([]);
    expect(listenerHits).toBe(0);
  }, 240_000);

  // Mutations: one representative per input shape (the curation person values, the
  // self-service profile, a skill proposal with a list of aliases, a moderation reason),
  // each field of free text carrying the payload; 50 × 4 writes rather than every
  // mutation × 50 (a few thousand audited writes would take minutes on two cores).
  const CREATE_PERSON = `mutation($input: PersonValues!) { createPerson(input: $input) { record { id ... on CuratedPerson { headline bio location } } } }`;
  const READ_PERSON = `query($id: ID!) { curationEntity(kind: PERSON, id: $id) { ... on CuratedPerson { headline bio location } } }`;
  const MY_PROFILE = `{ myProfile { version headline bio location } }`;
  const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { profile { version } } }`;
  const PROPOSE_SKILL = `mutation($input: ProposeSkillInput!) { proposeSkill(input: $input) { proposal { __typename } } }`;

  test('#23 createPerson as staff: stored texts byte-equal (after the documented trim), counts change only by the intended write', async () => {
    const mismatches: string[] = [];
    const unexpected: string[] = [];
    // The intended write of one accepted createPerson, measured with a harmless value.
    const c0 = await counts();
    const base = await runAs<{ createPerson: { record: { id: string } } }>(store, staff, CREATE_PERSON, {
      input: { name: 'Persona di riferimento', headline: 'testo', bio: 'testo', location: 'Roma', availability: 'OPEN', contactVisibility: 'STAFF' },
    });
    expect(base.errors).toEqual([]);
    const c1 = await counts();
    const intended = { nodes: c1.nodes - c0.nodes, rels: c1.rels - c0.rels };
    let accepted = 0;
    for (const [i, payload] of PAYLOADS.entries()) {
      const before = await counts();
      const result = await runAs<{ createPerson: { record: { id: string } } }>(store, staff, CREATE_PERSON, {
        input: { name: `Persona iniezione ${i}`, headline: payload, bio: payload, location: payload, availability: 'OPEN', contactVisibility: 'STAFF' },
      });
      const after = await counts();
      const id = result.data?.createPerson?.record.id;
      if (result.errors.length) {
        const code = String(result.errors[0]?.extensions?.code);
        if (!ALLOWED_CODES.has(code)) unexpected.push(`${i}: ${code}`);
        if (after.nodes !== before.nodes || after.rels !== before.rels) mismatches.push(`${i}: refused but counts changed`);
        continue;
      }
      accepted += 1;
      if (after.nodes - before.nodes !== intended.nodes || after.rels - before.rels !== intended.rels) mismatches.push(`${i}: counts changed by more than one person`);
      const read = await runAs<{ curationEntity: { headline: string; bio: string; location: string } }>(store, staff, READ_PERSON, { id });
      const stored = read.data?.curationEntity;
      const expected = payload.trim();
      for (const key of ['headline', 'bio', 'location'] as const) {
        if (!Buffer.from(stored?.[key] ?? '', 'utf8').equals(Buffer.from(expected, 'utf8'))) mismatches.push(`${i}: ${key} ${JSON.stringify(stored?.[key])}`);
      }
    }
    recordFigure(23, `createPerson: ${accepted}/${PAYLOADS.length} stored byte-equal, intended write ${intended.nodes} nodes + ${intended.rels} relationships`);
    expect(unexpected).toEqual([]);
    expect(mismatches).toEqual([]);
    // Most payloads are valid free text and must be stored; only length/format rules may refuse some.
    expect(accepted).toBeGreaterThanOrEqual(45);
    expect(connections).toEqual([]);
  }, 240_000);

  test('#23 updateMyProfile as a member and proposeSkill: byte-equal read-back, no stray writes', async () => {
    const mismatches: string[] = [];
    const unexpected: string[] = [];
    let accepted = 0;
    for (const [i, payload] of PAYLOADS.entries()) {
      const mine = await runAs<{ myProfile: { version: number } }>(store, member, MY_PROFILE);
      const version = mine.data?.myProfile.version ?? 0;
      const before = await counts();
      const result = await runAs(store, member, UPDATE_PROFILE, {
        input: { version, name: 'Karim Benali', headline: payload, bio: payload, location: payload, availability: 'OPEN', contactVisibility: 'MEMBERS' },
      });
      const after = await counts();
      if (result.errors.length) {
        const code = String(result.errors[0]?.extensions?.code);
        if (!ALLOWED_CODES.has(code)) unexpected.push(`profile ${i}: ${code}`);
        if (after.nodes !== before.nodes || after.rels !== before.rels) mismatches.push(`profile ${i}: refused but counts changed`);
        continue;
      }
      accepted += 1;
      // One audit entry (a node, and its link if any) at most: never a node of another kind.
      if (after.nodes - before.nodes > 1) mismatches.push(`profile ${i}: ${after.nodes - before.nodes} nodes written`);
      const read = await runAs<{ myProfile: { headline: string; bio: string; location: string } }>(store, member, MY_PROFILE);
      for (const key of ['headline', 'bio', 'location'] as const) {
        const value = read.data?.myProfile[key] ?? '';
        if (!Buffer.from(value, 'utf8').equals(Buffer.from(payload.trim(), 'utf8'))) mismatches.push(`profile ${i}: ${key} ${JSON.stringify(value)}`);
      }
    }
    for (const [i, payload] of PAYLOADS.entries()) {
      const before = await counts();
      const result = await runAs(store, member, PROPOSE_SKILL, { input: { name: `Competenza iniezione ${i}`, description: payload, aliases: [payload] } });
      const after = await counts();
      if (result.errors.length) {
        const code = String(result.errors[0]?.extensions?.code);
        if (!ALLOWED_CODES.has(code)) unexpected.push(`skill ${i}: ${code}`);
        if (after.nodes !== before.nodes) mismatches.push(`skill ${i}: refused but nodes changed`);
      } else if (after.nodes - before.nodes > 2) {
        mismatches.push(`skill ${i}: ${after.nodes - before.nodes} nodes written`);
      }
    }
    recordFigure(23, `updateMyProfile: ${accepted}/${PAYLOADS.length} stored byte-equal; ${listenerHits} hits on 127.0.0.1:9`);
    expect(unexpected).toEqual([]);
    expect(mismatches).toEqual([]);
    expect(accepted).toBeGreaterThanOrEqual(45);
    expect(connections).toEqual([]);
    expect(listenerHits).toBe(0);
  }, 240_000);
});
