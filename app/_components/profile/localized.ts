import type { Locale } from '@/lib/i18n/messages';

/** An entity name in the viewer's language: the English name when reading in English and one is stored. */
export function localName(entity: { name: string; nameEn?: string | null }, locale: Locale): string {
  return locale === 'en' && entity.nameEn ? entity.nameEn : entity.name;
}

/** A description in the viewer's language, falling back to the stored Italian text. */
export function localDescription(
  entity: { description?: string | null; descriptionEn?: string | null },
  locale: Locale,
): string | null {
  return (locale === 'en' && entity.descriptionEn ? entity.descriptionEn : entity.description) ?? null;
}
