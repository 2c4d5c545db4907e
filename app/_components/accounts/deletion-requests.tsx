'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '@/graphql/generated';
import type { StaffDeletionRequestsQuery } from '@/graphql/generated/graphql';
import type { Locale } from '@/lib/i18n/messages';
import { accountsText } from '@/lib/i18n/accounts';
import { formatDateTime } from '@/lib/i18n/format';
import { callApi, fieldError, type ApiError } from './api';
import styles from './accounts.module.css';

const ConfirmAccountDeletion = graphql(`
  mutation ConfirmAccountDeletion($personId: ID!) {
    confirmAccountDeletion(personId: $personId) {
      personId
    }
  }
`);

const DeclineAccountDeletion = graphql(`
  mutation DeclineAccountDeletion($input: DeclineAccountDeletionInput!) {
    declineAccountDeletion(input: $input) {
      personId
    }
  }
`);

type Request = StaffDeletionRequestsQuery['deletionRequests'][number];

/** One request: confirm (after a second, explicit step) or decline with a reason. */
function RequestCard({ request, locale, onDone }: { request: Request; locale: Locale; onDone: (text: string) => void }) {
  const t = accountsText[locale];
  const id = useId();
  const [step, setStep] = useState<'idle' | 'confirming' | 'declining'>('idle');
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [pending, setPending] = useState(false);

  async function confirm() {
    setPending(true);
    const result = await callApi(ConfirmAccountDeletion, { personId: request.personId });
    setPending(false);
    if (result.data) onDone(t.deleted(request.name));
    else setErrors(result.errors.length > 0 ? result.errors : [{ message: t.failed }]);
  }

  async function decline(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '');
    setPending(true);
    const result = await callApi(DeclineAccountDeletion, { input: { personId: request.personId, reason } });
    setPending(false);
    if (result.data) onDone(t.declined(request.name));
    else setErrors(result.errors.length > 0 ? result.errors : [{ message: t.failed }]);
  }

  const reasonError = fieldError(errors, 'reason');
  const other = errors.filter((e) => e.extensions?.field !== 'reason');
  return (
    <li className={styles.card} aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>{request.name}</h3>
      <p className={styles.hint}>
        {request.email ?? t.noAccount} · {t.requestedOn(formatDateTime(request.requestedAt, locale))}
      </p>
      {other.length > 0 ? (
        <p className="form-error" role="alert">
          {other.map((e) => e.message).join(' ')}
        </p>
      ) : null}
      {step === 'idle' ? (
        <div className={styles.actions}>
          <button type="button" className="button" aria-label={t.confirmDeletionOf(request.name)} onClick={() => setStep('confirming')}>
            {t.confirmDeletion}
          </button>
          <button type="button" className="button secondary" aria-label={t.declineOf(request.name)} onClick={() => setStep('declining')}>
            {t.decline}
          </button>
        </div>
      ) : null}
      {step === 'confirming' ? (
        <div role="alertdialog" aria-labelledby={`${id}-really`} className={styles.fieldset}>
          <p id={`${id}-really`}>
            <strong>{t.reallyDelete(request.name)}</strong>
          </p>
          <div className={styles.actions}>
            <button type="button" className={`button ${styles.danger}`} disabled={pending} onClick={() => void confirm()} autoFocus>
              {pending ? t.saving : t.yesDelete}
            </button>
            <button type="button" className="button secondary" onClick={() => setStep('idle')}>
              {t.cancel}
            </button>
          </div>
        </div>
      ) : null}
      {step === 'declining' ? (
        <form className={styles.form} onSubmit={(e) => void decline(e)}>
          <div className={styles.field}>
            <label htmlFor={`${id}-reason`}>{t.reason}</label>
            <textarea
              id={`${id}-reason`}
              name="reason"
              required
              maxLength={5000}
              autoFocus
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${id}-reason-error` : undefined}
            />
            {reasonError ? (
              <span id={`${id}-reason-error`} className={styles.bad}>
                {reasonError}
              </span>
            ) : null}
          </div>
          <div className={styles.actions}>
            <button type="submit" className="button" disabled={pending}>
              {pending ? t.saving : t.sendDecline}
            </button>
            <button type="button" className="button secondary" onClick={() => setStep('idle')}>
              {t.cancel}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

/** The pending deletion requests, for staff. */
export function DeletionRequests({ requests, locale }: { requests: readonly Request[]; locale: Locale }) {
  const t = accountsText[locale];
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      {done ? (
        <p className={styles.status} role="status">
          {done}
        </p>
      ) : null}
      {requests.length === 0 ? (
        <p>{t.noDeletions}</p>
      ) : (
        <ul className={styles.cards}>
          {requests.map((r) => (
            <RequestCard
              key={r.personId}
              request={r}
              locale={locale}
              onDone={(text) => {
                setDone(text);
                router.refresh();
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}
