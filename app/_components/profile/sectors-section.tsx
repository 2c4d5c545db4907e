import type { Locale } from '@/lib/i18n/messages';
import { ChipList } from './chip-list';
import { EntityLink } from './entity-link';
import { localName } from './localized';
import { EmptyNote, ProfileSection } from './section';

/** The "Settori" section of an organization or project: its sectors as linked chips, or why there are none. */
export function SectorsSection(props: {
  title: string;
  empty: string;
  locale: Locale;
  sectors: readonly { id: string; slug: string; name: string; nameEn?: string | null }[];
}) {
  return (
    <ProfileSection id="sectors" title={props.title}>
      {props.sectors.length === 0 ? (
        <EmptyNote>{props.empty}</EmptyNote>
      ) : (
        <ChipList
          items={props.sectors.map((s) => ({
            key: s.id,
            label: (
              <EntityLink kind="Sector" slug={s.slug}>
                {localName(s, props.locale)}
              </EntityLink>
            ),
          }))}
        />
      )}
    </ProfileSection>
  );
}
