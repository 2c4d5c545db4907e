/**
 * Errors the services throw for the client to read: a code the API passes through as
 * `extensions.code`, the input field at fault, and any details (a CONFLICT carries the
 * current values so a form can show them). Anything else is masked as an internal error.
 */
export type DomainErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: { readonly field?: string; readonly [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Bad input, naming the field (a dotted path for nested input, e.g. `skills.2.level`). */
export function invalidInput(field: string, message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', message, { field });
}

/** The caller is not signed in. */
export function unauthenticated(message = 'You need to sign in to do this.'): DomainError {
  return new DomainError('UNAUTHENTICATED', message);
}

/** The caller is signed in but may not do this. */
export function forbidden(message = 'You are not allowed to do this.'): DomainError {
  return new DomainError('FORBIDDEN', message);
}

/** Nothing with this id or slug (or not visible to the caller). */
export function notFound(what: string): DomainError {
  return new DomainError('NOT_FOUND', `${what} was not found.`);
}

/** A stale version or a duplicate: `current` holds what the store has now, for the form. */
export function conflict(message: string, details: { field?: string; currentVersion?: number; current?: unknown } = {}): DomainError {
  return new DomainError('CONFLICT', message, details);
}
