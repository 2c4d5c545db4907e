import type { RawRequest } from './graphql-harness';

/**
 * The attack corpus of ../shared/RELIABILITY.md test 20: graphql-cop's payload set
 * (github.com/dolevf/graphql-cop, lib/tests) plus the checklist's own depth, cost,
 * token and body payloads, each with the answer a production server must give. Run by
 * tests/security/graphql-api.test.ts against a handler built with NODE_ENV=production.
 */
export interface AttackPayload {
  /** graphql-cop's test name where it has one. */
  readonly name: string;
  readonly source: 'graphql-cop' | 'checklist';
  readonly request: RawRequest;
  readonly expected: {
    readonly status: number;
    /** `extensions.code` of the first error; absent when the request must succeed. */
    readonly code?: string;
    /** A text the response must contain. */
    readonly contains?: string;
  };
}

const JSON_POST = { 'content-type': 'application/json' };
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

function post(body: unknown, headers: Record<string, string> = JSON_POST): RawRequest {
  return { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

const repeat = (n: number, f: (i: number) => string, sep = ' '): string => Array.from({ length: n }, (_, i) => f(i)).join(sep);

/** A selection nested `levels` times through Person → skills → Skill → people → …. */
function nested(levels: number): string {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = i % 2 === 0 ? `skills { skill { ${inner} } }` : `people { person { ${inner} } }`;
  return `{ person(slug: "x") { ${inner} } }`;
}

/** graphql-cop's "circular introspection" query: ofType nested far beyond the depth cap. */
function circularIntrospection(): string {
  let inner = 'name';
  for (let i = 0; i < 12; i++) inner = `ofType { ${inner} }`;
  return `query cop { __schema { types { fields { type { ${inner} } } } } }`;
}

export const ATTACK_PAYLOADS: readonly AttackPayload[] = [
  // graphql-cop: lib/tests/dos_alias_overloading.py — 101 aliases of __typename.
  { name: 'alias overloading', source: 'graphql-cop', request: post({ query: `query cop { ${repeat(101, (i) => `alias${i}:__typename`)} }` }), expected: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
  // dos_batch.py — an array of 10 operations.
  { name: 'batch queries', source: 'graphql-cop', request: post(repeat(10, () => '{"query":"query cop { __typename }"}', ',').replace(/^/, '[').replace(/$/, ']')), expected: { status: 400, contains: 'Operation batching disabled' } },
  // dos_directive_overloading.py — the same unknown directive 10 times.
  { name: 'directive overloading', source: 'graphql-cop', request: post({ query: `query cop { __typename ${repeat(10, () => '@aa', '')} }` }), expected: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
  // …and a known one, past the directive cap (50) but inside the token cap.
  { name: 'directive overloading (@include × 60)', source: 'checklist', request: post({ query: `query cop { __typename ${repeat(60, () => '@include(if:true)', '')} }` }), expected: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
  { name: 'directive overloading (@include × 200)', source: 'checklist', request: post({ query: `query cop { __typename ${repeat(200, () => '@include(if:true)', '')} }` }), expected: { status: 400, code: 'GRAPHQL_PARSE_FAILED' } },
  // dos_circular_introspection.py.
  { name: 'circular introspection', source: 'graphql-cop', request: post({ query: circularIntrospection() }), expected: { status: 400 } },
  // Circular fragments (2- and 3-cycles).
  { name: 'circular fragments (2-cycle)', source: 'checklist', request: post({ query: 'query cop { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }), expected: { status: 400, contains: 'Cannot spread fragment' } },
  { name: 'circular fragments (3-cycle)', source: 'checklist', request: post({ query: 'query cop { ...A } fragment A on Query { ...B } fragment B on Query { ...C } fragment C on Query { ...A }' }), expected: { status: 400, contains: 'Cannot spread fragment' } },
  // dos_field_duplication.py — 500 × __typename: legal, cheap (merged), tiny answer.
  { name: 'field duplication', source: 'graphql-cop', request: post({ query: `query cop { ${repeat(500, () => '__typename')} }` }), expected: { status: 200 } },
  // info_field_suggestions.py.
  { name: 'field suggestions', source: 'graphql-cop', request: post({ query: 'query cop { __schema { directive } }' }), expected: { status: 400 } },
  // info_introspect.py.
  { name: 'introspection', source: 'graphql-cop', request: post({ query: 'query cop { __schema { types { name fields { name } } } }' }), expected: { status: 400, code: 'INTROSPECTION_DISABLED' } },
  { name: 'introspection (__type)', source: 'checklist', request: post({ query: '{ __type(name: "Person") { name fields { name } } }' }), expected: { status: 400, code: 'INTROSPECTION_DISABLED' } },
  // info_graphiql.py — no IDE or landing page is served.
  { name: 'GraphQL IDE / landing page', source: 'graphql-cop', request: { method: 'GET', headers: { accept: 'text/html' } }, expected: { status: 400 } },
  // info_get_method_support.py — a GET query needs a preflight header (CSRF).
  { name: 'GET query without a preflight header', source: 'graphql-cop', request: { method: 'GET', params: { query: 'query cop { __typename }' } }, expected: { status: 400, contains: 'Cross-Site Request Forgery' } },
  // info_get_based_mutation.py.
  { name: 'GET-based mutation', source: 'graphql-cop', request: { method: 'GET', params: { query: 'mutation cop { __typename }' }, headers: PREFLIGHT }, expected: { status: 405 } },
  // info_post_based_csrf.py — a form post (url-encoded) and the other simple content types.
  { name: 'POST url-encoded (CSRF)', source: 'graphql-cop', request: post('query=query+cop+%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' }), expected: { status: 400, contains: 'Cross-Site Request Forgery' } },
  { name: 'POST text/plain (CSRF)', source: 'checklist', request: post({ query: 'query cop { __typename }' }, { 'content-type': 'text/plain' }), expected: { status: 400, contains: 'Cross-Site Request Forgery' } },
  { name: 'POST multipart/form-data (CSRF)', source: 'checklist', request: post('--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--', { 'content-type': 'multipart/form-data; boundary=x' }), expected: { status: 400, contains: 'Cross-Site Request Forgery' } },
  { name: 'GET with content-type text/plain', source: 'checklist', request: { method: 'GET', params: { query: '{ __typename }' }, headers: { ...PREFLIGHT, 'content-type': 'text/plain' } }, expected: { status: 415 } },
  { name: 'method other than GET/POST', source: 'checklist', request: { method: 'PUT', headers: JSON_POST, body: JSON.stringify({ query: '{ __typename }' }) }, expected: { status: 405 } },
  // info_trace_mode.py — no tracing extension, no stack (checked for every payload too).
  { name: 'trace mode', source: 'graphql-cop', request: post({ query: 'query cop { __typename }', extensions: { tracing: true } }), expected: { status: 200 } },
  // info_unhandled_error_detection.py — a malformed document is a parse failure, not an exception.
  { name: 'unhandled error detection', source: 'graphql-cop', request: post({ query: 'qwerty cop { abc }' }), expected: { status: 400, code: 'GRAPHQL_PARSE_FAILED' } },
  { name: 'query is not a string', source: 'checklist', request: post({ query: { kind: 'Document' } }), expected: { status: 400, code: 'BAD_REQUEST' } },
  { name: 'variables as a JSON string', source: 'checklist', request: post({ query: '{ __typename }', variables: '{"a":1}' }), expected: { status: 400, code: 'BAD_REQUEST' } },
  { name: 'malformed JSON body', source: 'checklist', request: post('{"query": "{ __typename }"'), expected: { status: 400, code: 'BAD_REQUEST' } },
  { name: 'empty JSON body', source: 'checklist', request: post(''), expected: { status: 400 } },
  // Apollo answers 200 by design here (clients then resend the full document); nothing runs.
  { name: 'persisted query hash (APQ off)', source: 'checklist', request: post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }), expected: { status: 200, code: 'PERSISTED_QUERY_NOT_SUPPORTED' } },
  // The checklist's own limits (tests 1–6).
  { name: 'depth 13', source: 'checklist', request: post({ query: nested(6) }), expected: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
  { name: 'aliases 16', source: 'checklist', request: post({ query: `{ ${repeat(16, (i) => `a${i}: stats { people }`)} }` }), expected: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
  { name: 'tokens 1,001', source: 'checklist', request: post({ query: `{ ${repeat(999, () => '__typename')} }` }), expected: { status: 400, code: 'GRAPHQL_PARSE_FAILED' } },
  { name: 'body 101 KB', source: 'checklist', request: post({ query: '{ __typename }', variables: { pad: 'x'.repeat(101 * 1024) } }), expected: { status: 413, code: 'PAYLOAD_TOO_LARGE' } },
  {
    name: 'cost (literal)',
    source: 'checklist',
    request: post({ query: '{ people(first: 100) { edges { node { organizations { organization { members { person { organizations { organization { name } } } } } } } } } }' }),
    expected: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  },
  { name: 'cost (variables)', source: 'checklist', request: post({ query: 'query($n: Int) { people(first: $n) { edges { node { name } } } }', variables: { n: 99_999_999 } }), expected: { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' } },
];
