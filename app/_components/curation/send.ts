import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { requestGraphQL } from '../api/graphql-client';

/** An API refusal as the curation forms read it. */
export interface Problem {
  code: string;
  /** The input field at fault (relative to the entity's values), when the API names one. */
  field: string | null;
  message: string;
  /** CONFLICT: the version and values the store holds now. */
  currentVersion: number | null;
  current: Record<string, unknown> | null;
}

export type Outcome<T> = { ok: true; data: T } | { ok: false; problem: Problem };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sends one operation to /api/graphql from the browser (the session cookie goes along). */
export async function send<T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, variables: V): Promise<Outcome<T>> {
  const { data, errors } = await requestGraphQL(document, variables);
  const first = errors[0];
  if (first) {
    return {
      ok: false,
      problem: {
        code: first.code ?? 'INTERNAL_SERVER_ERROR',
        field: first.field,
        message: first.message,
        currentVersion: first.currentVersion,
        current: isRecord(first.current) ? first.current : null,
      },
    };
  }
  if (data) return { ok: true, data };
  return { ok: false, problem: { code: 'INTERNAL_SERVER_ERROR', field: null, message: 'No data', currentVersion: null, current: null } };
}
