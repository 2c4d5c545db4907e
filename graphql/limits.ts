import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { getNamedType, getNullableType, isListType, isObjectType, type DocumentNode, type GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
// The CommonJS build on purpose: the package's "import" build loads graphql's .mjs copy,
// whose types are not the ones our schema (built from the CommonJS graphql that Next keeps
// external) is made of, and every cost check would fail ("from another realm").
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity/cjs';

/**
 * Limits on what one request may ask, from ../shared/RELIABILITY.md (GraphQL Armor's
 * rules, which reject before any resolver runs). The app's own operations stay well
 * inside them (tests/unit/graphql-limits.test.ts checks every generated document).
 */
export const LIMITS = {
  /** Nesting of selection sets (the deepest page query is 6). */
  depth: 8,
  /** Aliased fields per operation (no allow-list: `__typename` aliases count too). */
  aliases: 15,
  directives: 50,
  /** Lexical tokens per document: a cheap cap on the parser's work. */
  tokens: 1000,
  /** Request body, in bytes. */
  bodyBytes: 100 * 1024,
  /** Estimated cost of one operation (`listCostEstimator`), computed with its variables. */
  cost: 5000,
  /** What a list of objects without a `first` argument is assumed to hold, for the cost. */
  assumedListSize: 5,
} as const;

/**
 * The cost of a field: 1, plus its selection's cost times the items it returns — `first`
 * when given (variables included, so `first: $n` with a huge n is expensive), the assumed
 * size for other lists of objects, 1 otherwise. Nested lists multiply. A page object
 * (what a field with `first` returns: a connection, find-collaborators' results) holds
 * the page its `first` already counted, so its own lists (`edges`, `matches`) do not
 * multiply again.
 */
export function listCostEstimator(pageTypes: ReadonlySet<string>): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const returned = getNullableType(field.type);
    const objectList = isListType(returned) && isObjectType(getNamedType(returned));
    if (objectList && pageTypes.has(type.name)) return 1 + childComplexity;
    const first = typeof args.first === 'number' && Number.isFinite(args.first) ? Math.max(1, args.first) : null;
    return 1 + childComplexity * (first ?? (objectList ? LIMITS.assumedListSize : 1));
  };
}

const pageTypesCache = new WeakMap<GraphQLSchema, ReadonlySet<string>>();

/** The object types returned, not as lists, by fields that take `first`: page objects. */
function pageTypesOf(schema: GraphQLSchema): ReadonlySet<string> {
  let found = pageTypesCache.get(schema);
  if (!found) {
    const names = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const returned = getNullableType(field.type);
        if (field.args.some((a) => a.name === 'first') && !isListType(returned)) names.add(getNamedType(returned).name);
      }
    }
    found = names;
    pageTypesCache.set(schema, found);
  }
  return found;
}

/** The estimated cost of running `document` with `variables`. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [listCostEstimator(pageTypesOf(schema))] });
}

/**
 * The validation rules added to graphql-js's standard ones for HTTP requests. With
 * `propagateOnRejection: false` a violation is reported as a validation error (400);
 * the default throws out of `validate`, which Apollo turns into a 500.
 */
export function limitRules(): ValidationRule[] {
  // Armor only calls onReject when not propagating: report through the validation context.
  const report = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] };
  return [
    maxDepthRule({ n: LIMITS.depth, exposeLimits: true, flattenFragments: true, ...report }),
    maxAliasesRule({ n: LIMITS.aliases, allowList: [], exposeLimits: true, ...report }),
    maxDirectivesRule({ n: LIMITS.directives, exposeLimits: true, ...report }),
  ] as ValidationRule[];
}

/**
 * Reads a request body up to `limit` bytes; null when it is larger (the caller answers
 * 413 without buffering the rest).
 */
export async function readBodyCapped(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
