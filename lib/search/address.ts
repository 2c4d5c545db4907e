import type { EntityKind } from '../directory/model';
import { LIST_PATH, SEARCH_PATH } from '../routes';

/**
 * The search types of the API and the addresses of the results page. Pure and free of
 * server code: the suggestions (a client component) use it too.
 */

export const SEARCH_TYPES = ['PERSON', 'ORGANIZATION', 'PROJECT', 'SKILL', 'SECTOR', 'EVENT'] as const;
export type SearchTypeName = (typeof SEARCH_TYPES)[number];

export const KIND_OF_TYPE: Record<SearchTypeName, EntityKind> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  PROJECT: 'Project',
  SKILL: 'Skill',
  SECTOR: 'Sector',
  EVENT: 'Event',
};

/** The `tipo` of /cerca for a type: the word of its list page (persone, competenze, …). */
export function tipoOf(type: SearchTypeName): string {
  return LIST_PATH[KIND_OF_TYPE[type]].replace(/^\//, '');
}

/** The type a `tipo` names, or null for anything else. */
export function typeOfTipo(tipo: string | null | undefined): SearchTypeName | null {
  return SEARCH_TYPES.find((type) => tipoOf(type) === tipo) ?? null;
}

/** The results page for a query, optionally of one type only. */
export function searchPath(query: string, type?: SearchTypeName | null): string {
  const params = new URLSearchParams({ q: query });
  if (type) params.set('tipo', tipoOf(type));
  return `${SEARCH_PATH}?${params.toString()}`;
}
