import { foldText } from '@/lib/text/fold';

/** A skill as the picker offers it: its slug, names in both languages and aliases. */
export interface SkillOption {
  slug: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
}

/** What an option matched on, for ranking: 0 = a name starts with the text, 1 = a word does, 2 = anywhere. */
function rank(option: SkillOption, query: string): number | null {
  let best: number | null = null;
  for (const text of [option.name, option.nameEn, ...option.aliases]) {
    const folded = foldText(text);
    if (!folded) continue;
    const tier = folded.startsWith(query) ? 0 : folded.split(' ').some((w) => w.startsWith(query)) ? 1 : folded.includes(query) ? 2 : null;
    if (tier !== null && (best === null || tier < best)) best = tier;
  }
  return best;
}

/**
 * The options matching typed text over names and aliases in both languages, folded (case
 * and accents ignored), best first: names starting with the text, then words, then
 * anywhere; by name within a tier. Shared by the picker and the no-script fallback.
 */
export function matchSkills(options: readonly SkillOption[], text: string, limit = 8): SkillOption[] {
  const query = foldText(text);
  if (!query) return [];
  const ranked: { option: SkillOption; tier: number }[] = [];
  for (const option of options) {
    const tier = rank(option, query);
    if (tier !== null) ranked.push({ option, tier });
  }
  return ranked
    .sort((a, b) => a.tier - b.tier || a.option.name.localeCompare(b.option.name, 'it'))
    .slice(0, limit)
    .map((r) => r.option);
}
