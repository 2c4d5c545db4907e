import { secretProblem } from '../auth/secret';
import { StoreError } from '../graph/errors';
import { openKuzuStores } from '../graph/kuzu';
import { logger } from '../log';
import { markDraining, preparedStore, readyStore } from './ready';

/**
 * How long a SIGTERM may take before the store is closed and the process exits anyway
 * (../shared/RELIABILITY.md test 63: exit within 10 s). `next start` normally finishes
 * first: it stops accepting, lets the requests in flight end, then exits by itself.
 */
export const SHUTDOWN_GRACE_MS = 8000;

/**
 * Prepares the store at server start. A locked data folder ends the process with a clear
 * message (a second server on the same folder is a mistake, not a transient fault); a
 * store that cannot be reached (Neo4j down) is logged and retried on the next request.
 */
export async function startServerStore(): Promise<void> {
  // next-auth itself only complains at request time: refuse to serve without a session secret.
  if (process.env.NODE_ENV === 'production') {
    const problem = secretProblem();
    if (problem) {
      console.error(`\nRizoma cannot start: ${problem}\n`);
      process.exit(1);
    }
  }
  installProcessHandlers();
  try {
    const { store, migration } = await readyStore();
    logger.info({ store: store.location, schemaVersion: migration.version, applied: migration.applied.length }, 'store ready');
  } catch (error) {
    if (error instanceof StoreError && error.code === 'LOCKED') {
      console.error(`\nRizoma cannot start: ${error.message}\n`);
      process.exit(1);
    }
    logger.error({ err: error }, 'store not ready at start; requests will retry');
  }
}

const state = globalThis as { __rizomaProcessHandlers?: boolean };

/**
 * Installs, once per process, the last-resort error handlers and the graceful shutdown:
 *
 * - An unhandled rejection (a promise that fails after its response was sent) is logged as
 *   one line and the process keeps serving: one broken request must not end every other
 *   one. Node's default is to exit.
 * - SIGTERM/SIGINT mark the server as draining (readiness answers 503). `next start` has its
 *   own handler that closes the HTTP server, waits for the requests in flight and exits;
 *   the `exit` hook then closes the Kùzu store, which checkpoints it (no WAL left). A process
 *   without such a handler, or one that takes longer than SHUTDOWN_GRACE_MS, closes the
 *   store (waiting for running statements) and exits here.
 */
export function installProcessHandlers(options: { graceMs?: number } = {}): void {
  if (state.__rizomaProcessHandlers) return;
  state.__rizomaProcessHandlers = true;
  const graceMs = options.graceMs ?? SHUTDOWN_GRACE_MS;

  // Exceptions keep Node's default (exit): after one, the process state is unknown.
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection (the process keeps running)');
  });

  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    markDraining();
    // Our own listener is one of them: more than one means the server (next start) exits by itself.
    const serverHandlesIt = process.listenerCount(signal) > 1;
    logger.info({ signal, graceMs }, 'shutting down: finishing requests in flight, then closing the store');
    if (!serverHandlesIt) {
      void closeStoresAndExit(0);
      return;
    }
    setTimeout(() => {
      logger.warn({ graceMs }, 'requests still in flight after the grace period: closing the store anyway');
      void closeStoresAndExit(1);
    }, graceMs).unref();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.on('exit', closeStoresNow);
}

/** Closes every open store (queued writes and running reads finish first), then exits. */
async function closeStoresAndExit(code: number): Promise<void> {
  try {
    await Promise.all([preparedStore()?.close(), ...openKuzuStores().map((s) => s.close())]);
  } catch (error) {
    logger.error({ err: error }, 'closing the store failed');
  } finally {
    process.exit(code);
  }
}

/** The `exit` hook: nothing asynchronous runs any more, so Kùzu stores are closed synchronously. */
function closeStoresNow(): void {
  for (const store of openKuzuStores()) {
    if (!store.closeNow()) logger.warn({ store: store.location }, 'a statement was still running at exit; the store recovers on the next start');
  }
}
