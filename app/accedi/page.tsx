import type { Metadata } from 'next';
import Link from 'next/link';
import { currentViewer } from '@/graphql/execute';
import { enabledOAuthProviders } from '@/lib/auth/options';
import { authText } from '@/lib/i18n/auth';
import { currentLocale } from '@/lib/i18n/locale';
import { MY_PROFILE_PATH, safeReturnPath } from '@/lib/routes';
import { OAuthButtons } from '../_components/auth/oauth-buttons';
import { SignInForm } from '../_components/auth/sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = authText[await currentLocale()];
  return { title: t.title, robots: { index: false } };
}

/** Errors next-auth reports in the query string after a redirect. */
function errorText(t: (typeof authText)['it' | 'en'], error: string | undefined): string | null {
  if (!error) return null;
  if (error === 'CredentialsSignin') return t.invalid;
  if (error === 'TooManyAttempts') return t.tooMany;
  if (error === 'AccessDenied' || error === 'OAuthAccountNotLinked') return t.oauthRefused;
  return t.failed;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = authText[await currentLocale()];
  const params = await searchParams;
  const returnTo = safeReturnPath(typeof params.callbackUrl === 'string' ? params.callbackUrl : typeof params.dopo === 'string' ? params.dopo : null);
  const viewer = await currentViewer();
  const providers = enabledOAuthProviders().map((p) => ({ id: p.id, label: t.withProvider(p.name) }));
  return (
    <div className="auth-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {viewer ? (
        <p>
          {t.alreadySignedIn} <Link href={MY_PROFILE_PATH}>{t.myProfile}</Link>
        </p>
      ) : (
        <>
          <SignInForm
            text={{ email: t.email, password: t.password, submit: t.submit, submitting: t.submitting, invalid: t.invalid, tooMany: t.tooMany, failed: t.failed }}
            returnTo={returnTo === '/accedi' ? '/' : returnTo}
            initialError={errorText(t, typeof params.error === 'string' ? params.error : undefined)}
          />
          <OAuthButtons providers={providers} label={t.orWith} returnTo={returnTo} />
          <p className="muted">{t.noAccount}</p>
        </>
      )}
    </div>
  );
}
