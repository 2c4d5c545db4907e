import { OperationError } from '@/graphql/execute';
import styles from './matching.module.css';

/** The readable message of an API error meant for the user (BAD_USER_INPUT), or null for any other failure. */
export function userInputMessage(error: unknown): string | null {
  if (!(error instanceof OperationError)) return null;
  const messages = error.errors.filter((e) => e.extensions?.code === 'BAD_USER_INPUT').map((e) => e.message);
  return messages.length > 0 ? messages.join(' ') : null;
}

/** Shows why an operation failed: the API's own words for bad input, a generic line otherwise. */
export function OperationAlert({ error, title, failed }: { error: unknown; title: string; failed: string }) {
  const message = userInputMessage(error);
  return (
    <div role="alert" className={styles.alert} data-testid="operation-error">
      <strong>{message ? title : failed}</strong>
      {message && <p>{message}</p>}
    </div>
  );
}
