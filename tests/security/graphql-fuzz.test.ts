import { mulberry32 } from '@/lib/synthetic/random';
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { getSchema } from '@/graphql/schema';
import { postGraphQL } from '../support/graphql-http';
import { demoAccount, sessionCookie } from '../support/session';
import { codesOf, openSeededApi } from './graphql-harness';

/**
 * Fuzzing the API (../shared/RELIABILITY.md tests 16 and 17), both derived from the
 * schema so every new mutation and field is covered without editing this file. Seeded:
 * a failure replays with the same inputs.
 */
let api: Awaited<ReturnType<typeof openSeededApi>>;
/** Ids of seeded entities, so some inputs reach past "not found" into the services. */
const realIds: string[] = [];
const realSlugs: string[] = [];

beforeAll(async () => {
  api = await openSeededApi('gql-fuzz');
  for (const field of ['people', 'organizations', 'projects', 'skills', 'events']) {
    const res = await postGraphQL<Record<string, { edges: { node: { id: string; slug: string } }[] }>>(`{ ${field}(first: 4) { edges { node { id slug } } } }`);
    for (const edge of res.body.data?.[field]?.edges ?? []) {
      realIds.push(edge.node.id);
      realSlugs.push(edge.node.slug);
    }
  }
  expect(realIds.length).toBeGreaterThan(10);
}, 120_000);

afterAll(() => api.close());

const schema = getSchema();
const ALLOWED = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

/** What a selection on `type` can always be: `__typename` for composite types, nothing for leaves. */
function minimalSelection(type: GraphQLNamedType): string {
  return isLeafType(type) ? '' : ' { __typename }';
}

// ---------------------------------------------------------------------------------------
// #16: random variables for every mutation

/** Values that break naive code: lone surrogates, a 10 KB string, NaN (null in JSON), nesting. */
const hostile = fc.oneof(
  fc.constant(null),
  fc.constant(Number.NaN),
  fc.constantFrom('\uD800', 'a\uDC00b', '\u202Eevil', '\u0000', "'}) RETURN 1 //", '`x`', '../../etc/passwd', '<script>x</script>', ''),
  fc.constant('x'.repeat(10 * 1024)),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)), { maxKeys: 3 }),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 3 }),
);

function scalarValue(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
      return fc.oneof(fc.integer({ min: -3, max: 200 }), fc.constantFrom(0, 1, 2 ** 31 - 1, -(2 ** 31)), fc.integer());
    case 'Float':
      return fc.oneof(fc.double({ min: -200, max: 200, noNaN: true }), fc.double());
    case 'Boolean':
      return fc.boolean();
    case 'ID':
      return fc.oneof(fc.constantFrom(...realIds), fc.uuid(), fc.string({ unit: 'binary', maxLength: 20 }));
    case 'Date':
      return fc.oneof(fc.constantFrom('2026-09-01', '1900-02-29', '2026-13-40', '0000-00-00'), fc.string({ maxLength: 12 }));
    case 'DateTime':
      return fc.oneof(fc.constantFrom('2026-09-01T09:00:00.000Z', '2026-09-01T25:00:00Z', 'yesterday'), fc.string({ maxLength: 24 }));
    default:
      // String and any custom string scalar.
      return fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.constantFrom(...realSlugs, 'ada@example.org', 'https://example.org', 'correct horse battery staple'),
      );
  }
}

/** Mostly well-shaped values for `type`, sometimes hostile ones, nested up to `depth`. */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const inner = getNullableType(type);
  let shaped: fc.Arbitrary<unknown>;
  if (isListType(inner)) shaped = fc.array(valueFor(inner.ofType as GraphQLInputType, depth + 1), { maxLength: 3 });
  else if (isEnumType(inner)) shaped = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...inner.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
  else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    if (depth > 3) return fc.constant(null);
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) model[field.name] = valueFor(field.type, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    shaped = fc.oneof(
      { weight: 3, arbitrary: fc.record(model, { requiredKeys: required }) },
      { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
    );
  } else shaped = scalarValue(inner.name);
  return fc.oneof({ weight: 5, arbitrary: shaped }, { weight: 1, arbitrary: hostile });
}

interface MutationCase {
  name: string;
  document: string;
  args: readonly GraphQLArgument[];
}

const mutationCases: MutationCase[] = Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => {
  const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const uses = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const document = `mutation Fuzz${defs ? `(${defs})` : ''} { ${field.name}${uses ? `(${uses})` : ''}${minimalSelection(getNamedType(field.type))} }`;
  return { name: field.name, document, args: field.args };
});

const mutationRun = fc.constantFrom(...mutationCases).chain((c) => {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of c.args) model[arg.name] = valueFor(arg.type);
  return fc.record({ mutation: fc.constant(c), variables: fc.record(model, { requiredKeys: [] }), role: fc.constantFrom('STAFF' as const, 'MEMBER' as const) });
});

