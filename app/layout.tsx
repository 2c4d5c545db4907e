import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { currentMessages } from '@/lib/i18n/locale';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentMessages();
  return { title: { default: t.siteName, template: `%s · ${t.siteName}` }, description: t.tagline };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await currentMessages();
  const other = locale === 'it' ? 'en' : 'it';
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
          <nav aria-label={t.language} className="lang-switch">
            <a href={`/lingua?lang=${other}&next=/`} hrefLang={other} lang={other} aria-label={t.switchToLabel}>
              {t.switchTo}
            </a>
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
