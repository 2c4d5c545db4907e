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

/** Sign-in, the signed-in member's own pages, and the staff's curation area. */
export const SIGN_IN_PATH = '/accedi';
export const MY_PROFILE_PATH = '/profilo';
export const STAFF_PATH = '/staff';
export const PROPOSE_PATH = '/proponi';

/** A same-site path to return to after signing in; anything else (other origins, `//x`, `/\x`) becomes `/`. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
