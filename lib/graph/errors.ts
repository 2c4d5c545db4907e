/**
 * Errors raised by the GraphStore port. Adapters map their driver's errors to these,
 * so callers (and the GraphQL error formatter) decide on a code, never on driver text.
 */
export type StoreErrorCode =
  | 'LOCKED' // another process holds the embedded database
  | 'UNAVAILABLE' // the server cannot be reached
  | 'CONSTRAINT' // a uniqueness constraint was violated
  | 'QUERY' // the statement was rejected (syntax, binding, types)
  | 'TRANSIENT' // a retryable failure that kept failing
  | 'TIMEOUT' // a statement outlived the database-level timeout and was stopped
  | 'BUSY' // the store is saturated: no connection came free in time
  | 'CLOSED' // the store was closed
  | 'INTERNAL';

/** Marks store errors across copies of this module (see StoreError's Symbol.hasInstance). */
const STORE_ERROR = Symbol.for('rizoma.StoreError');

export class StoreError extends Error {
  /** The `name` instances of this class carry; a subclass sets its own. */
  static readonly errorName: string = 'StoreError';

  /**
   * A brand check instead of the prototype chain. Next.js bundles this module once per
   * layer (the route handlers, the pages, instrumentation), while the store is opened once
   * per process: its errors come from whichever copy opened it, and a plain `instanceof`
   * in another copy said no, so a saturated store's BUSY reached clients as a masked 500
   * (found by the soak). A subclass matches only errors carrying its own name.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null || (value as { [STORE_ERROR]?: unknown })[STORE_ERROR] !== true) return false;
    return this.errorName === StoreError.errorName || (value as Error).name === this.errorName;
  }

  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
    Object.defineProperty(this, STORE_ERROR, { value: true });
  }
}

/** Raised when a second process opens a data folder that is in use. */
export class StoreLockedError extends StoreError {
  static override readonly errorName: string = 'StoreLockedError';

  readonly dataDir: string;

  constructor(dataDir: string, cause?: unknown) {
    super(
      'LOCKED',
      `The data folder "${dataDir}" is already in use by another process. ` +
        'The embedded Kùzu store allows one process per data folder: stop the other Rizoma ' +
        'process (or script) using it, or point RIZOMA_DATA_DIR at another folder.',
      { cause },
    );
    this.name = 'StoreLockedError';
    this.dataDir = dataDir;
  }
}

/**
 * Codes that mean "the store cannot serve this right now; the same request may work in a
 * moment": the API answers them with 503 and Retry-After (never 500), readiness with 503.
 */
export const RETRYABLE_STORE_CODES: ReadonlySet<StoreErrorCode> = new Set<StoreErrorCode>(['UNAVAILABLE', 'LOCKED', 'BUSY', 'TIMEOUT', 'CLOSED']);

/** Whether `error` is a StoreError a client may retry (see RETRYABLE_STORE_CODES). */
export function isRetryableStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError && RETRYABLE_STORE_CODES.has(error.code);
}
