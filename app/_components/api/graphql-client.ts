import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/**
 * The one way browser components call /api/graphql: a JSON POST of a typed operation (the
 * session cookie goes along), answered with the data or the API's errors read into one
 * shape. Never throws, except when the caller aborts: a network failure or a body that is
 * not GraphQL comes back as one error with the code NETWORK. Each area's helper
 * (moderation/post.ts, curation/send.ts, self-service/send-operation.ts, accounts/api.ts)
 * adapts this to what its forms read.
 */
export interface GraphQLProblem {
  message: string;
  /** `extensions.code`, e.g. BAD_USER_INPUT, CONFLICT, FORBIDDEN, RATE_LIMITED; NETWORK when no answer was read. */
  code: string | null;
  /** The input field at fault, when the API names one. */
  field: string | null;
  /** A finer reason code (password policy, invitation token), when given. */
  reason: string | null;
  /** CONFLICT: the version and values the store holds now. */
  currentVersion: number | null;
  current: unknown;
}

export interface GraphQLAnswer<T> {
  data: T | null;
  errors: GraphQLProblem[];
  status: number;
}

const printed = new WeakMap<object, string>();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function toProblem(raw: unknown): GraphQLProblem {
  const error = isRecord(raw) ? raw : {};
  const ext = isRecord(error.extensions) ? error.extensions : {};
  return {
    message: text(error.message) ?? 'Error',
    code: text(ext.code),
    field: text(ext.field),
    reason: text(ext.reason),
    currentVersion: typeof ext.currentVersion === 'number' ? ext.currentVersion : null,
    current: ext.current ?? null,
  };
}

/** A problem that did not come from the API's answer. */
export function localProblem(code: string, message: string): GraphQLProblem {
  return { message, code, field: null, reason: null, currentVersion: null, current: null };
}

/** Sends one typed operation to /api/graphql and reads the answer (see the module comment). */
export async function requestGraphQL<T, V>(document: TypedDocumentNode<T, V>, variables: V, signal?: AbortSignal): Promise<GraphQLAnswer<T>> {
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
      signal,
    });
    const body: unknown = await res.json();
    const errors = isRecord(body) && Array.isArray(body.errors) ? body.errors.map(toProblem) : [];
    const data = isRecord(body) && isRecord(body.data) ? (body.data as T) : null;
    if (!data && errors.length === 0) return { data: null, errors: [localProblem('INTERNAL_SERVER_ERROR', `HTTP ${res.status}`)], status: res.status };
    return { data, errors, status: res.status };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { data: null, errors: [localProblem('NETWORK', 'Network error')], status: 0 };
  }
}
