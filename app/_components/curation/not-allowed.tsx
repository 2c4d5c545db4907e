import { curationText } from '@/lib/i18n/curation';
import type { Locale } from '@/lib/i18n/messages';
import { NotAllowed } from '../not-allowed';

/** What a signed-in member sees on a curation page they may not use: a readable refusal. */
export function CurationNotAllowed({ locale }: { locale: Locale }) {
  const t = curationText[locale];
  return <NotAllowed title={t.notAllowedTitle} message={t.notAllowed} backHome={t.backHome} />;
}