describe('#16 input fuzz', () => {
  test(`#16 1,000 seeded runs of random variables over all ${mutationCases.length} mutations, as staff and as a member → 0 × 5xx, only typed codes`, async () => {
    expect(mutationCases.length).toBeGreaterThan(40);
    const outcomes: { mutation: string; status: number; codes: string[]; variables: string }[] = [];
    const covered = new Set<string>();
    await fc.assert(
      fc.asyncProperty(mutationRun, async ({ mutation, variables, role }) => {
        const body = JSON.stringify(variables);
        // Keep under the 100 KB body cap (tested in #4): a 413 never reaches the API.
        fc.pre(body.length < 90_000);
        // A fresh cookie each time: an earlier run may have revoked the account's sessions.
        const { cookie } = await sessionCookie(api.store, demoAccount(role).email);
        const res = await postGraphQL(mutation.document, variables, { cookie });
        covered.add(mutation.name);
        outcomes.push({ mutation: mutation.name, status: res.status, codes: codesOf(res), variables: body.slice(0, 200) });
      }),
      { seed: 20260916, numRuns: 1000 },
    );
    expect(outcomes.length).toBe(1000);
    expect(outcomes.filter((o) => o.status >= 500)).toEqual([]);
    expect(outcomes.filter((o) => o.codes.some((c) => !ALLOWED.has(c)))).toEqual([]);
    // Inputs get past validation into the services (not all rejected at the door).
    expect(outcomes.filter((o) => o.codes.length === 0 || o.codes.some((c) => c !== 'BAD_USER_INPUT' && c !== 'GRAPHQL_VALIDATION_FAILED')).length).toBeGreaterThan(50);
    // Seeded runs spread over the schema: most mutations are exercised.
    expect(covered.size).toBeGreaterThan(mutationCases.length * 0.8);
  }, 180_000);
});

// ---------------------------------------------------------------------------------------
// #17: random schema-valid documents

/** A seeded generator (the synthetic community's mulberry32): documents are reproducible without fast-check's shrinking. */
const rng = mulberry32;

function documentGenerator(random: () => number) {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const literal = (type: GraphQLInputType, depth: number): string => {
    const inner = getNullableType(type);
    if (!isNonNullType(type) && random() < 0.1) return 'null';
    if (isListType(inner)) return `[${Array.from({ length: Math.floor(random() * 3) }, () => literal(inner.ofType as GraphQLInputType, depth + 1)).join(', ')}]`;
    if (isEnumType(inner)) return pick(inner.getValues()).name;
    if (isInputObjectType(inner)) {
      const fields = Object.values(inner.getFields()).filter((f) => isNonNullType(f.type) || (depth < 3 && random() < 0.4));
      return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, depth + 1)}`).join(', ')} }`;
    }
    switch (inner.name) {
      case 'Int':
        return String(pick([0, 1, 2, 5, 20, 100, 101, 1000, -1, 2 ** 31 - 1]));
      case 'Float':
        return String(pick([0, 1.5, -90, 41.87, 1e10]));
      case 'Boolean':
        return pick(['true', 'false']);
      case 'ID':
        return JSON.stringify(pick([...realIds, 'nope', '']));
      case 'Date':
        return JSON.stringify(pick(['2026-09-01', '2026-02-30', 'x']));
      case 'DateTime':
        return JSON.stringify(pick(['2026-09-01T09:00:00.000Z', 'x']));
      default:
        return JSON.stringify(pick([...realSlugs, 'a', '', 'ro', 'design', '"quoted"', 'è\u0000']));
    }
  };
  const args = (field: GraphQLField<unknown, unknown>, depth: number): string => {
    const chosen = field.args.filter((a) => isNonNullType(a.type) || random() < 0.3);
    return chosen.length ? `(${chosen.map((a) => `${a.name}: ${literal(a.type, depth)}`).join(', ')})` : '';
  };
  const selection = (type: GraphQLNamedType, depth: number): string => {
    if (isLeafType(type)) return '';
    if (depth >= 10) return ' { __typename }';
    if (isUnionType(type) || isInterfaceType(type)) {
      const possible = schema.getPossibleTypes(type);
      const parts = ['__typename', ...Array.from({ length: 1 + Math.floor(random() * 2) }, () => {
        const concrete = pick(possible);
        return `... on ${concrete.name}${selection(concrete, depth)}`;
      })];
      return ` { ${parts.join(' ')} }`;
    }
    const fields = Object.values((type as GraphQLObjectType).getFields());
    const count = 1 + Math.floor(random() * 3);
    const parts = new Map<string, string>();
    for (let i = 0; i < count; i++) {
      const field = pick(fields);
      // One use per field name: differing arguments on one name do not merge (a validation error, not a fuzz finding).
      if (!parts.has(field.name)) parts.set(field.name, `${field.name}${args(field, depth)}${selection(getNamedType(field.type), depth + 1)}`);
    }
    return ` { ${[...parts.values()].join(' ')} }`;
  };
  const queryType = schema.getQueryType();
  if (!isObjectType(queryType)) throw new Error('The schema has no Query type');
  return () => `query Fuzz${selection(queryType, 1)}`;
}

describe('#17 document fuzz', () => {
  test('#17 500 random schema-valid documents (depth ≤ 10, random arguments) → 0 × 5xx, no INTERNAL_SERVER_ERROR', async () => {
    const next = documentGenerator(rng(17));
    const cookies: Record<string, string>[] = [
      {},
      { cookie: (await sessionCookie(api.store, demoAccount('MEMBER').email)).cookie },
      { cookie: (await sessionCookie(api.store, demoAccount('STAFF').email)).cookie },
    ];
    const outcomes: { document: string; status: number; codes: string[] }[] = [];
    for (let i = 0; i < 500; i++) {
      const document = next();
      const res = await postGraphQL(document, {}, cookies[i % cookies.length]);
      outcomes.push({ document, status: res.status, codes: codesOf(res) });
    }
    expect(outcomes.filter((o) => o.status >= 500 || o.codes.includes('INTERNAL_SERVER_ERROR'))).toEqual([]);
    // The generator mostly produces documents that run: validation rejections are a minority.
    expect(outcomes.filter((o) => o.status === 200).length).toBeGreaterThan(250);
  }, 180_000);
});
