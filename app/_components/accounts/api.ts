import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { requestGraphQL } from '../api/graphql-client';

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
 * goes along). Network failures come back as one error with the code NETWORK.
 */
export async function callApi<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<ApiResult<R>> {
  const { data, errors } = await requestGraphQL(document, variables);
  return {
    data,
    errors: errors.map((e) => ({
      message: e.message,
      extensions: {
        code: e.code ?? undefined,
        field: e.field ?? undefined,
        reason: e.reason ?? undefined,
        currentVersion: e.currentVersion ?? undefined,
        current: e.current ?? undefined,
      },
    })),
  };
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
