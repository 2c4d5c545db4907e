import { planSearch, type SearchPlan, exactNameStart } from '@/lib/search/plan';
import { composeSearchText } from '@/lib/search/text';
import { TextIndex, tokensOf } from '@/lib/search/text-index';
import { pick, stream } from '@/lib/synthetic/random';

function plan(raw: string): SearchPlan {
  const p = planSearch(raw);
  if (!p) throw new Error(`no plan for ${raw}`);
  return p;
}

function indexOf(docs: Record<string, string>): TextIndex {
  return TextIndex.build(Object.keys(docs), Object.values(docs));
}

function find(index: TextIndex, raw: string, first = 20) {
  const p = plan(raw);
  return index.search(p, first, exactNameStart(p));
}

/** The rule of plan.ts, as the Neo4j statements test it: every needle in ` text `. */
function matchesByNeedles(text: string, p: SearchPlan): boolean {
  const padded = ` ${text} `;
  if (!p.needles.every((n) => padded.includes(n))) return false;
  // A one-letter last word is not expanded: it must be a whole word.
  return p.prefix.length > 1 || tokensOf(text).includes(p.prefix);
}

describe('TextIndex', () => {
  const docs = {
    a1: composeSearchText('Giulia Ferri', 'Fotografa di scena e ritratto', 'fotografia analogica'),
    a2: composeSearchText('Fotografia', 'photography'),
    a3: composeSearchText('Fotografia analogica', 'analog photography'),
    a4: composeSearchText('Marco Fotini', 'Videomaker'),
    a5: composeSearchText('Laboratorio di fotografia per ragazzi', 'fotografia fotografia in camera oscura'),
    a6: composeSearchText('Design per il sociale', 'progettazione partecipata in Garbatella'),
  };
  const index = indexOf(docs);

  test('whole words must all be there, the last word only has to start one', () => {
    expect(find(index, 'fotografia analogica').hits.map((h) => h.id).sort()).toEqual(['a1', 'a3']);
    expect(find(index, 'foto').hits.map((h) => h.id).sort()).toEqual(['a1', 'a2', 'a3', 'a5']);
    expect(find(index, 'fot').hits.map((h) => h.id).sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(find(index, 'analogica fotog').hits.map((h) => h.id).sort()).toEqual(['a1', 'a3']);
    expect(find(index, 'fotografi analogica').totalCount).toBe(0);
  });

  test('stop words are words like any other ("design per il soc")', () => {
    expect(find(index, 'design per il soc').hits.map((h) => h.id)).toEqual(['a6']);
    expect(find(index, 'in garbatella').hits.map((h) => h.id)).toEqual(['a6']);
  });

  test('a one-letter last word must be a whole word', () => {
    expect(find(index, 'e').hits.map((h) => h.id)).toEqual(['a1']);
    expect(find(index, 'fotografia z').totalCount).toBe(0);
  });

  test('the exact name first, then names starting with the query, then by text score, then id', () => {
    const ids = find(index, 'fotografia').hits.map((h) => h.id);
    expect(ids[0]).toBe('a2');
    expect(ids[1]).toBe('a3');
    expect(find(index, 'fotografia').hits.map((h) => h.tier)).toEqual([2, 1, 0, 0]);
    // a5 says "fotografia" three times in a longer text, a1 once: BM25 puts a5 first.
    expect(ids.slice(2)).toEqual(['a5', 'a1']);
  });

  test('counts every match and returns the first ones', () => {
    const result = find(index, 'fo', 2);
    expect(result.totalCount).toBe(5);
    expect(result.hits).toHaveLength(2);
  });

  test('an empty index finds nothing', () => {
    expect(find(TextIndex.build([], []), 'foto')).toEqual({ totalCount: 0, hits: [] });
  });

  test('finds exactly what the string tests of the Neo4j statements accept (1,000 random queries)', () => {
    const random = stream(7, 'text-index');
    const vocabulary = ['foto', 'fotografia', 'video', 'design', 'per', 'il', 'e', 'orto', 'ortofrutta', 'dati', 'aperti', 'bio', 'x', '3d', 'stampa'];
    const corpus: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(random, vocabulary));
      corpus[`d${String(i).padStart(3, '0')}`] = composeSearchText(words.slice(0, 2).join(' '), words.slice(2).join(' '));
    }
    const big = indexOf(corpus);
    for (let q = 0; q < 1000; q++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, vocabulary));
      const last = words[words.length - 1] as string;
      words[words.length - 1] = last.slice(0, 1 + Math.floor(random() * last.length));
      const p = plan(words.join(' '));
      const expected = Object.entries(corpus).filter(([, text]) => matchesByNeedles(text, p)).map(([id]) => id).sort();
      const result = big.search(p, 1000, exactNameStart(p));
      expect({ query: p.phrase, ids: result.hits.map((h) => h.id).sort() }).toEqual({ query: p.phrase, ids: expected });
      expect(result.totalCount).toBe(expected.length);
    }
  });
});
