import { execute, parse } from 'graphql';
import { createContext } from '@/graphql/context';
import { formatError } from '@/graphql/errors';
import { getSchema } from '@/graphql/schema';
import type { Viewer } from '@/lib/auth/viewer';
import type { GraphStore } from '@/lib/graph/store';

export interface ViewerResult<T> {
  data: T | null | undefined;
  errors: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Runs an operation against the real schema as `viewer` (null = visitor), with errors
 * formatted exactly as the API sends them: for permission matrices over many viewers
 * that have no account (an "other member", a manager) without minting sessions.
 */
export async function runAs<T = Record<string, unknown>>(
  store: GraphStore,
  viewer: Viewer | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<ViewerResult<T>> {
  const result = await execute({ schema: getSchema(), document: parse(query), variableValues: variables, contextValue: createContext(store, viewer) });
  return {
    data: result.data as T | null | undefined,
    errors: (result.errors ?? []).map((e) => {
      const f = formatError(e.toJSON(), e);
      return { message: f.message, extensions: f.extensions as Record<string, unknown> | undefined };
    }),
  };
}
