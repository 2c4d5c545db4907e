import {
  clampHitsPerType,
  escapeLucene,
  exactNameStart,
  luceneQuery,
  InvalidSearchError,
  planSearch,
  type SearchPlan,
} from '@/lib/search/plan';
import { rankGroups, relevance } from '@/lib/search/search';
import { composeSearchText, searchTextFor, searchWords } from '@/lib/search/text';

function plan(raw: string): SearchPlan {
  const p = planSearch(raw);
  if (!p) throw new Error(`no plan for ${raw}`);
  return p;
}

describe('searchWords', () => {
  test('folds case and accents and cuts at anything but letters and digits', () => {
    expect(searchWords('Caffè  LETTERARIO', 'post-produzione, dell’aria; l\'arte', 'Node.js 3D')).toEqual([
      'caffe',
      'letterario',
      'post',
      'produzione',
      'dell',
      'aria',
      'l',
      'arte',
      'node',
      'js',
      '3d',
    ]);
  });

  test('an empty or punctuation-only text has no words', () => {
    expect(searchWords(null, '', undefined, ' — ?! ')).toEqual([]);
  });
});

describe('searchText', () => {
  test('is the folded name, the name marker, then the other texts', () => {
    expect(composeSearchText('Accessibilità web', 'Web accessibility', null, 'a11y')).toBe(
      'accessibilita web | web accessibility a11y',
    );
    expect(composeSearchText('Fotografia')).toBe('fotografia |');
  });

  test('a person carries their skills in both languages, with aliases', () => {
    const text = searchTextFor.person({
      name: 'Giulia Bianchi',
      headline: 'Montatrice',
      bio: 'Lavora al Caffè.',
      skills: [{ name: 'Montaggio video', nameEn: 'Video editing', aliases: ['post-produzione'] }],
    });
    expect(text).toBe('giulia bianchi | montatrice montaggio video video editing post produzione lavora al caffe');
  });

  test('each kind indexes its descriptive texts', () => {
    expect(searchTextFor.skill({ name: 'Fotografia', nameEn: 'Photography', aliases: ['foto'], description: 'Immagini.', descriptionEn: 'Pictures.' })).toBe(
      'fotografia | photography foto immagini pictures',
    );
    expect(searchTextFor.sector({ name: 'Terzo settore', nameEn: 'Third sector' })).toBe('terzo settore | third sector');
    expect(searchTextFor.organization({ name: 'Biotrama', description: 'Micelio e caffè' })).toBe('biotrama | micelio e caffe');
    expect(searchTextFor.project({ name: 'Orto', summary: 'Sul tetto', description: null, openCall: 'Cerchiamo agronomi' })).toBe(
      'orto | sul tetto cerchiamo agronomi',
    );
    expect(searchTextFor.event({ name: 'Open day', summary: 'Porte aperte' })).toBe('open day | porte aperte');
  });
});

describe('planSearch', () => {
  test('folds the query and splits whole words from the unfinished last one', () => {
    expect(plan('  Montaggio  VIDEO post-prod ')).toEqual({
      phrase: 'montaggio video post prod',
      words: ['montaggio', 'video', 'post'],
      prefix: 'prod',
      needles: [' montaggio ', ' video ', ' post ', ' prod'],
    });
  });

  test('accented and unaccented queries plan the same search', () => {
    expect(plan('Caffè')).toEqual(plan('caffe'));
    expect(plan('CAFFÈ')).toEqual(plan('caffe'));
  });

  test('repeated whole words are tested once', () => {
    expect(plan('video video vid').words).toEqual(['video']);
  });

  test('an empty, blank or over-long query is invalid input on the query field', () => {
    for (const raw of ['', '   ', 'x'.repeat(101)]) {
      let error: unknown;
      try {
        planSearch(raw);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidSearchError);
      expect((error as InvalidSearchError).field).toBe('query');
    }
  });

  test('100 characters are allowed, counted as characters not UTF-16 units', () => {
    expect(planSearch('x'.repeat(100))).not.toBeNull();
    expect(planSearch('è'.repeat(100))).not.toBeNull();
    expect(planSearch('😀'.repeat(100))).toBeNull();
  });

  test('a query of punctuation only has nothing to search', () => {
    expect(planSearch('?!*')).toBeNull();
  });

  test('the exact-name test is the phrase followed by the name marker', () => {
    const p = plan('Fotografia Analogica');
    expect(exactNameStart(p)).toBe('fotografia analogica |');
    expect(searchTextFor.skill({ name: 'Fotografia analogica', nameEn: 'Analog photography' }).startsWith(exactNameStart(p))).toBe(true);
    expect(searchTextFor.skill({ name: 'Fotografia analogica digitale' }).startsWith(exactNameStart(p))).toBe(false);
  });
});

describe('luceneQuery (Neo4j)', () => {
  test('every word plus the last as a prefix, any of them, in one query', () => {
    expect(luceneQuery(plan('montaggio vid'))).toBe('montaggio vid vid*');
    expect(luceneQuery(plan('video video'))).toBe('video video*');
  });

  test('a one-letter last word is not expanded', () => {
    expect(luceneQuery(plan('c'))).toBe('c');
  });

  test('user text never reaches Lucene as syntax', () => {
    const lucene = luceneQuery(plan('title:(a OR b) AND "x" -y +z* ~2 ^3 [1 TO 9] \\ / && || !'));
    // Words survive (lower case, so AND/OR/TO are no operators); syntax characters do not.
    expect(lucene).toBe('title a or b and x y z 2 3 1 to 9');
    expect(lucene).not.toMatch(/[:()"+\-~^[\]\\/&|!]/);
  });
});

describe('escapeLucene', () => {
  test('escapes every character with a meaning in Lucene syntax', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  test('leaves words alone', () => {
    expect(escapeLucene('fotografia')).toBe('fotografia');
  });
});

describe('clampHitsPerType', () => {
  test('defaults to 5 and clamps to 1..20', () => {
    expect(clampHitsPerType(undefined)).toBe(5);
    expect(clampHitsPerType(null)).toBe(5);
    expect(clampHitsPerType(0)).toBe(1);
    expect(clampHitsPerType(-3)).toBe(1);
    expect(clampHitsPerType(7)).toBe(7);
    expect(clampHitsPerType(500)).toBe(20);
  });
});

describe('ranking', () => {
  test('the name tier always beats the text score', () => {
    expect(relevance(1, 0.01)).toBeGreaterThan(relevance(0, 1000));
    expect(relevance(2, 0)).toBeGreaterThan(relevance(1, 1000));
    expect(relevance(0, 2)).toBeGreaterThan(relevance(0, 1));
    expect(relevance(0, 1000)).toBeLessThan(1);
  });

  test('groups are ordered by their best hit, ties in the fixed kind order', () => {
    const g = (kind: 'Person' | 'Skill' | 'Event', score: number) => ({ kind, totalCount: 1, hits: [{ kind, id: kind, score }] });
    expect(rankGroups([g('Event', 0.5), g('Skill', 2.3), g('Person', 0.5)]).map((x) => x.kind)).toEqual(['Skill', 'Person', 'Event']);
  });
});
