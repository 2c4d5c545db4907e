/** Interface texts in Italian (the default) and English. Entity content shows the stored text. */
export const LOCALES = ['it', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'it';

const it = {
  siteName: 'Rizoma',
  tagline: 'La rete di chi lavora, impara e progetta insieme a Garbatella',
  skipToContent: 'Vai al contenuto',
  language: 'Lingua',
  switchTo: 'English',
  switchToLabel: 'Read in English',
  homeTitle: 'Chi lavora su cosa, e con chi',
  homeIntro:
    'Rizoma mappa la comunità di un coworking e incubatore nato in uno spazio municipale recuperato: startup, professionisti, associazioni e progetti collegati dalle competenze che condividono.',
  statsHeading: 'La comunità in numeri',
  stats: {
    people: 'persone',
    organizations: 'organizzazioni',
    skills: 'competenze',
    sectors: 'settori',
    projects: 'progetti',
    events: 'eventi',
    collaborations: 'collaborazioni tra organizzazioni',
    openCalls: 'progetti che cercano collaboratori',
  },
  sectorsHeading: 'Settori e organizzazioni',
  sectorsIntro: 'Le organizzazioni della rete, raggruppate per il campo in cui lavorano.',
  hubHeading: 'Lo spazio',
  emptyCommunity: 'La comunità è ancora vuota: nessuna organizzazione è stata pubblicata.',
  footer: 'Rizoma è software libero per coworking, incubatori e i loro ecosistemi.',
  apiLink: 'API GraphQL',
  organizationCount: (n: number) => (n === 1 ? '1 organizzazione' : `${n} organizzazioni`),
  nav: {
    label: 'Sezioni',
    people: 'Persone',
    organizations: 'Organizzazioni',
    projects: 'Progetti',
    skills: 'Competenze',
    sectors: 'Settori',
    events: 'Eventi',
    map: 'Mappa',
    collaborators: 'Trova collaboratori',
  },
  search: {
    label: 'Cerca nella comunità',
    placeholder: 'Persone, competenze, progetti…',
    submit: 'Cerca',
  },
  notFound: {
    title: 'Pagina non trovata',
    body: 'Non c’è niente a questo indirizzo: forse il profilo è stato rinominato o archiviato.',
    home: 'Torna alla pagina iniziale',
  },
  error: {
    title: 'Qualcosa non ha funzionato',
    body: 'Non siamo riusciti a mostrare questa pagina. Riprova tra poco.',
    retry: 'Riprova',
  },
};

type Messages = typeof it;

const en: Messages = {
  siteName: 'Rizoma',
  tagline: 'The network of people who work, learn and build together in Garbatella',
  skipToContent: 'Skip to content',
  language: 'Language',
  switchTo: 'Italiano',
  switchToLabel: 'Leggi in italiano',
  homeTitle: 'Who works on what, and with whom',
  homeIntro:
    'Rizoma maps the community of a coworking space and incubator born in a reclaimed municipal building: startups, freelancers, associations and projects, linked by the skills they share.',
  statsHeading: 'The community in numbers',
  stats: {
    people: 'people',
    organizations: 'organizations',
    skills: 'skills',
    sectors: 'sectors',
    projects: 'projects',
    events: 'events',
    collaborations: 'collaborations between organizations',
    openCalls: 'projects looking for collaborators',
  },
  sectorsHeading: 'Sectors and organizations',
  sectorsIntro: 'The organizations of the network, grouped by the field they work in.',
  hubHeading: 'The space',
  emptyCommunity: 'The community is still empty: no organization has been published yet.',
  footer: 'Rizoma is free software for coworking spaces, incubators and their ecosystems.',
  apiLink: 'GraphQL API',
  organizationCount: (n: number) => (n === 1 ? '1 organization' : `${n} organizations`),
  nav: {
    label: 'Sections',
    people: 'People',
    organizations: 'Organizations',
    projects: 'Projects',
    skills: 'Skills',
    sectors: 'Sectors',
    events: 'Events',
    map: 'Map',
    collaborators: 'Find collaborators',
  },
  search: {
    label: 'Search the community',
    placeholder: 'People, skills, projects…',
    submit: 'Search',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is nothing at this address: the profile may have been renamed or archived.',
    home: 'Back to the home page',
  },
  error: {
    title: 'Something went wrong',
    body: 'We could not show this page. Please try again shortly.',
    retry: 'Try again',
  },
};

export const messages: Record<Locale, Messages> = { it, en };

export function isLocale(value: string | undefined | null): value is Locale {
  return value === 'it' || value === 'en';
}
