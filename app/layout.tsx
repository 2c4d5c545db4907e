import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { currentViewer } from '@/graphql/execute';
import { can } from '@/lib/auth/permissions';
import { authText } from '@/lib/i18n/auth';
import { currentMessages } from '@/lib/i18n/locale';
import { LIST_PATH, MAP_PATH, MY_PROFILE_PATH, PROPOSE_PATH, SIGN_IN_PATH, STAFF_PATH } from '@/lib/routes';
import { SignOutButton } from './_components/auth/sign-out-button';
import { SearchBox } from './_components/search-box';
import { COLLABORATORS_PATH } from './_components/matching/params';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentMessages();
  return { title: { default: t.siteName, template: `%s · ${t.siteName}` }, description: t.tagline };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await currentMessages();
  const other = locale === 'it' ? 'en' : 'it';
  const viewer = await currentViewer();
  const a = authText[locale];
  const sections = [
    { href: LIST_PATH.Person, label: t.nav.people },
    { href: LIST_PATH.Organization, label: t.nav.organizations },
    { href: LIST_PATH.Project, label: t.nav.projects },
    { href: LIST_PATH.Skill, label: t.nav.skills },
    { href: LIST_PATH.Sector, label: t.nav.sectors },
    { href: LIST_PATH.Event, label: t.nav.events },
    { href: MAP_PATH, label: t.nav.map },
    { href: COLLABORATORS_PATH, label: t.nav.collaborators },
  ];
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            <strong>{t.siteName}</strong>
            <span>{t.tagline}</span>
          </Link>
          <SearchBox label={t.search.label} placeholder={t.search.placeholder} submit={t.search.submit} />
          <a className="lang-switch" href={`/lingua?lang=${other}`} hrefLang={other} lang={other} aria-label={t.switchToLabel}>
            {t.switchTo}
          </a>
          <nav aria-label={a.accountMenu} className="account-menu">
            {viewer ? (
              <>
                {viewer.personId ? <Link href={MY_PROFILE_PATH}>{a.myProfile}</Link> : null}
                <Link href={PROPOSE_PATH}>{a.propose}</Link>
                {can(viewer, 'entity.review') ? <Link href={STAFF_PATH}>{a.staff}</Link> : null}
                <SignOutButton label={a.signOut} />
              </>
            ) : (
              <Link href={SIGN_IN_PATH}>{a.signIn}</Link>
            )}
          </nav>
          <nav aria-label={t.nav.label} className="site-nav">
            <ul>
              {sections.map((s) => (
                <li key={s.href}>
                  <Link href={s.href}>{s.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <span>{t.footer}</span>
          <a href="/api/graphql">{t.apiLink}</a>
        </footer>
      </body>
    </html>
  );
}
