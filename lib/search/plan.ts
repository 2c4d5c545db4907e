import { NAME_END, searchWords } from './text';

/**
 * Turns what someone typed into the parameters of the search queries (pure, no store).
 *
 * Every word but the last must be a whole word of the entity's searchText; the last may
 * be unfinished (search as you type), so it must only start a word (a one-letter last
 * word is not expanded: it must be a whole word). On Kùzu the in-memory index applies
 * this rule itself (text-index.ts). On Neo4j the full-text index brings candidates (any
 * word, and the last as a prefix) and scores them (BM25); the rule is then checked on
 * the candidates with plain string tests (queries.ts), because the index alone would
 * drop stop words ("per", "in", "e") and analyse words its own way.
 */

export const MAX_QUERY_LENGTH = 100;
export const DEFAULT_HITS_PER_TYPE = 5;
export const MAX_HITS_PER_TYPE = 20;
/** Shorter unfinished words are not expanded as prefixes: "a*" would touch most of the index. */
export const MIN_PREFIX_LENGTH = 2;

export class InvalidSearchError extends Error {
  constructor(
    readonly field: 'query',
    message: string,
  ) {
    super(message);
    this.name = 'InvalidSearchError';
  }
}

export interface SearchPlan {
  /** The folded words searched for, joined by single spaces. */
  phrase: string;
  /** Words that must appear whole (all but the last). */
  words: string[];
  /** The last word, which only has to start a word. */
  prefix: string;
  /**
   * The string tests every hit passes, against ` ${searchText} `: ` word ` for whole
   * words and ` prefix` for the last one (` p ` when it has one letter).
   */
  needles: string[];
}

/**
 * Validates and folds a query. Throws InvalidSearchError when it is empty or longer
 * than 100 characters; returns null when it holds no word at all (only punctuation).
 */
export function planSearch(raw: string): SearchPlan | null {
  const query = raw.trim();
  if (query.length === 0) throw new InvalidSearchError('query', 'Type something to search for.');
  if ([...query].length > MAX_QUERY_LENGTH) {
    throw new InvalidSearchError('query', `A search can be at most ${MAX_QUERY_LENGTH} characters long.`);
  }
  const all = searchWords(query);
  const prefix = all[all.length - 1];
  if (prefix === undefined) return null;
  const words = [...new Set(all.slice(0, -1))];
  return {
    phrase: all.join(' '),
    words,
    prefix,
    // A one-letter last word is not expanded (it would match most texts): it must be whole.
    needles: [...words.map((w) => ` ${w} `), prefix.length < MIN_PREFIX_LENGTH ? ` ${prefix} ` : ` ${prefix}`],
  };
}

/** `first` per type, clamped to 1..20 (5 when absent). */
export function clampHitsPerType(first: number | null | undefined): number {
  if (first === null || first === undefined || !Number.isFinite(first)) return DEFAULT_HITS_PER_TYPE;
  return Math.min(Math.max(Math.trunc(first), 1), MAX_HITS_PER_TYPE);
}

/** Whether the last word is worth expanding as a prefix in the index. */
function expandsAsPrefix(prefix: string): boolean {
  return prefix.length >= MIN_PREFIX_LENGTH;
}

/** Characters with a meaning in Lucene's query syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes a term for Lucene's classic query parser, so user text is only ever words. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * The Lucene query handed to Neo4j's full-text index (as a parameter, never into the
 * Cypher text): every word, plus `prefix*`, any of them (OR): `per design design*`. The
 * string tests then require every word. (Kùzu searches an in-memory index instead:
 * text-index.ts.)
 */
export function luceneQuery(plan: SearchPlan): string {
  const { words, prefix } = plan;
  const whole = words.includes(prefix) ? words : [...words, prefix];
  const terms = whole.map(escapeLucene);
  if (expandsAsPrefix(prefix)) terms.push(`${escapeLucene(prefix)}*`);
  return terms.join(' ');
}

/** The test for "the name is exactly the query": its searchText starts with this. */
export function exactNameStart(plan: SearchPlan): string {
  return `${plan.phrase}${NAME_END}`;
}
