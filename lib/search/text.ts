import { foldText } from '../text/fold';

/**
 * What the full-text indexes read (`searchText`) and how a query is cut into the same
 * words. Both sides go through `searchWords`, so "Caffè", "caffe" and "CAFFÈ" are one
 * word, and "post-produzione" or "dell’aria" are two on both engines (Kùzu's and
 * Lucene's tokenizers disagree on hyphens and apostrophes; plain words do not).
 *
 * Layout of a searchText: the entity's name, then ` | `, then everything else:
 *   "fotografia analogica | analog photography pellicola ..."
 * The `|` is no word for either tokenizer; it lets a query tell "the name is exactly
 * these words" (`STARTS WITH 'fotografia analogica |'`) from "the name starts with
 * these words" (`STARTS WITH 'fotografia anal'`), which the ranking uses.
 */

/** Separates the name from the rest of a searchText. */
export const NAME_END = ' |';

/** Folded words (letters and digits) of a text, in order. */
export function searchWords(...parts: readonly (string | null | undefined)[]): string[] {
  return foldText(...parts)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** A searchText: the folded name, the name marker, then the folded other texts. */
export function composeSearchText(name: string, ...rest: readonly (string | null | undefined)[]): string {
  const tail = searchWords(...rest).join(' ');
  return `${searchWords(name).join(' ')}${NAME_END}${tail ? ` ${tail}` : ''}`;
}

/** The names of a skill as people's searchText includes them. */
export interface SkillNames {
  name: string;
  nameEn?: string | null;
  aliases?: readonly string[] | null;
}

type Text = string | null | undefined;

/**
 * The searchText of each kind of entity. The seed, the CSV import and member/staff
 * editing must all write searchText through these, or search finds stale words.
 */
export const searchTextFor = {
  /** Name, headline, bio, and the Italian and English names and aliases of their skills. */
  person: (p: { name: string; headline?: Text; bio?: Text; skills?: readonly SkillNames[] }): string =>
    composeSearchText(
      p.name,
      p.headline,
      ...(p.skills ?? []).flatMap((s) => [s.name, s.nameEn, ...(s.aliases ?? [])]),
      p.bio,
    ),
  organization: (o: { name: string; description?: Text }): string => composeSearchText(o.name, o.description),
  /** Both names, every alias and both descriptions. */
  skill: (s: { name: string; nameEn?: Text; aliases?: readonly string[] | null; description?: Text; descriptionEn?: Text }): string =>
    composeSearchText(s.name, s.nameEn, ...(s.aliases ?? []), s.description, s.descriptionEn),
  sector: (s: { name: string; nameEn?: Text; description?: Text; descriptionEn?: Text }): string =>
    composeSearchText(s.name, s.nameEn, s.description, s.descriptionEn),
  /** Name, summary, description and the open call text. */
  project: (p: { name: string; summary?: Text; description?: Text; openCall?: Text }): string =>
    composeSearchText(p.name, p.summary, p.description, p.openCall),
  event: (e: { name: string; summary?: Text; description?: Text }): string => composeSearchText(e.name, e.summary, e.description),
};
