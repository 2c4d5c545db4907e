import type { EntityKind } from '../directory/model';
import type { Locale } from '../i18n/messages';
import { profileText } from '../i18n/profile';
import { searchText } from '../i18n/search';

/** The fields of a hit's entity that the short context line reads (any may be absent). */
export interface HitFields {
  __typename: EntityKind;
  name: string;
  headline?: string | null;
  organizationKind?: string | null;
  eventKind?: string | null;
  summary?: string | null;
  nameEn?: string | null;
}

function label<K extends string>(labels: Record<K, string>, key: string | null | undefined): string | null {
  return key && key in labels ? labels[key as K] : null;
}

/** A hit's name in the viewer's language: skills and sectors have an English name. */
export function hitName(entity: HitFields, locale: Locale): string {
  return locale === 'en' && entity.nameEn ? entity.nameEn : entity.name;
}

/**
 * One short line of context under a hit's name: a person's headline, an organization's
 * or event's kind, a project's summary, a skill's or sector's name in the other language.
 */
export function hitDetail(entity: HitFields, locale: Locale): string | null {
  const p = profileText[locale];
  switch (entity.__typename) {
    case 'Person':
      return entity.headline ?? null;
    case 'Organization':
      return label(p.organizationKind, entity.organizationKind);
    case 'Event':
      return label(p.eventKind, entity.eventKind);
    case 'Project':
      return entity.summary ?? null;
    case 'Skill':
    case 'Sector': {
      if (!entity.nameEn || entity.nameEn === entity.name) return null;
      const t = searchText[locale];
      return locale === 'en' ? t.italianName(entity.name) : t.englishName(entity.nameEn);
    }
  }
}
