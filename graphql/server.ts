import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { startServerAndCreateNextHandler } from '@as-integrations/next';
import { GraphQLError } from 'graphql';
import { NextRequest } from 'next/server';
import { clientAddress } from '@/lib/auth/address';
import { viewerFromRequest } from '@/lib/auth/session';
import { runWithDeadline, type DeadlineScope } from '@/lib/graph/deadline-scope';
import { isRetryableStoreError, StoreError } from '@/lib/graph/errors';
import { logger } from '@/lib/log';
import { readyStore } from '@/lib/server/ready';
import { createContext, type GraphQLContext } from './context';
import { requestTimeoutMs, withDeadline } from './deadline';
import { ErrorCode, formatError } from './errors';
import { LIMITS, limitRules, operationCost, readBodyCapped } from './limits';
import { consumeRequest } from './rate-limit';
import { getSchema } from './schema';

/** How much longer a request whose write has committed may take to be answered. */
const COMMITTED_GRACE_MS = 5000;

/** Seconds a client is asked to wait before retrying when the store is unreachable or slow. */
const RETRY_AFTER_SECONDS = '5';

/** Apollo Server for /api/graphql: CSRF prevention on, no batching, masked errors. */
export function createApolloServer(): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema: getSchema(),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    introspection: process.env.NODE_ENV !== 'production',
    includeStacktraceInErrorResponses: false,
    validationRules: limitRules(),
    parseOptions: { maxTokens: LIMITS.tokens },
    formatError,
    plugins: [
      // No IDE or landing page: a browser GET is just a (CSRF-checked) GraphQL request.
      ApolloServerPluginLandingPageDisabled(),
      {
        // The cost needs the variables, so it is checked once the operation is resolved:
        // after validation, before any resolver runs.
        async requestDidStart() {
          return {
            // A resolver that met an unreachable store: the request failed for a reason the
            // client can retry, so say so with the status (a 200 would hide it from caches
            // and monitors) and Retry-After.
            async willSendResponse({ response }) {
              if (response.body.kind !== 'single') return;
              const codes = (response.body.singleResult.errors ?? []).map((e) => e.extensions?.code);
              if (codes.includes(ErrorCode.SERVICE_UNAVAILABLE) || codes.includes(ErrorCode.TIMEOUT)) {
                response.http.status = 503;
                response.http.headers.set('retry-after', RETRY_AFTER_SECONDS);
              }
            },
            async didResolveOperation({ request, document, schema }) {
              let cost: number;
              try {
                cost = operationCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
              } catch (error) {
                // Variable errors are reported by execution as BAD_USER_INPUT. Anything else
                // (e.g. two copies of graphql in a bundle) must not switch the limit off.
                if (error instanceof GraphQLError) return;
                throw error;
              }
              if (cost > LIMITS.cost) {
                throw new GraphQLError(
                  `The query is too expensive (estimated cost ${cost}, limit ${LIMITS.cost}): ask for fewer items per page or fewer nested lists.`,
                  { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, limit: LIMITS.cost, http: { status: 400 } } },
                );
              }
            },
          };
        },
      },
    ],
  });
}

async function requestContext(req: NextRequest): Promise<GraphQLContext> {
  let store;
  try {
    ({ store } = await readyStore());
  } catch (error) {
    const reason = error instanceof StoreError ? error.code : 'INTERNAL';
    throw new GraphQLError('The community database is not reachable right now. Please try again shortly.', {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason, http: { status: 503, headers: new Map([['retry-after', RETRY_AFTER_SECONDS]]) } },
    });
  }
  // The viewer is checked against the store on every request (revoked tokens stop at once).
  let viewer;
  try {
    viewer = await viewerFromRequest(store, { cookies: req.cookies, headers: req.headers });
  } catch (error) {
    // A busy or unreachable store during the session check: the client may retry (a 503, not
    // Apollo's "context creation failed" 500).
    if (!isRetryableStoreError(error)) throw error;
    throw new GraphQLError('The community database is busy right now. Please try again shortly.', {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason: error.code, http: { status: 503, headers: new Map([['retry-after', RETRY_AFTER_SECONDS]]) } },
    });
  }
  // Counted once the viewer is known: a revoked or forged cookie gets the visitor budget.
  // Apollo creates the context after its CSRF check and before parsing the document.
  const decision = await consumeRequest(viewer ? { kind: 'member', accountId: viewer.accountId } : { kind: 'anonymous', address: clientAddress(req.headers) });
  if (!decision.allowed) {
    throw new GraphQLError(`Too many requests: the limit is ${decision.limit} per minute. Try again in ${decision.retryAfterSeconds} s.`, {
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        retryAfter: decision.retryAfterSeconds,
        http: { status: 429, headers: new Map([['retry-after', String(decision.retryAfterSeconds)]]) },
      },
    });
  }
  return createContext(store, viewer, req.headers.get('x-request-id') ?? undefined);
}

