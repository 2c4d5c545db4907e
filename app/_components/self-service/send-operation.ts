import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** An API error as a form needs it: the code, the field at fault, and a CONFLICT's current values. */
export interface ApiError {
  message: string;
  code: string | null;
  field: string | null;
  current: unknown;
}

export type Outcome<T> = { ok: true; data: T } | { ok: false; errors: ApiError[] };

const printed = new WeakMap<object, string>();

function toApiError(raw: unknown): ApiError {
  const e = (raw ?? {}) as { message?: unknown; extensions?: Record<string, unknown> };
  const ext = e.extensions ?? {};
  return {
    message: typeof e.message === 'string' ? e.message : 'Error',
    code: typeof ext.code === 'string' ? ext.code : null,
    field: typeof ext.field === 'string' ? ext.field : null,
    current: ext.current ?? null,
  };
}

/**
 * Sends a typed operation from the browser to /api/graphql (JSON POST; the session
 * cookie goes along). Never throws: network failures become an error without a code.
 */
export async function sendOperation<TData, TVars>(document: TypedDocumentNode<TData, TVars>, variables: TVars): Promise<Outcome<TData>> {
  let query = printed.get(document);
  if (!query) {
    query = print(document);
    printed.set(document, query);
  }
  try {
    const res = await fetch('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: TData | null; errors?: unknown[] };
    if (body.errors && body.errors.length > 0) return { ok: false, errors: body.errors.map(toApiError) };
    if (!res.ok || !body.data) return { ok: false, errors: [toApiError({ message: `HTTP ${res.status}` })] };
    return { ok: true, data: body.data };
  } catch {
    return { ok: false, errors: [toApiError({ message: 'Network error' })] };
  }
}

/** A readable line for errors no field claims: sign-in, permission, or a generic failure. */
export function generalMessage(errors: readonly ApiError[], t: { failed: string; signedOut: string; forbidden: string }): string {
  const first = errors[0];
  if (first?.code === 'UNAUTHENTICATED') return t.signedOut;
  if (first?.code === 'FORBIDDEN') return t.forbidden;
  if (first?.code === 'BAD_USER_INPUT' || first?.code === 'CONFLICT') return first.message;
  return t.failed;
}
