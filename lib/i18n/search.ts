import { formatNumber } from './format';
import type { Locale } from './messages';

/** Texts of search: the suggestions under the site search box and the /cerca results page. */

type SearchType = 'PERSON' | 'ORGANIZATION' | 'PROJECT' | 'SKILL' | 'SECTOR' | 'EVENT';

const itNumber = (n: number) => formatNumber(n, 'it');
const enNumber = (n: number) => formatNumber(n, 'en');

const it = {
  /** Group headings, by search type. */
  groups: {
    PERSON: 'Persone',
    ORGANIZATION: 'Organizzazioni',
    PROJECT: 'Progetti',
    SKILL: 'Competenze',
    SECTOR: 'Settori',
    EVENT: 'Eventi',
  } satisfies Record<SearchType, string>,
  results: (n: number) => (n === 1 ? '1 risultato' : `${itNumber(n)} risultati`),
  tooLong: (max: number) => `La ricerca è troppo lunga: scrivi al massimo ${max} caratteri.`,
  englishName: (name: string) => `in inglese: ${name}`,
  italianName: (name: string) => `in italiano: ${name}`,
  suggest: {
    listLabel: 'Suggerimenti',
    hint: 'Mentre scrivi compaiono dei suggerimenti: frecce su e giù per sceglierne uno, Invio per aprirlo, Esc per chiuderli.',
    loading: 'Cerco…',
    none: (q: string) => `Nessun risultato per “${q}”. Premi Invio per cercare comunque.`,
    seeAll: (q: string) => `Tutti i risultati per “${q}”`,
    failed: 'I suggerimenti non sono disponibili ora. Premi Invio per cercare.',
  },
  page: {
    title: 'Cerca',
    titleFor: (q: string) => `Risultati per “${q}”`,
    intro: 'Persone, organizzazioni, progetti, competenze, settori ed eventi: cerca per nome, competenza o argomento, in italiano o in inglese.',
    formLabel: 'Cerca di nuovo',
    start: 'Scrivi una o più parole, per esempio “fotografia”, “video editing” o il nome di una persona.',
    loading: 'Ricerca in corso…',
    filterLabel: 'Tipo di risultato',
    allTypes: 'Tutti',
    onlyType: (label: string, n: number) => `Vedi tutti: ${label.toLowerCase()} (${itNumber(n)})`,
    shown: (shown: number, total: number) =>
      `Sono mostrati i primi ${itNumber(shown)} su ${itNumber(total)}: aggiungi una parola per restringere la ricerca.`,
    emptyTitle: (q: string) => `Nessun risultato per “${q}”`,
    emptyIntro: 'Qualche idea:',
    emptyTips: [
      'controlla come sono scritte le parole (gli accenti non contano);',
      'usa meno parole, o parole più generali: ogni parola deve comparire;',
      'prova in inglese: le competenze hanno un nome in entrambe le lingue.',
    ],
    emptyTypeOnly: (label: string) => `Nessun risultato tra ${label.toLowerCase()}.`,
    browse: 'Oppure sfoglia la comunità:',
    tooLongTitle: 'Ricerca troppo lunga',
    failed: 'La ricerca non è riuscita. Riprova tra poco.',
  },
};

type SearchText = typeof it;

const en: SearchText = {
  groups: {
    PERSON: 'People',
    ORGANIZATION: 'Organizations',
    PROJECT: 'Projects',
    SKILL: 'Skills',
    SECTOR: 'Sectors',
    EVENT: 'Events',
  },
  results: (n: number) => (n === 1 ? '1 result' : `${enNumber(n)} results`),
  tooLong: (max: number) => `This search is too long: use at most ${max} characters.`,
  englishName: (name: string) => `in English: ${name}`,
  italianName: (name: string) => `in Italian: ${name}`,
  suggest: {
    listLabel: 'Suggestions',
    hint: 'Suggestions appear as you type: use the up and down arrows to pick one, Enter to open it, Escape to close them.',
    loading: 'Searching…',
    none: (q: string) => `Nothing found for “${q}”. Press Enter to search anyway.`,
    seeAll: (q: string) => `All results for “${q}”`,
    failed: 'Suggestions are not available right now. Press Enter to search.',
  },
  page: {
    title: 'Search',
    titleFor: (q: string) => `Results for “${q}”`,
    intro: 'People, organizations, projects, skills, sectors and events: search by name, skill or topic, in Italian or in English.',
    formLabel: 'Search again',
    start: 'Type one or more words, for example “photography”, “montaggio video” or someone’s name.',
    loading: 'Searching…',
    filterLabel: 'Kind of result',
    allTypes: 'All',
    onlyType: (label: string, n: number) => `See all ${label.toLowerCase()} (${enNumber(n)})`,
    shown: (shown: number, total: number) =>
      `Showing the first ${enNumber(shown)} of ${enNumber(total)}: add a word to narrow the search.`,
    emptyTitle: (q: string) => `Nothing found for “${q}”`,
    emptyIntro: 'Some ideas:',
    emptyTips: [
      'check how the words are spelled (accents do not matter);',
      'use fewer or more general words: every word has to appear;',
      'try in Italian: skills have a name in both languages.',
    ],
    emptyTypeOnly: (label: string) => `Nothing found among ${label.toLowerCase()}.`,
    browse: 'Or browse the community:',
    tooLongTitle: 'Search too long',
    failed: 'The search did not work. Please try again shortly.',
  },
};

export const searchText: Record<Locale, SearchText> = { it, en };
