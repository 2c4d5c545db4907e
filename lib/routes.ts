import type { EntityKind } from './directory/model';

/**
 * The site's addresses, in one place. Paths are Italian (the default language); the
 * language itself is a cookie, so one address serves both.
 */
export const LIST_PATH: Record<EntityKind, string> = {
  Person: '/persone',
  Organization: '/organizzazioni',
  Project: '/progetti',
  Skill: '/competenze',
  Sector: '/settori',
  Event: '/eventi',
};

export const SEARCH_PATH = '/cerca';
export const MAP_PATH = '/mappa';

/** The profile page of an entity. */
export function entityPath(kind: EntityKind, slug: string): string {
  return `${LIST_PATH[kind]}/${encodeURIComponent(slug)}`;
}