type Handler = (req: NextRequest) => Promise<Response>;
const state = globalThis as { __rizomaGraphqlHandler?: Handler };

function tooLarge(): Response {
  return Response.json(
    { errors: [{ message: `The request body is larger than ${LIMITS.bodyBytes / 1024} KB.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] },
    { status: 413, headers: { 'cache-control': 'no-store' } },
  );
}

function badJson(): Response {
  return Response.json(
    { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] },
    { status: 400, headers: { 'cache-control': 'no-store' } },
  );
}

/** Whether a body the integration will parse as JSON is JSON (it would throw, a 500). */
function isJson(body: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder().decode(body));
    return true;
  } catch {
    return false;
  }
}

function timedOut(req: NextRequest, ms: number): Response {
  logger.warn({ requestId: req.headers.get('x-request-id') ?? undefined, timeoutMs: ms }, 'GraphQL request timed out');
  return Response.json(
    { errors: [{ message: 'The request took too long and was stopped. Please try again shortly.', extensions: { code: ErrorCode.TIMEOUT } }] },
    { status: 503, headers: { 'cache-control': 'no-store', 'retry-after': RETRY_AFTER_SECONDS } },
  );
}

/**
 * A route handler over a new Apollo Server (which reads NODE_ENV now, for introspection).
 * The whole request, body reading included, runs under the request deadline. Bodies over
 * the limit are refused with 413 before Apollo parses them: by Content-Length when
 * declared, otherwise while reading.
 */
export function createGraphqlHandler(): Handler {
  const apollo = startServerAndCreateNextHandler<NextRequest, GraphQLContext>(createApolloServer(), { context: requestContext });
  const handle = async (req: NextRequest): Promise<Response> => {
    if (req.method !== 'POST') return apollo(req);
    if (Number(req.headers.get('content-length') ?? 0) > LIMITS.bodyBytes) return tooLarge();
    const body = await readBodyCapped(req.body, LIMITS.bodyBytes);
    if (!body) return tooLarge();
    // The Next integration parses a body only when Content-Type is exactly
    // "application/json"; accept parameters such as "; charset=utf-8" too.
    const headers = new Headers(req.headers);
    if (/^application\/json\s*;/i.test(headers.get('content-type') ?? '')) headers.set('content-type', 'application/json');
    if (headers.get('content-type') === 'application/json' && !isJson(body)) return badJson();
    return apollo(new NextRequest(req.url, { method: 'POST', headers, body: body as BodyInit }));
  };
  return async (req) => {
    const ms = requestTimeoutMs();
    // The store refuses to start or commit this request's writes once it has timed out.
    const scope: DeadlineScope = { at: Date.now() + ms, committed: false };
    const work = runWithDeadline(scope.at, () => handle(req), scope);
    const answered = await withDeadline(
      work.then((response) => ({ response })),
      ms,
      () => null,
    );
    if (answered) return answered.response;
    // A write of this request has committed: its answer is owed (a 503 would tell the client
    // it failed, and a retry would do it twice); what remains is reading the result back.
    if (scope.committed) return withDeadline(work, COMMITTED_GRACE_MS, () => timedOut(req, ms));
    return timedOut(req, ms);
  };
}

/** The route handler, created once per process. */
export async function graphqlHandler(req: NextRequest): Promise<Response> {
  state.__rizomaGraphqlHandler ??= createGraphqlHandler();
  return state.__rizomaGraphqlHandler(req);
}
