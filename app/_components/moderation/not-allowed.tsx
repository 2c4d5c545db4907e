import type { Locale } from '@/lib/i18n/messages';
import { moderationText } from '@/lib/i18n/moderation';
import { NotAllowed as NotAllowedPage } from '../not-allowed';

/** What a signed-in member sees on a staff page: a readable refusal, not an error. */
export function NotAllowed({ locale }: { locale: Locale }) {
  const t = moderationText[locale];
  return <NotAllowedPage title={t.notAllowedTitle} message={t.notAllowed} backHome={t.backHome} />;
}
