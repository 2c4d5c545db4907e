import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentViewer } from '@/graphql/execute';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password';
import { accountsText } from '@/lib/i18n/accounts';
import { currentLocale } from '@/lib/i18n/locale';
import { SIGN_IN_PATH } from '@/lib/routes';
import { ChangePasswordForm } from '../../_components/accounts/change-password-form';
import styles from '../../_components/accounts/accounts.module.css';

const PATH = '/profilo/password';

export async function generateMetadata(): Promise<Metadata> {
  const t = accountsText[await currentLocale()];
  return { title: t.passwordTitle, robots: { index: false } };
}

/** The signed-in member changes their password. */
export default async function ChangePasswordPage() {
  const viewer = await currentViewer();
  if (!viewer) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(PATH)}`);
  const locale = await currentLocale();
  const t = accountsText[locale];
  return (
    <div className={styles.narrow}>
      <h1>{t.passwordTitle}</h1>
      <p>{t.passwordIntro}</p>
      <ChangePasswordForm
        locale={locale}
        limits={{ min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }}
        signInPath={`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent('/profilo')}`}
      />
    </div>
  );
}
