import { compareIds } from '../matching/skill-index';
import { MIN_PREFIX_LENGTH, type SearchPlan } from './plan';

/**
 * An in-memory inverted index over the searchText of one kind of entity (pure, no store).
 * It answers exactly the rule of plan.ts: every word but the last is a whole word of the
 * searchText, the last starts one (a one-letter last word must be whole, as on Neo4j).
 * Hits are ranked by name tier (2 = the name is the query, 1 = it starts with it), then
 * BM25 over the query's words, then id.
 *
 * Why not Kùzu's full-text index: in Kùzu 0.11.3 it degrades as rows are added to an
 * indexed table. After a few hundred inserts (a soak's member proposals) queries failed
 * with "unordered_map::at", one spun forever inside the FTS table function (gdb:
 * SparseFrontier::addNode) and the server died of SIGSEGV; a concurrent write corrupted
 * the heap (tests/support/kuzu-fts-race.mjs); and the index is not replayed from the WAL,
 * so every unclean restart rebuilt it. Built here from a snapshot of the store instead,
 * writes pay nothing for it and no search ever waits for a write.
 */

/** BM25's usual constants (as Lucene and Kùzu use them). */
const K1 = 1.2;
const B = 0.75;

export interface TextHit {
  id: string;
  /** 2: the name is exactly the query; 1: the name starts with it; 0: the words are elsewhere. */
  tier: number;
  /** BM25 of the query's words in this entity's text. */
  score: number;
}

export interface TextSearchResult {
  /** Every entity matching the query, not only the hits returned. */
  totalCount: number;
  hits: TextHit[];
}

interface Postings {
  /** Document numbers, ascending. */
  readonly docs: Int32Array;
  /** Occurrences of the term in each of those documents. */
  readonly counts: Uint16Array;
}

/** The tokens of a searchText: its space-separated words (it is folded already: lib/search/text.ts). */
export function tokensOf(text: string): string[] {
  return text.split(' ').filter((t) => t.length > 0);
}

export class TextIndex {
  private constructor(
    private readonly ids: readonly string[],
    private readonly texts: readonly string[],
    private readonly lengths: Uint16Array,
    private readonly averageLength: number,
    private readonly postings: ReadonlyMap<string, Postings>,
    /** Every indexed term, sorted, for prefix ranges. */
    private readonly vocabulary: readonly string[],
  ) {}

  /** Indexes aligned lists of ids and searchTexts (only what visitors may find). */
  static build(ids: readonly string[], texts: readonly string[]): TextIndex {
    const lengths = new Uint16Array(ids.length);
    const building = new Map<string, { docs: number[]; counts: number[] }>();
    let total = 0;
    texts.forEach((text, doc) => {
      const tokens = tokensOf(text);
      lengths[doc] = Math.min(tokens.length, 0xffff);
      total += tokens.length;
      const counts = new Map<string, number>();
      for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
      for (const [token, n] of counts) {
        let list = building.get(token);
        if (!list) building.set(token, (list = { docs: [], counts: [] }));
        list.docs.push(doc);
        list.counts.push(Math.min(n, 0xffff));
      }
    });
    const postings = new Map<string, Postings>();
    for (const [token, list] of building) postings.set(token, { docs: Int32Array.from(list.docs), counts: Uint16Array.from(list.counts) });
    const vocabulary = [...postings.keys()].sort();
    return new TextIndex(ids, texts, lengths, ids.length > 0 ? total / ids.length : 0, postings, vocabulary);
  }

  /** How many entities are indexed. */
  get size(): number {
    return this.ids.length;
  }

  /** The entities matching `plan`: their count and the `first` best, ranked. */
  search(plan: SearchPlan, first: number, exact: string): TextSearchResult {
    const whole = plan.words.map((w) => this.postings.get(w));
    if (whole.some((p) => p === undefined)) return { totalCount: 0, hits: [] };
    const wordPostings = whole as Postings[];
    const expansions = this.expansionsOf(plan.prefix);
    if (expansions.length === 0) return { totalCount: 0, hits: [] };

    // The last word: per document, the best BM25 among the terms it starts (so a text with
    // many words sharing the prefix is not counted several times).
    const prefixScore = new Map<number, number>();
    for (const term of expansions) {
      const p = this.postings.get(term) as Postings;
      const idf = this.idf(p.docs.length);
      for (let i = 0; i < p.docs.length; i++) {
        const doc = p.docs[i] as number;
        const s = this.termScore(idf, p.counts[i] as number, doc);
        const seen = prefixScore.get(doc);
        if (seen === undefined || s > seen) prefixScore.set(doc, s);
      }
    }

    // Whole words: intersect, rarest first, scoring as we go.
    let candidates: Map<number, number> = prefixScore;
    for (const p of [...wordPostings].sort((a, b) => a.docs.length - b.docs.length)) {
      const idf = this.idf(p.docs.length);
      const next = new Map<number, number>();
      for (let i = 0; i < p.docs.length; i++) {
        const doc = p.docs[i] as number;
        const sofar = candidates.get(doc);
        if (sofar !== undefined) next.set(doc, sofar + this.termScore(idf, p.counts[i] as number, doc));
      }
      candidates = next;
      if (candidates.size === 0) return { totalCount: 0, hits: [] };
    }

    const hits: TextHit[] = [];
    for (const [doc, score] of candidates) {
      const text = this.texts[doc] as string;
      const tier = text.startsWith(exact) ? 2 : text.startsWith(plan.phrase) ? 1 : 0;
      hits.push({ id: this.ids[doc] as string, tier, score });
    }
    hits.sort((a, b) => b.tier - a.tier || b.score - a.score || compareIds(a.id, b.id));
    return { totalCount: hits.length, hits: hits.slice(0, first) };
  }

  /** The indexed terms the last word may be: those it starts, or itself alone when shorter than MIN_PREFIX_LENGTH. */
  private expansionsOf(prefix: string): string[] {
    if (prefix.length < MIN_PREFIX_LENGTH) return this.postings.has(prefix) ? [prefix] : [];
    const terms: string[] = [];
    for (let i = lowerBound(this.vocabulary, prefix); i < this.vocabulary.length; i++) {
      const term = this.vocabulary[i] as string;
      if (!term.startsWith(prefix)) break;
      terms.push(term);
    }
    return terms;
  }

  private idf(documentFrequency: number): number {
    return Math.log(1 + (this.ids.length - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }

  private termScore(idf: number, count: number, doc: number): number {
    const norm = this.averageLength > 0 ? (this.lengths[doc] as number) / this.averageLength : 1;
    return (idf * count * (K1 + 1)) / (count + K1 * (1 - B + B * norm));
  }
}

/** The first position in sorted `list` whose value is >= `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
