'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import type { Locale } from '@/lib/i18n/messages';
import { selfServiceText } from '@/lib/i18n/self-service';
import { generalMessage, sendOperation } from './send-operation';
import styles from './self-service.module.css';

const RequestDeletionMutation = graphql(`
  mutation RequestAccountDeletion {
    requestAccountDeletion {
      profile {
        deletionRequestedAt
      }
    }
  }
`);

const CancelDeletionMutation = graphql(`
  mutation CancelAccountDeletion {
    cancelAccountDeletion {
      profile {
        deletionRequestedAt
      }
    }
  }
`);

/**
 * Asks staff to delete the account, after an explicit confirmation step; or, when asked
 * already, withdraws the request. `requestedOn` is the request's date, formatted by the page.
 */
export function DeletionRequest({ requestedOn, locale }: { requestedOn: string | null; locale: Locale }) {
  const all = selfServiceText[locale];
  const t = all.data;
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  async function send(cancel: boolean) {
    setPending(true);
    setError('');
    const outcome = cancel ? await sendOperation(CancelDeletionMutation, {}) : await sendOperation(RequestDeletionMutation, {});
    setPending(false);
    if (!outcome.ok) {
      setError(generalMessage(outcome.errors, all.errors));
      return;
    }
    setConfirming(false);
    setStatus(cancel ? t.deleteUndone : t.deleteDone);
    router.refresh();
  }

  return (
    <div data-testid="deletion-request">
      {requestedOn ? (
        <>
          <p>{t.deleteRequested(requestedOn)}</p>
          <button type="button" className="button secondary" disabled={pending} onClick={() => void send(true)}>
            {t.deleteCancel}
          </button>
        </>
      ) : confirming ? (
        <div className={styles.confirm} role="group" aria-labelledby="deletion-confirm-question">
          <p id="deletion-confirm-question">
            <strong>{t.deleteConfirmQuestion}</strong>
          </p>
          <div className={styles.actions}>
            <button type="button" className={styles.danger} disabled={pending} onClick={() => void send(false)}>
              {t.deleteConfirm}
            </button>
            <button type="button" className="button secondary" disabled={pending} onClick={() => setConfirming(false)} autoFocus>
              {t.deleteKeep}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button secondary" onClick={() => setConfirming(true)}>
          {t.deleteAsk}
        </button>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className={styles.status}>
        {status}
      </p>
    </div>
  );
}
