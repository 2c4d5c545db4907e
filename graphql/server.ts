import { ApolloServer } from '@apollo/server';
import { startServerAndCreateNextHandler } from '@as-integrations/next';
import { GraphQLError } from 'graphql';
import type { NextRequest } from 'next/server';
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
  try {
    const { store } = await readyStore();
    return createContext(store, null, req.headers.get('x-request-id') ?? undefined);
  } catch (error) {
    const reason = error instanceof StoreError ? error.code : 'INTERNAL';
    throw new GraphQLError('The community database is not reachable right now. Please try again shortly.', {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason, http: { status: 503, headers: new Map([['retry-after', '5']]) } },
    });
  }
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
