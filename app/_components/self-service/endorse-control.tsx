import type { Locale } from '@/lib/i18n/messages';
import { EndorseButton } from './endorse-button';

/** What a profile page reads of a person to offer endorsements (`canEndorse`, `skillEndorsements`). */
export interface EndorsablePerson {
  id: string;
  canEndorse: boolean;
  skillEndorsements: readonly { skillId: string; count: number; byMe: boolean }[];
}

/**
 * The "endorse" toggle beside one skill on a person's profile: only for signed-in
 * members looking at someone else's page (`canEndorse`, decided by the API's rules).
 */
export function EndorseControl({ person, skillId, skillName, locale }: { person: EndorsablePerson; skillId: string; skillName: string; locale: Locale }) {
  if (!person.canEndorse) return null;
  const summary = person.skillEndorsements.find((s) => s.skillId === skillId);
  return (
    <EndorseButton
      personId={person.id}
      skillId={skillId}
      skillName={skillName}
      byMe={summary?.byMe ?? false}
      count={summary?.count ?? 0}
      locale={locale}
    />
  );
}
