import { ApolloServer } from '@apollo/server';
import { startServerAndCreateNextHandler } from '@as-integrations/next';
import { GraphQLError } from 'graphql';
import { NextRequest } from 'next/server';
import { viewerFromRequest } from '@/lib/auth/session';
import { StoreError } from '@/lib/graph/errors';
import { readyStore } from '@/lib/server/ready';
import { createContext, type GraphQLContext } from './context';
import { ErrorCode, formatError } from './errors';
import { LIMITS, limitRules, operationCost, readBodyCapped } from './limits';
import { getSchema } from './schema';

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
      {
        // The cost needs the variables, so it is checked once the operation is resolved:
        // after validation, before any resolver runs.
        async requestDidStart() {
          return {
            async didResolveOperation({ request, document, schema }) {
              let cost: number;
              try {
                cost = operationCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
              } catch {
                return; // Variable errors are reported by execution as BAD_USER_INPUT.
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
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason, http: { status: 503, headers: new Map([['retry-after', '5']]) } },
    });
  }
  // The viewer is checked against the store on every request (revoked tokens stop at once).
  const viewer = await viewerFromRequest(store, { cookies: req.cookies, headers: req.headers });
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

/**
 * The route handler, created once per process. Bodies over the limit are refused with
 * 413 before Apollo parses them: by Content-Length when declared, otherwise while reading.
 */
export async function graphqlHandler(req: NextRequest): Promise<Response> {
  state.__rizomaGraphqlHandler ??= startServerAndCreateNextHandler<NextRequest, GraphQLContext>(createApolloServer(), {
    context: requestContext,
  });
  if (req.method !== 'POST') return state.__rizomaGraphqlHandler(req);
  if (Number(req.headers.get('content-length') ?? 0) > LIMITS.bodyBytes) return tooLarge();
  const body = await readBodyCapped(req.body, LIMITS.bodyBytes);
  if (!body) return tooLarge();
  // The Next integration parses a body only when Content-Type is exactly
  // "application/json"; accept parameters such as "; charset=utf-8" too.
  const headers = new Headers(req.headers);
  if (/^application\/json\s*;/i.test(headers.get('content-type') ?? '')) headers.set('content-type', 'application/json');
  const bounded = new NextRequest(req.url, { method: 'POST', headers, body: body as BodyInit });
  return state.__rizomaGraphqlHandler(bounded);
}
