import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { execute, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { viewerFromRequest } from '@/lib/auth/session';
import type { Viewer } from '@/lib/auth/viewer';
import { readyStore } from '@/lib/server/ready';
import { createContext, type GraphQLContext } from './context';
import { formatError } from './errors';
import { getSchema } from './schema';

/** One context per server render, so every component of a page shares its DataLoaders and viewer. */
const renderContext = cache(async (): Promise<GraphQLContext> => {
  const { store } = await readyStore();
  const viewer = await viewerFromRequest(store, { cookies: await cookies(), headers: await headers() });
  return createContext(store, viewer);
});

/** Who is looking at the page being rendered (null for a visitor), for layouts and guards. */
export async function currentViewer(): Promise<Viewer | null> {
  return (await renderContext()).viewer;
}

export class OperationError extends Error {
  constructor(readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'OperationError';
  }
}

/**
 * Runs a typed operation against the schema in-process (no HTTP hop), as server
 * components do. Errors are masked exactly as over HTTP and thrown as OperationError.
 */
export async function runOperation<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const result = (await execute({
    schema: getSchema(),
    document,
    variableValues: variables,
    contextValue: await renderContext(),
  })) as ExecutionResult<TResult>;
  if (result.errors?.length) {
    throw new OperationError(result.errors.map((e) => formatError(e.toJSON(), e)));
  }
  if (!result.data) throw new OperationError([{ message: 'The operation returned no data' }]);
  // graphql-js builds results from null-prototype objects, which React refuses to pass
  // from a server to a client component; the data is JSON by definition, so a JSON copy
  // turns it into plain objects.
  return JSON.parse(JSON.stringify(result.data)) as TResult;
}
