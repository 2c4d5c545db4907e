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
  | 'CLOSED' // the store was closed
  | 'INTERNAL';

export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}

/** Raised when a second process opens a data folder that is in use. */
export class StoreLockedError extends StoreError {
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
