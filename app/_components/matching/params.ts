import { AVAILABILITIES, ORGANIZATION_KINDS, paramChoice, paramValue, paramValues, type SearchParams } from '../directory/url-state';

/**
 * The addresses of the "find collaborators" pages and the state each keeps in its
 * address (Italian parameter names), so a search is a link. Parsing is forgiving: values
 * these pages do not know are dropped; skill slugs go to the API as given, so an unknown
 * one comes back as a readable BAD_USER_INPUT message.
 */
export const COLLABORATORS_PATH = '/collaboratori';
export const TEAMS_PATH = '/collaboratori/squadre';
export const GAPS_PATH = '/competenze/lacune';
export const CONNECTIONS_PATH = '/connessioni';

export const MATCH_PARAM = {
  skill: 'competenza',
  /** Free text typed in the picker and submitted without choosing (no scripts, or Enter). */
  addSkill: 'aggiungi',
  mode: 'modo',
  level: 'livello',
  availability: 'disponibilita',
  sector: 'settore',
  kind: 'tipo',
  excludeMine: 'escludi-mie',
  from: 'da',
  to: 'a',
  hops: 'passaggi',
} as const;

/** The `modo` values and the API mode each means; the first is the default. */
export const MODES = { tutte: 'ALL', 'almeno-una': 'ANY' } as const;
export type ModeParam = keyof typeof MODES;

export const MAX_SKILLS = 5;
export const LEVELS = [1, 2, 3, 4, 5] as const;
export const HOPS = [1, 2, 3, 4, 5, 6] as const;
export const DEFAULT_HOPS = 6;

export type Availability = (typeof AVAILABILITIES)[number];
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export { AVAILABILITIES, ORGANIZATION_KINDS, paramValue, paramValues, type SearchParams };

export interface CollaboratorsView {
  skills: string[];
  addSkill: string | null;
  mode: ModeParam;
  level: number | null;
  availability: Availability[];
  sector: string | null;
  kind: OrganizationKind | null;
}

function paramInt(params: SearchParams, name: string, allowed: readonly number[]): number | null {
  const value = Number(paramValue(params, name));
  return allowed.includes(value) ? value : null;
}

/** Distinct skill slugs of the address, in order. */
export function skillParams(params: SearchParams): string[] {
  return [...new Set(paramValues(params, MATCH_PARAM.skill))];
}

/** The state of the /collaboratori form. */
export function collaboratorsView(params: SearchParams): CollaboratorsView {
  const mode = paramValue(params, MATCH_PARAM.mode);
  const availability = paramValues(params, MATCH_PARAM.availability).map((v) => v.toUpperCase());
  return {
    skills: skillParams(params),
    addSkill: paramValue(params, MATCH_PARAM.addSkill),
    mode: mode === 'almeno-una' ? 'almeno-una' : 'tutte',
    level: paramInt(params, MATCH_PARAM.level, LEVELS),
    availability: AVAILABILITIES.filter((a) => availability.includes(a)),
    sector: paramValue(params, MATCH_PARAM.sector),
    kind: paramChoice(params, MATCH_PARAM.kind, ORGANIZATION_KINDS),
  };
}

/** The hop limit of /connessioni (1..6, 6 when absent or unknown). */
export function hopsParam(params: SearchParams): number {
  return paramInt(params, MATCH_PARAM.hops, HOPS) ?? DEFAULT_HOPS;
}

/** An address with skills (and optional further parameters) in its query string. */
export function hrefWith(path: string, skills: readonly string[], extra: Record<string, string | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const slug of skills) query.append(MATCH_PARAM.skill, slug);
  for (const [name, value] of Object.entries(extra)) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
