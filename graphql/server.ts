import { ApolloServer } from '@apollo/server';
import { startServerAndCreateNextHandler } from '@as-integrations/next';
import { GraphQLError } from 'graphql';
import type { NextRequest } from 'next/server';
import { viewerFromRequest } from '@/lib/auth/session';
import { StoreError } from '@/lib/graph/errors';
import { readyStore } from '@/lib/server/ready';
import { createContext, type GraphQLContext } from './context';
import { ErrorCode, formatError } from './errors';
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
    formatError,
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

/** The route handler, created once per process. */
export function graphqlHandler(req: NextRequest): Promise<Response> {
  state.__rizomaGraphqlHandler ??= startServerAndCreateNextHandler<NextRequest, GraphQLContext>(createApolloServer(), {
    context: requestContext,
  });
  return state.__rizomaGraphqlHandler(req);
}
