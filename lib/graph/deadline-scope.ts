import { AsyncLocalStorage } from 'node:async_hooks';
import { StoreError } from './errors';

/**
 * The deadline of the request a piece of store work belongs to. The API answers a request
 * that outlives its deadline with 503 TIMEOUT (graphql/deadline.ts) while its work may
 * still be queued behind other writes; a write that then committed would be a change the
 * client was told had failed. So the adapters refuse to start a queued write unit, and to
 * commit one, once its request's deadline has passed: 503 means nothing was written
 * (except when the deadline passes during the COMMIT statement itself).
 *
 * On globalThis: Next.js bundles modules once per layer, and the store is shared by all.
 */
interface Scope {
  readonly at: number;
}

const storage: AsyncLocalStorage<Scope> = ((globalThis as { __rizomaDeadlineScope?: AsyncLocalStorage<Scope> }).__rizomaDeadlineScope ??=
  new AsyncLocalStorage<Scope>());

/** Runs `work` (and everything it starts) under a deadline, in milliseconds since the epoch. */
export function runWithDeadline<T>(at: number, work: () => T): T {
  return storage.run({ at }, work);
}

/** Throws a TIMEOUT StoreError when the current work's deadline has passed; outside a request, never. */
export function assertBeforeDeadline(step: string): void {
  const scope = storage.getStore();
  if (scope && Date.now() >= scope.at) {
    throw new StoreError('TIMEOUT', `The request ran out of time before ${step}; nothing was written`);
  }
}
