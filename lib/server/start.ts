import { secretProblem } from '../auth/secret';
import { StoreError } from '../graph/errors';
import { logger } from '../log';
import { readyStore } from './ready';

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
  try {
    const { store, migration } = await readyStore();
    logger.info({ store: store.location, schemaVersion: migration.version, applied: migration.applied.length }, 'store ready');
    const shutdown = () => {
      store
        .close()
        .catch((error: unknown) => logger.error({ err: error }, 'closing the store failed'))
        .finally(() => process.exit(0));
    };
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  } catch (error) {
    if (error instanceof StoreError && error.code === 'LOCKED') {
      console.error(`\nRizoma cannot start: ${error.message}\n`);
      process.exit(1);
    }
    logger.error({ err: error }, 'store not ready at start; requests will retry');
  }
}
