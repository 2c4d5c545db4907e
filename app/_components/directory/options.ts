import type { Locale } from '@/lib/i18n/messages';
import type { Option } from './filter-form';

/**
 * Menu options from entities: names in the viewer's language, in that language's
 * alphabetical order. A selected slug missing from the options (beyond the menu's
 * limit, or no longer public) is kept, so the form shows what the address says.
 */
export function entityOptions(
  entities: readonly { slug: string; name: string; nameEn?: string | null }[],
  locale: Locale,
  selected: readonly (string | null)[] = [],
): Option[] {
  const options = entities.map((e) => ({ value: e.slug, label: locale === 'en' && e.nameEn ? e.nameEn : e.name }));
  const known = new Set(options.map((o) => o.value));
  for (const slug of selected) if (slug && !known.has(slug)) options.push({ value: slug, label: slug });
  return options.sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** Options from an enum's values and their labels, in the enum's order. */
export function enumOptions<V extends string>(values: readonly V[], labels: Record<V, string>): Option[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** Options from the keys of a map of URL values to labels, in its order. */
export function keyOptions<K extends string>(labels: Record<K, string>): Option[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
