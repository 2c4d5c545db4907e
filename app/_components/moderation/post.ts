import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { requestGraphQL } from '../api/graphql-client';

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
  const { data, errors } = await requestGraphQL(document, variables, signal);
  const first = errors[0];
  if (first) return { ok: false, problem: { code: first.code ?? 'INTERNAL_SERVER_ERROR', field: first.field, message: first.message } };
  if (!data) return { ok: false, problem: { code: 'INTERNAL_SERVER_ERROR', field: null, message: 'No data' } };
  return { ok: true, data };
}
