import { prepareStore, type ReadyReport } from '../bootstrap';
import type { GraphStore } from '../graph/store';
import { logger } from '../log';

const state = globalThis as { __rizomaReady?: Promise<ReadyReport>; __rizomaPrepared?: GraphStore; __rizomaDraining?: boolean };

/**
 * The process's prepared store (migrated, seeded on first start), created once. A failed
 * start is forgotten so the next caller tries again: a Neo4j that comes back, or a data
 * folder released by another process, then works without a restart.
 */
export function readyStore(): Promise<ReadyReport> {
  // `next build` pre-renders pages; one that queries before reading its request would open
  // (and seed) the data folder from the build process, which then exits without closing
  // it. Such pages are rendered per request instead.
  if (process.env.NEXT_PHASE === 'phase-production-build') return notWhileBuilding();
  if (!state.__rizomaReady) {
    const attempt = prepareStore().then((report) => {
      if (report.seeded) {
        logger.info({ store: report.store.location, ...report.seeded, accounts: report.seeded.accounts.length }, 'demo community loaded');
      }
      state.__rizomaPrepared = report.store;
      return report;
    });
    state.__rizomaReady = attempt;
    attempt.catch(() => {
      if (state.__rizomaReady === attempt) state.__rizomaReady = undefined;
    });
  }
  return state.__rizomaReady;
}

/** Stops pre-rendering (the page becomes dynamic) instead of opening the store at build time. */
async function notWhileBuilding(): Promise<never> {
  const { connection } = await import('next/server');
  await connection();
  throw new Error('The data store is not opened while building');
}

/** The store `readyStore` prepared, if it has; never opens one (for shutdown). */
export function preparedStore(): GraphStore | undefined {
  return state.__rizomaPrepared;
}

/** Records that the process is shutting down: readiness answers 503 from now on. */
export function markDraining(): void {
  state.__rizomaDraining = true;
}

/** Whether the process is shutting down (a load balancer should stop sending requests). */
export function isDraining(): boolean {
  return state.__rizomaDraining === true;
}
