import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { requestGraphQL } from '../api/graphql-client';

/** An API error as a form needs it: the code, the field at fault, and a CONFLICT's current values. */
export interface ApiError {
  message: string;
  code: string | null;
  field: string | null;
  current: unknown;
}

export type Outcome<T> = { ok: true; data: T } | { ok: false; errors: ApiError[] };

/**
 * Sends a typed operation from the browser to /api/graphql (JSON POST; the session
 * cookie goes along). Never throws: network failures become an error with the code NETWORK.
 */
export async function sendOperation<TData, TVars>(document: TypedDocumentNode<TData, TVars>, variables: TVars): Promise<Outcome<TData>> {
  const { data, errors } = await requestGraphQL(document, variables);
  if (errors.length > 0 || !data) {
    return { ok: false, errors: errors.map(({ message, code, field, current }) => ({ message, code, field, current })) };
  }
  return { ok: true, data };
}

/** A readable line for errors no field claims: sign-in, permission, or a generic failure. */
export function generalMessage(errors: readonly ApiError[], t: { failed: string; signedOut: string; forbidden: string }): string {
  const first = errors[0];
  if (first?.code === 'UNAUTHENTICATED') return t.signedOut;
  if (first?.code === 'FORBIDDEN') return t.forbidden;
  if (first?.code === 'BAD_USER_INPUT' || first?.code === 'CONFLICT') return first.message;
  return t.failed;
}
