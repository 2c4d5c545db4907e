import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '@/lib/errors';
import { isRetryableStoreError, StoreError } from '@/lib/graph/errors';
import { logger } from '@/lib/log';

/** The error codes clients can rely on (`extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** Over the per-minute request budget (graphql/rate-limit.ts): HTTP 429 with Retry-After. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The request outlived its deadline (graphql/deadline.ts): HTTP 503 with Retry-After. */
  TIMEOUT: 'TIMEOUT',
  /** `__schema` or `__type` asked of a production server. */
  INTROSPECTION_DISABLED: 'INTROSPECTION_DISABLED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** A typed input error naming the offending field. */
export function badInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
}

/** Codes whose messages are written for clients and may pass through unchanged. */
const CLIENT_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.CONFLICT,
  // Raised by graphql/server.ts itself, with messages written for clients.
  ErrorCode.RATE_LIMITED,
  ErrorCode.TIMEOUT,
  ErrorCode.INTROSPECTION_DISABLED,
  ErrorCode.SERVICE_UNAVAILABLE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Masks every unexpected error: the client gets a generic message and the request id;
 * the log gets the real error with the same id. Apollo Server 5 hides stacks in
 * production but not messages, so driver or database text would otherwise leak.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Apollo's introspection rule reports a validation failure with a sub-code and a hint
  // for the operator; clients get a code of its own and a plain message.
  if (formatted.extensions?.validationErrorCode === ErrorCode.INTROSPECTION_DISABLED) {
    return { message: 'Introspection is disabled on this server.', locations: formatted.locations, extensions: { code: ErrorCode.INTROSPECTION_DISABLED } };
  }
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
  if (code && CLIENT_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    // "Did you mean …?" hints would map the schema for a caller without introspection.
    return { ...formatted, message: formatted.message.replace(/ Did you mean .*\?$/, ''), extensions };
  }
  const original = unwrapResolverError(error);
  // graphql-js's own errors (variable coercion, e.g. an unknown enum value) carry no code
  // when an operation runs in-process; over HTTP Apollo marks them BAD_USER_INPUT too.
  if (!code && error instanceof GraphQLError && !error.originalError) {
    return { ...formatted, message: formatted.message.replace(/ Did you mean .*\?$/, ''), extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (original instanceof DomainError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { ...original.details, code: original.code } };
  }
  const errorId = crypto.randomUUID();
  if (original instanceof StoreError && original.code === 'CONSTRAINT') {
    // A uniqueness constraint of the store refused a write that the service's own check
    // let through (two requests racing on Neo4j): the same answer as that check.
    logger.warn({ errorId, code: original.code, err: original.message }, 'store constraint');
    return {
      message: 'This conflicts with something that already exists. Reload and try again.',
      path: formatted.path,
      extensions: { code: ErrorCode.CONFLICT, errorId },
    };
  }
  if (isRetryableStoreError(original)) {
    // Busy, slow, unreachable or closing: the request may succeed if retried (HTTP 503 with
    // Retry-After, set by graphql/server.ts from these codes).
    logger.warn({ errorId, code: original.code, err: original.message }, 'store unavailable');
    const timeout = original.code === 'TIMEOUT';
    return {
      message: timeout
        ? 'The request took too long and was stopped. Please try again shortly.'
        : 'The community database is not reachable right now. Please try again shortly.',
      path: formatted.path,
      extensions: { code: timeout ? ErrorCode.TIMEOUT : ErrorCode.SERVICE_UNAVAILABLE, errorId },
    };
  }
  logger.error({ errorId, path: formatted.path, err: original }, 'unexpected error in a GraphQL operation');
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
  };
}
