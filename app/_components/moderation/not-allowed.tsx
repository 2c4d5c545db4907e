import Link from 'next/link';
import type { Locale } from '@/lib/i18n/messages';
import { moderationText } from '@/lib/i18n/moderation';

/** What a signed-in member sees on a staff page: a readable refusal, not an error. */
export function NotAllowed({ locale }: { locale: Locale }) {
  const t = moderationText[locale];
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
