import Link from 'next/link';
import { curationText } from '@/lib/i18n/curation';
import type { Locale } from '@/lib/i18n/messages';

/** What a signed-in member sees on a curation page they may not use: a readable refusal. */
export function CurationNotAllowed({ locale }: { locale: Locale }) {
  const t = curationText[locale];
  return (
    <div className="not-found" data-testid="not-allowed">
      <h1>{t.notAllowedTitle}</h1>
      <p className="lead">{t.notAllowed}</p>
      <p>
        <Link href="/">{t.backHome}</Link>
      </p>
    </div>
  );
}
