import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import { currentViewer, runOperation } from '@/graphql/execute';
import { can } from '@/lib/auth/permissions';
import { accountsText } from '@/lib/i18n/accounts';
import { currentLocale } from '@/lib/i18n/locale';
import { SIGN_IN_PATH } from '@/lib/routes';
import { DeletionRequests } from '../../_components/accounts/deletion-requests';
import { NotAllowed } from '../../_components/not-allowed';
import styles from '../../_components/accounts/accounts.module.css';

const PATH = '/staff/cancellazioni';

const StaffDeletionRequestsQuery = graphql(`
  query StaffDeletionRequests {
    deletionRequests {
      personId
      name
      email
      hasAccount
      requestedAt
    }
  }
`);

export async function generateMetadata(): Promise<Metadata> {
  const t = accountsText[await currentLocale()];
  return { title: t.deletionsTitle, robots: { index: false } };
}

/** Staff confirm or decline members' requests to delete their account. */
export default async function DeletionRequestsPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(PATH)}`);
  const locale = await currentLocale();
  const t = accountsText[locale];
  if (!can(viewer, 'deletion.confirm')) return <NotAllowed title={t.notAllowedTitle} message={t.notAllowedStaff} backHome={t.backHome} />;
  const { deletionRequests } = await runOperation(StaffDeletionRequestsQuery, {});
  return (
    <div className={styles.page}>
      <h1>{t.deletionsTitle}</h1>
      <p className="lead">{t.deletionsIntro}</p>
      <DeletionRequests requests={deletionRequests} locale={locale} />
    </div>
  );
}
