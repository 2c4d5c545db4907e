import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

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
  try {
    const res = await fetch('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body: unknown = await res.json();
    const errors = isRecord(body) && Array.isArray(body.errors) ? body.errors.filter(isRecord) : [];
    const first = errors[0];
    if (first) {
      const ext = isRecord(first.extensions) ? first.extensions : {};
      return {
        ok: false,
        problem: {
          code: typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR',
          field: typeof ext.field === 'string' ? ext.field : null,
          message: typeof first.message === 'string' ? first.message : '',
          currentVersion: typeof ext.currentVersion === 'number' ? ext.currentVersion : null,
          current: isRecord(ext.current) ? ext.current : null,
        },
      };
    }
    if (isRecord(body) && isRecord(body.data)) return { ok: true, data: body.data as T };
    return { ok: false, problem: { code: 'INTERNAL_SERVER_ERROR', field: null, message: 'No data', currentVersion: null, current: null } };
  } catch (error) {
    return { ok: false, problem: { code: 'NETWORK', field: null, message: String(error), currentVersion: null, current: null } };
  }
}
