import type { Engine } from '../graph/types';
import { NAME_END, searchWords } from './text';

/**
 * Turns what someone typed into the parameters of the search queries (pure, no store).
 *
 * Every word but the last must be a whole word of the entity's searchText; the last may
 * be unfinished (search as you type), so it must only start a word. Candidates come from
 * the full-text index, which also scores them (BM25); the exact rule above is then
 * checked on the candidates with plain string tests, identical on both engines
 * (see queries.ts). Why not let the index alone decide:
 * - Kùzu's index drops English stop words, among them Italian words such as "per", "in",
 *   "e", "via", "come"; asked for all words at once (conjunctive) it would then find
 *   nothing for "design per il sociale". Asked for any word, it finds candidates, and
 *   the string test keeps only those with every word.
 * - Kùzu understands `parola*` only when it is the whole query, so an unfinished word is
 *   matched by the index only when it is the only word; otherwise the other words bring
 *   the candidates and the string test checks the prefix (with `parola*` alone as a
 *   second try when they bring none, see fulltextQueries).
 * - Kùzu's index keeps letters only ("3d" is indexed as "d", a stop word), so a word
 *   with digits is found on Kùzu only next to another word; Neo4j indexes digits.
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
   * words and ` prefix` for the last one.
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
    needles: [...words.map((w) => ` ${w} `), ` ${prefix}`],
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
 * The texts handed to the full-text index (as a parameter, never into the Cypher text),
 * to try in order until one finds something:
 * - Neo4j (Lucene): every word, plus `prefix*`, any of them (OR): `per design design*`.
 * - Kùzu: every word, any of them; a lone last word as `prefix*`. When several words
 *   find nothing, because none of them is an indexed word ("in fotog": "in" is a stop
 *   word, "fotog" is unfinished), the last word alone as `prefix*`; the string tests
 *   still require every word. Kùzu reads only letters in a wildcard, so only a word of
 *   letters is expanded.
 */
export function fulltextQueries(plan: SearchPlan, engine: Engine): string[] {
  const { words, prefix } = plan;
  const whole = words.includes(prefix) ? words : [...words, prefix];
  if (engine === 'neo4j') {
    const terms = whole.map(escapeLucene);
    if (expandsAsPrefix(prefix)) terms.push(`${escapeLucene(prefix)}*`);
    return [terms.join(' ')];
  }
  const wildcard = expandsAsPrefix(prefix) && /^\p{L}+$/u.test(prefix) ? `${prefix}*` : null;
  if (words.length === 0) return [wildcard ?? prefix];
  return wildcard ? [whole.join(' '), wildcard] : [whole.join(' ')];
}

/** The test for "the name is exactly the query": its searchText starts with this. */
export function exactNameStart(plan: SearchPlan): string {
  return `${plan.phrase}${NAME_END}`;
}
