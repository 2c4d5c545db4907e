import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

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
} as const;

/**
 * The validation rules added to graphql-js's standard ones for HTTP requests. With
 * `propagateOnRejection: false` a violation is reported as a validation error (400);
 * the default throws out of `validate`, which Apollo turns into a 500.
 */
export function limitRules(): ValidationRule[] {
  // Armor only calls onReject when not propagating: report through the validation context.
  const report = { propagateOnRejection: false, onReject: [(context: ValidationContext, error: GraphQLError) => context.reportError(error)] };
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
