import { AsyncLocalStorage } from 'node:async_hooks';
import { StoreError } from './errors';

/**
 * The deadline of the request a piece of store work belongs to. The API answers a request
 * that outlives its deadline with 503 TIMEOUT (graphql/deadline.ts) while its work may
 * still be queued behind other writes; a write that then committed would be a change the
 * client was told had failed. So the adapters refuse to start a queued write unit, and to
 * commit one, once its request's deadline has passed; and the API does not answer
 * TIMEOUT for a request one of whose writes has committed, it waits for its answer
 * (graphql/server.ts). So 503 means nothing was written, and a committed write is answered.
 *
 * On globalThis: Next.js bundles modules once per layer, and the store is shared by all.
 */
export interface DeadlineScope {
  /** Milliseconds since the epoch. */
  readonly at: number;
  /** Set when a write unit of this request has committed. */
  committed: boolean;
}

const storage: AsyncLocalStorage<DeadlineScope> = ((globalThis as { __rizomaDeadlineScope?: AsyncLocalStorage<DeadlineScope> })
  .__rizomaDeadlineScope ??= new AsyncLocalStorage<DeadlineScope>());

/** Runs `work` (and everything it starts) under a deadline, in milliseconds since the epoch. */
export function runWithDeadline<T>(at: number, work: () => T, scope: DeadlineScope = { at, committed: false }): T {
  return storage.run(scope, work);
}

/** Records that a write unit of the current request has committed (the adapters call it). */
export function noteCommitted(): void {
  const scope = storage.getStore();
  if (scope) scope.committed = true;
}

/** Throws a TIMEOUT StoreError when the current work's deadline has passed; outside a request, never. */
export function assertBeforeDeadline(step: string): void {
  const scope = storage.getStore();
  if (scope && Date.now() >= scope.at) {
    throw new StoreError('TIMEOUT', `The request ran out of time before ${step}; nothing was written`);
  }
}
