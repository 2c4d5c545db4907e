import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { graphqlHandler } from '@/graphql/server';
import { readyStore } from '@/lib/server/ready';
import { postGraphQL } from '../support/graphql-http';

/** The API's request limits (../shared/RELIABILITY.md tests 1–4, 11) over the real route handler. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-limits-'));

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'false';
  process.env.RIZOMA_LOG = 'silent';
  await readyStore();
}, 60_000);

afterAll(async () => {
  const { store } = await readyStore();
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function nested(levels: number): string {
  // person → skills → holders → skills → … alternates Person and Skill.
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = i % 2 === 0 ? `skills { skill { ${inner} } }` : `people { person { ${inner} } }`;
  return `{ person(slug: "x") { ${inner} } }`;
}

describe('depth', () => {
  test('a 12-level query is refused before any resolver runs', async () => {
    const res = await postGraphQL(nested(6));
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors?.[0]?.message).toMatch(/depth limit of 8/);
  });

  test('an 8-level query passes', async () => {
    const res = await postGraphQL(nested(3));
    expect(res.status).toBe(200);
  });
});

describe('aliases', () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: stats { people }`).join(' ')} }`;
  test('15 aliases pass, 16 are refused', async () => {
    expect((await postGraphQL(aliased(15))).status).toBe(200);
    const res = await postGraphQL(aliased(16));
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
  test('101 __typename aliases are refused', async () => {
    const res = await postGraphQL(`{ ${Array.from({ length: 101 }, (_, i) => `t${i}: __typename`).join(' ')} }`);
    expect(res.status).toBe(400);
  });
});

describe('tokens', () => {
  test('a document over 1,000 tokens is a parse failure (400), never a 500', async () => {
    const res = await postGraphQL(`{ ${Array.from({ length: 1000 }, () => '__typename').join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('body size', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    graphqlHandler(new NextRequest('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }));

  test('a 101 KB body is refused with 413', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(101 * 1024) } });
    const res = await post(body);
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('a 10 MB body is refused with 413 too', async () => {
    const res = await post('x'.repeat(10 * 1024 * 1024));
    expect(res.status).toBe(413);
  });

  test('content-type with a charset is accepted', async () => {
    const res = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json; charset=utf-8', 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(200);
  });
});

describe('cost', () => {
  test('a query multiplying large pages is refused before touching the store', async () => {
    const res = await postGraphQL('{ people(first: 100) { edges { node { organizations { organization { members { person { organizations { organization { name } } } } } } } } } }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('the cost reads variables: first = 99,999,999 is refused', async () => {
    const res = await postGraphQL('query($n: Int) { people(first: $n) { edges { node { name } } } }', { n: 99_999_999 });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message).toMatch(/too expensive/);
  });

  test('an ordinary page passes', async () => {
    const res = await postGraphQL('query($n: Int) { people(first: $n) { edges { node { name } } } }', { n: 50 });
    expect(res.status).toBe(200);
  });
});

describe('suggestions', () => {
  test('a misspelt field gets no "Did you mean" hint', async () => {
    const res = await postGraphQL('{ stats { peple } }');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toContain('Did you mean');
  });
});
