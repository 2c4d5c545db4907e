import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A GraphQL error as the forms read it: the code, and the input field at fault when there is one. */
export interface OperationProblem {
  code: string;
  field: string | null;
  message: string;
}

export type OperationOutcome<T> = { ok: true; data: T } | { ok: false; problem: OperationProblem };

/**
 * Sends one operation to /api/graphql from the browser (the session cookie goes along)
 * and reads the first error's code and field, so forms can show it next to the field.
 */
export async function postOperation<T, V extends Record<string, unknown>>(
  document: TypedDocumentNode<T, V>,
  variables: V,
  signal?: AbortSignal,
): Promise<OperationOutcome<T>> {
  try {
    const res = await fetch('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(document), variables }),
      signal,
    });
    const body = (await res.json()) as {
      data?: T | null;
      errors?: { message: string; extensions?: { code?: unknown; field?: unknown } }[];
    };
    const first = body.errors?.[0];
    if (first) {
      const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
      const field = typeof first.extensions?.field === 'string' ? first.extensions.field : null;
      return { ok: false, problem: { code, field, message: first.message } };
    }
    if (!body.data) return { ok: false, problem: { code: 'INTERNAL_SERVER_ERROR', field: null, message: 'No data' } };
    return { ok: true, data: body.data };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, problem: { code: 'NETWORK', field: null, message: String(error) } };
  }
}
