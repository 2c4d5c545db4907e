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
};

export const messages: Record<Locale, Messages> = { it, en };

export function isLocale(value: string | undefined | null): value is Locale {
  return value === 'it' || value === 'en';
}
