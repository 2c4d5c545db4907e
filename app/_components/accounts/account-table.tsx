'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { graphql } from '@/graphql/generated';
import type { AccountState, Role, StaffAccountsQuery } from '@/graphql/generated/graphql';
import type { Locale } from '@/lib/i18n/messages';
import { accountsText } from '@/lib/i18n/accounts';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { callApi, type ApiError } from './api';
import styles from './accounts.module.css';

const SetAccountRole = graphql(`
  mutation SetAccountRole($input: SetAccountRoleInput!) {
    setAccountRole(input: $input) {
      id
      role
      state
      version
    }
  }
`);

const SetAccountState = graphql(`
  mutation SetAccountState($input: SetAccountStateInput!) {
    setAccountState(input: $input) {
      id
      role
      state
      version
    }
  }
`);

const RevokeAccountSessions = graphql(`
  mutation RevokeAccountSessions($accountId: ID!) {
    revokeAccountSessions(accountId: $accountId) {
      id
    }
  }
`);

type Account = StaffAccountsQuery['accounts']['edges'][number]['node'];
const ROLES: readonly Role[] = ['MEMBER', 'STAFF', 'ADMIN'];
const STATES: readonly AccountState[] = ['ACTIVE', 'DISABLED'];

interface Outcome {
  ok: boolean;
  text: string;
  /** A CONFLICT's current values, shown with a way to reload them. */
  current?: { role?: Role; state?: AccountState } | null;
}

function conflictValues(error: ApiError | undefined): Outcome['current'] {
  const current = error?.extensions?.current;
  if (!current || typeof current !== 'object') return null;
  const { role, state } = current as { role?: unknown; state?: unknown };
  return { role: ROLES.find((r) => r === role), state: STATES.find((s) => s === state) };
}

/** The admins' account table: role and state of each account, and ending its sessions. */
export function AccountTable({ accounts, locale }: { accounts: readonly Account[]; locale: Locale }) {
  const t = accountsText[locale];
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function apply(account: Account, event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const role = ROLES.find((r) => r === form.get('role')) ?? account.role;
    const state = STATES.find((s) => s === form.get('state')) ?? account.state;
    setBusy(account.id);
    let version = account.version;
    let errors: ApiError[] = [];
    if (role !== account.role) {
      const result = await callApi(SetAccountRole, { input: { accountId: account.id, role, version } });
      errors = result.errors;
      version = result.data?.setAccountRole.version ?? version;
    }
    if (errors.length === 0 && state !== account.state) {
      const result = await callApi(SetAccountState, { input: { accountId: account.id, state, version } });
      errors = result.errors;
    }
    setBusy(null);
    if (errors.length > 0) {
      const conflict = errors.find((e) => e.extensions?.code === 'CONFLICT' && e.extensions.current);
      setOutcome(conflict ? { ok: false, text: t.conflict, current: conflictValues(conflict) } : { ok: false, text: errors[0]?.message ?? t.failed });
      return;
    }
    setOutcome({ ok: true, text: t.accountUpdated(account.email) });
    router.refresh();
  }

  async function revoke(account: Account) {
    setBusy(account.id);
    const result = await callApi(RevokeAccountSessions, { accountId: account.id });
    setBusy(null);
    setOutcome(result.data ? { ok: true, text: t.sessionsRevoked(account.email) } : { ok: false, text: result.errors[0]?.message ?? t.failed });
  }

  return (
    <>
      {outcome ? (
        <div className={outcome.ok ? styles.status : 'form-error'} role={outcome.ok ? 'status' : 'alert'}>
          <p>{outcome.text}</p>
          {outcome.current ? (
            <>
              <p>
                {outcome.current.role ? `${t.colRole}: ${t.role[outcome.current.role]}` : null}
                {outcome.current.state ? ` · ${t.colState}: ${t.accountState[outcome.current.state]}` : null}
              </p>
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  setOutcome(null);
                  router.refresh();
                }}
              >
                {t.reload}
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      <div className={styles.tableWrap}>
        <table className={styles.table} data-testid="account-table">
          <thead>
            <tr>
              <th scope="col">{t.colAccount}</th>
              <th scope="col">{t.colRole}</th>
              <th scope="col">{t.colLastSignIn}</th>
              <th scope="col">{t.colFailed}</th>
              <th scope="col">{t.colActions}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={`${a.id}-${a.version}`}>
                <td>
                  <strong>{a.email}</strong>
                  {a.personName ? <div className={styles.hint}>{a.personName}</div> : null}
                </td>
                <td>
                  <form className={styles.inline} onSubmit={(e) => void apply(a, e)}>
                    <select name="role" defaultValue={a.role} aria-label={t.roleOf(a.email)}>
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t.role[r]}
                        </option>
                      ))}
                    </select>
                    <select name="state" defaultValue={a.state} aria-label={t.stateOf(a.email)}>
                      {STATES.map((s) => (
                        <option key={s} value={s}>
                          {t.accountState[s]}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className="button" disabled={busy === a.id}>
                      {t.apply}
                    </button>
                  </form>
                </td>
                <td>{a.lastSignInAt ? formatDateTime(a.lastSignInAt, locale) : t.never}</td>
                <td>{formatNumber(a.failedSignIns, locale)}</td>
                <td>
                  <button type="button" className="button secondary" aria-label={t.revokeSessionsOf(a.email)} disabled={busy === a.id} onClick={() => void revoke(a)}>
                    {t.revokeSessions}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
