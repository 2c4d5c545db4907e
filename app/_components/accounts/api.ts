import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** An error as the API sends it: a message for people, a code and the field at fault for forms. */
export interface ApiError {
  message: string;
  extensions?: { code?: string; field?: string; reason?: string; currentVersion?: number; current?: unknown };
}

export interface ApiResult<R> {
  data: R | null;
  errors: ApiError[];
}

/**
 * Sends a typed operation from the browser to /api/graphql (JSON POST; the session cookie
 * goes along). Network failures come back as one error without a code.
 */
export async function callApi<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<ApiResult<R>> {
  try {
    const res = await fetch('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await res.json()) as { data?: R | null; errors?: ApiError[] };
    return { data: body.data ?? null, errors: body.errors ?? [] };
  } catch {
    return { data: null, errors: [{ message: 'Network error' }] };
  }
}

/** The message of the error naming `field`, if any. */
export function fieldError(errors: readonly ApiError[], field: string): string | null {
  return errors.find((e) => e.extensions?.field === field)?.message ?? null;
}

/** Errors no field of the form shows. */
export function formErrors(errors: readonly ApiError[], fields: readonly string[]): ApiError[] {
  return errors.filter((e) => !e.extensions?.field || !fields.includes(e.extensions.field));
}

/** The reason code of an error (password policy, invitation token), if the API gave one. */
export function reasonOf(errors: readonly ApiError[], field: string): string | null {
  return errors.find((e) => e.extensions?.field === field)?.extensions?.reason ?? null;
}
