import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import type { Role } from '@/graphql/generated/graphql';
import { currentViewer, runOperation } from '@/graphql/execute';
import { can } from '@/lib/auth/permissions';
import { accountsText } from '@/lib/i18n/accounts';
import { currentLocale } from '@/lib/i18n/locale';
import { SIGN_IN_PATH } from '@/lib/routes';
import { AccountTable } from '../../_components/accounts/account-table';
import { NotAllowed } from '../../_components/not-allowed';
import styles from '../../_components/accounts/accounts.module.css';

const PATH = '/staff/account';
const PAGE_SIZE = 50;
const ROLES: readonly Role[] = ['MEMBER', 'STAFF', 'ADMIN'];

const StaffAccountsQuery = graphql(`
  query StaffAccounts($query: String, $role: Role, $first: Int, $after: String) {
    accounts(query: $query, role: $role, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          role
          state
          version
          personName
          lastSignInAt
          failedSignIns
        }
      }
    }
  }
`);

export async function generateMetadata(): Promise<Metadata> {
  const t = accountsText[await currentLocale()];
  return { title: t.accountsTitle, robots: { index: false } };
}

function one(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, 200) : null;
}

/** Admins manage the accounts: roles, states and sessions. */
export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await currentViewer();
  if (!viewer) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(PATH)}`);
  const locale = await currentLocale();
  const t = accountsText[locale];
  if (!can(viewer, 'account.manage')) return <NotAllowed title={t.notAllowedTitle} message={t.notAllowedAdmin} backHome={t.backHome} />;
  const params = await searchParams;
  const query = one(params.q);
  const role = ROLES.find((r) => r === params.ruolo) ?? null;
  const after = one(params.dopo);
  const { accounts } = await runOperation(StaffAccountsQuery, { query, role, first: PAGE_SIZE, after });
  const nextHref = (() => {
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    if (role) next.set('ruolo', role);
    if (accounts.pageInfo.endCursor) next.set('dopo', accounts.pageInfo.endCursor);
    return `${PATH}?${next.toString()}`;
  })();
  return (
    <div className={styles.page}>
      <h1>{t.accountsTitle}</h1>
      <p className="lead">{t.accountsIntro}</p>
      <form className={styles.filters} method="get" action={PATH}>
        <label>
          {t.filterQuery}
          <input type="search" name="q" defaultValue={query ?? ''} maxLength={200} />
        </label>
        <label>
          {t.filterRole}
          <select name="ruolo" defaultValue={role ?? ''}>
            <option value="">{t.anyRole}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t.role[r]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t.filter}
        </button>
      </form>
      <p aria-live="polite">{t.accountsCount(accounts.totalCount)}</p>
      <AccountTable accounts={accounts.edges.map((e) => e.node)} locale={locale} />
      <nav className={styles.pager} aria-label={t.accountsTitle}>
        {after ? <Link href={PATH}>{t.firstPage}</Link> : null}
        {accounts.pageInfo.hasNextPage ? <Link href={nextHref}>{t.nextPage}</Link> : null}
      </nav>
    </div>
  );
}
