import type { Metadata } from 'next';
import Link from 'next/link';
import { graphql } from '@/graphql/generated';
import { runOperation } from '@/graphql/execute';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password';
import { accountsText } from '@/lib/i18n/accounts';
import { currentLocale } from '@/lib/i18n/locale';
import { SIGN_IN_PATH } from '@/lib/routes';
import { AcceptInvitationForm } from '../../_components/accounts/accept-invitation-form';
import styles from '../../_components/accounts/accounts.module.css';

const InvitationLookupQuery = graphql(`
  query InvitationLookup($token: String!) {
    invitation(token: $token) {
      status
      email
      name
      expiresAt
    }
  }
`);

export async function generateMetadata(): Promise<Metadata> {
  const t = accountsText[await currentLocale()];
  // The address holds a secret: never indexed, never sent on as a referrer.
  return { title: t.inviteTitle, robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** Where an invited person chooses their password (public: the token in the address is the credential). */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const locale = await currentLocale();
  const t = accountsText[locale];
  const { invitation } = await runOperation(InvitationLookupQuery, { token: token.slice(0, 200) });

  if (invitation.status !== 'VALID') {
    const [title, text] =
      invitation.status === 'EXPIRED'
        ? [t.inviteExpiredTitle, t.inviteExpired]
        : invitation.status === 'USED'
          ? [t.inviteUsedTitle, t.inviteUsed]
          : [t.inviteInvalidTitle, t.inviteInvalid];
    return (
      <div className={styles.narrow} data-testid="invitation-unusable">
        <h1>{title}</h1>
        <p>{text}</p>
        <p>
          {invitation.status === 'USED' ? <Link href={SIGN_IN_PATH}>{t.goSignIn}</Link> : <Link href="/">{t.backHome}</Link>}
        </p>
      </div>
    );
  }

  return (
    <div className={styles.narrow}>
      <h1>{t.inviteTitle}</h1>
      <p className="lead">{t.inviteFor(invitation.name ?? '', invitation.email ?? '')}</p>
      <p>{t.inviteIntro}</p>
      <AcceptInvitationForm token={token} locale={locale} limits={{ min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }} signInPath={SIGN_IN_PATH} />
    </div>
  );
}
