'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { graphql } from '@/graphql/generated';
import type { StaffInvitationsQuery } from '@/graphql/generated/graphql';
import type { Locale } from '@/lib/i18n/messages';
import { accountsText } from '@/lib/i18n/accounts';
import { formatDateTime } from '@/lib/i18n/format';
import { callApi } from './api';
import styles from './accounts.module.css';

const RevokeInvitation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      state
    }
  }
`);

type Invitation = StaffInvitationsQuery['invitations'][number];

/** The recent invitations with their state; pending ones can be revoked. */
export function InvitationList({ invitations, locale }: { invitations: readonly Invitation[]; locale: Locale }) {
  const t = accountsText[locale];
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function revoke(id: string) {
    setBusy(id);
    const result = await callApi(RevokeInvitation, { id });
    setBusy(null);
    setMessage(result.data ? { ok: true, text: t.revoked } : { ok: false, text: result.errors[0]?.message ?? t.failed });
    router.refresh();
  }

  if (invitations.length === 0) return <p>{t.noInvitations}</p>;
  return (
    <>
      {message ? (
        <p className={message.ok ? styles.status : 'form-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
      <div className={styles.tableWrap}>
        <table className={styles.table} data-testid="invitation-list">
          <thead>
            <tr>
              <th scope="col">{t.colPerson}</th>
              <th scope="col">{t.colEmail}</th>
              <th scope="col">{t.colRole}</th>
              <th scope="col">{t.colState}</th>
              <th scope="col">{t.colExpires}</th>
              <th scope="col">{t.colInvitedBy}</th>
              <th scope="col">{t.colActions}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((i) => (
              <tr key={i.id}>
                <td>{i.personName ?? '—'}</td>
                <td>{i.email}</td>
                <td>{t.role[i.role]}</td>
                <td>{t.invitationState[i.state]}</td>
                <td>{formatDateTime(i.expiresAt, locale)}</td>
                <td>{i.invitedBy ?? '—'}</td>
                <td>
                  {i.state === 'PENDING' || i.state === 'EXPIRED' ? (
                    <button type="button" className="button secondary" aria-label={t.revokeLabel(i.email)} disabled={busy === i.id} onClick={() => void revoke(i.id)}>
                      {t.revoke}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
