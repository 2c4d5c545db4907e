import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import type { Role } from '@/graphql/generated/graphql';
import { currentViewer, runOperation } from '@/graphql/execute';
import { can } from '@/lib/auth/permissions';
import { accountsText } from '@/lib/i18n/accounts';
import { currentLocale } from '@/lib/i18n/locale';
import { mailConfigured } from '@/lib/mail/transport';
import { SIGN_IN_PATH } from '@/lib/routes';
import { InvitationList } from '../../_components/accounts/invitation-list';
import { InviteForm } from '../../_components/accounts/invite-form';
import { NotAllowed } from '../../_components/not-allowed';
import styles from '../../_components/accounts/accounts.module.css';

const PATH = '/staff/inviti';

const StaffInvitationsQuery = graphql(`
  query StaffInvitations {
    invitations {
      id
      email
      role
      state
      personName
      invitedBy
      expiresAt
    }
  }
`);

export async function generateMetadata(): Promise<Metadata> {
  const t = accountsText[await currentLocale()];
  return { title: t.invitationsTitle, robots: { index: false } };
}

/** Staff invite people and follow their invitations. */
export default async function InvitationsPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(PATH)}`);
  const locale = await currentLocale();
  const t = accountsText[locale];
  if (!can(viewer, 'invitation.create')) return <NotAllowed title={t.notAllowedTitle} message={t.notAllowedStaff} backHome={t.backHome} />;
  const { invitations } = await runOperation(StaffInvitationsQuery, {});
  const roles: Role[] = can(viewer, 'account.manage') ? ['MEMBER', 'STAFF', 'ADMIN'] : ['MEMBER'];
  return (
    <div className={styles.page}>
      <h1>{t.invitationsTitle}</h1>
      <p className="lead">{t.invitationsIntro}</p>
      <p className={styles.hint} data-testid="mail-mode">
        {mailConfigured() ? t.mailOn : t.mailOff}
      </p>
      <InviteForm locale={locale} roles={roles} />
      <h2>{t.listHeading}</h2>
      <InvitationList invitations={invitations} locale={locale} />
    </div>
  );
}
