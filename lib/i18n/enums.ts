import type { Locale } from './messages';

/**
 * Names of the enum values (availability, organization kinds, project statuses, event
 * kinds) in both languages, shared by every dictionary that shows them.
 */
const it = {
  availability: {
    OPEN: 'Disponibile a collaborare',
    LIMITED: 'Disponibilità limitata',
    UNAVAILABLE: 'Non disponibile al momento',
  },
  organizationKind: {
    STARTUP: 'Startup',
    COMPANY: 'Impresa',
    ASSOCIATION: 'Associazione',
    COOPERATIVE: 'Cooperativa',
    INSTITUTION: 'Istituzione',
    COLLECTIVE: 'Collettivo',
    HUB: 'Spazio ospitante',
  },
  projectStatus: {
    IDEA: 'Idea',
    ACTIVE: 'In corso',
    COMPLETED: 'Concluso',
    PAUSED: 'In pausa',
  },
  eventKind: {
    COURSE: 'Corso',
    WORKSHOP: 'Laboratorio',
    MEETUP: 'Incontro',
    SERVICE: 'Servizio',
    TALK: 'Talk',
    OPEN_DAY: 'Giornata aperta',
  },
};

const en: typeof it = {
  availability: {
    OPEN: 'Open to collaborate',
    LIMITED: 'Limited availability',
    UNAVAILABLE: 'Not available at the moment',
  },
  organizationKind: {
    STARTUP: 'Startup',
    COMPANY: 'Company',
    ASSOCIATION: 'Association',
    COOPERATIVE: 'Cooperative',
    INSTITUTION: 'Institution',
    COLLECTIVE: 'Collective',
    HUB: 'Host space',
  },
  projectStatus: {
    IDEA: 'Idea',
    ACTIVE: 'Active',
    COMPLETED: 'Completed',
    PAUSED: 'Paused',
  },
  eventKind: {
    COURSE: 'Course',
    WORKSHOP: 'Workshop',
    MEETUP: 'Meetup',
    SERVICE: 'Service',
    TALK: 'Talk',
    OPEN_DAY: 'Open day',
  },
};

export const enumText: Record<Locale, typeof it> = { it, en };
