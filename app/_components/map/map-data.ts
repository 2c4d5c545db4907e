import { useEffect, useState } from 'react';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '@/graphql/generated';

/** The whole network for /mappa, narrowed by type and sector. */
export const EcosystemMapQuery = graphql(`
  query EcosystemMap($filter: EcosystemFilter) {
    ecosystem(filter: $filter) {
      nodes {
        id
        type
        slug
        label
        labelEn
        sector
        degree
      }
      edges {
        source
        target
        type
      }
      truncated
    }
  }
`);

/** What lies within `depth` hops of one entity, for its profile page. */
export const NeighbourhoodMapQuery = graphql(`
  query NeighbourhoodMap($id: ID!, $depth: Int) {
    neighbourhood(id: $id, depth: $depth) {
      nodes {
        id
        type
        slug
        label
        labelEn
        sector
        degree
      }
      edges {
        source
        target
        type
      }
      truncated
    }
  }
`);

export type QueryState<T> = { status: 'loading' } | { status: 'error' } | { status: 'ready'; data: T };

const printed = new WeakMap<object, string>();

async function postQuery<TData, TVars>(document: TypedDocumentNode<TData, TVars>, variables: TVars, signal: AbortSignal): Promise<TData> {
  let query = printed.get(document);
  if (!query) {
    query = print(document);
    printed.set(document, query);
  }
  const res = await fetch('/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const body = (await res.json()) as { data?: TData | null; errors?: unknown[] };
  if (!res.ok || (body.errors && body.errors.length > 0) || !body.data) throw new Error(`map query failed (${res.status})`);
  return body.data;
}

/**
 * Runs a map query from the browser against /api/graphql whenever `key` (a string made
 * of the variables) changes or `retry` is called; a superseded request is aborted.
 */
export function useMapQuery<TData, TVars>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  key: string,
): { state: QueryState<TData>; retry(): void } {
  const [attempt, setAttempt] = useState(0);
  const requestKey = `${attempt}|${key}`;
  const [result, setResult] = useState<{ key: string; state: QueryState<TData> } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    postQuery(document, variables, controller.signal).then(
      (data) => setResult({ key: requestKey, state: { status: 'ready', data } }),
      () => {
        if (!controller.signal.aborted) setResult({ key: requestKey, state: { status: 'error' } });
      },
    );
    return () => controller.abort();
    // The key stands for the variables: a new object with the same values is the same request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document, requestKey]);

  const state: QueryState<TData> = result?.key === requestKey ? result.state : { status: 'loading' };
  return { state, retry: () => setAttempt((n) => n + 1) };
}
