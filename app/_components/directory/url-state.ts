import { decodeCursor, encodeCursor, InvalidCursorError } from '@/lib/directory/connection';
import type { Availability, EventKind, OrganizationKind, ProjectStatus } from '@/lib/directory/lists';
import { MAX_SKILLS_FILTER } from '@/lib/directory/lists';
import type { Locale } from '@/lib/i18n/messages';

/**
 * The state of a directory list lives in its address, with Italian parameter names,
 * so a filtered view can be shared and reloaded. Parsing is forgiving: a value this
 * page does not know (an old link, a typo) is ignored rather than shown as an error,
 * so the API only ever receives valid input from these pages.
 */

export type SearchParams = Record<string, string | string[] | undefined>;

/** The page size of every list page. */
export const PAGE_SIZE = 20;

/**
 * Filter menus (skills, organizations, sectors) read up to two API pages of options:
 * the second starts after the first's last item (cursors encode offsets).
 */
export const OPTIONS_PAGE_SIZE = 100;
export const SECOND_OPTIONS_PAGE = encodeCursor(OPTIONS_PAGE_SIZE - 1);

/** The parameter names, one place for every list. */
export const PARAM = {
  after: 'dopo',
  order: 'ordine',
  skill: 'competenza',
  organization: 'organizzazione',
  availability: 'disponibilita',
  kind: 'tipo',
  sector: 'settore',
  status: 'stato',
  openCall: 'bando',
  when: 'quando',
  from: 'dal',
  to: 'al',
} as const;

export const AVAILABILITIES = ['OPEN', 'LIMITED', 'UNAVAILABLE'] as const satisfies readonly Availability[];
export const ORGANIZATION_KINDS = [
  'STARTUP',
  'COMPANY',
  'ASSOCIATION',
  'COOPERATIVE',
  'INSTITUTION',
  'COLLECTIVE',
  'HUB',
] as const satisfies readonly OrganizationKind[];
export const PROJECT_STATUSES = ['IDEA', 'ACTIVE', 'COMPLETED', 'PAUSED'] as const satisfies readonly ProjectStatus[];
export const EVENT_KINDS = ['COURSE', 'WORKSHOP', 'MEETUP', 'SERVICE', 'TALK', 'OPEN_DAY'] as const satisfies readonly EventKind[];

/** The `ordine` values of each list (the first is the default) and the API order each means. */
export const ORDERS = {
  people: { nome: 'NAME', recenti: 'RECENT' },
  organizations: { nome: 'NAME', fondazione: 'FOUNDED', membri: 'MEMBERS' },
  projects: { nome: 'NAME', inizio: 'START_DATE', recenti: 'RECENT' },
  skills: { nome: 'NAME', persone: 'PEOPLE' },
} as const;

/** The `quando` values of the events list (the first is the default). */
export const WHEN = { prossimi: 'UPCOMING', passati: 'PAST', tutti: 'ALL' } as const;

const MAX_VALUE_LENGTH = 200;
/** The `bando` value sent by the "open call only" checkbox. */
export const OPEN_CALL_VALUE = 'aperto';

/** Every non-blank value of a parameter, trimmed. */
export function paramValues(params: SearchParams, name: string): string[] {
  const raw = params[name];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list.map((v) => v.trim()).filter((v) => v !== '' && v.length <= MAX_VALUE_LENGTH);
}

/** The first non-blank value of a parameter, or null. */
export function paramValue(params: SearchParams, name: string): string | null {
  return paramValues(params, name)[0] ?? null;
}

/** A parameter restricted to known values (matched without regard to case), or null. */
export function paramChoice<T extends string>(params: SearchParams, name: string, allowed: readonly T[]): T | null {
  const value = paramValue(params, name)?.toUpperCase();
  return allowed.find((a) => a.toUpperCase() === value) ?? null;
}

/** A key of `options` given in the parameter, or the first key. */
function paramKey<K extends string>(params: SearchParams, name: string, options: Record<K, string>): K {
  const keys = Object.keys(options) as K[];
  const value = paramValue(params, name)?.toLowerCase();
  return keys.find((k) => k === value) ?? (keys[0] as K);
}

/** A calendar day (YYYY-MM-DD that exists), or null. */
export function paramDay(params: SearchParams, name: string): string | null {
  const value = paramValue(params, name);
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null;
}

/** The `dopo` cursor when it is one the API gave out, else null (the first page). */
export function paramCursor(params: SearchParams): string | null {
  const value = paramValue(params, PARAM.after);
  if (!value) return null;
  try {
    decodeCursor(value);
    return value;
  } catch (error) {
    if (error instanceof InvalidCursorError) return null;
    throw error;
  }
}

// ── The views ───────────────────────────────────────────────────────────────────────

export interface PeopleView {
  skills: string[];
  organization: string | null;
  availability: Availability | null;
  order: keyof typeof ORDERS.people;
  after: string | null;
}

export function peopleView(params: SearchParams): PeopleView {
  return {
    skills: [...new Set(paramValues(params, PARAM.skill))].slice(0, MAX_SKILLS_FILTER),
    organization: paramValue(params, PARAM.organization),
    availability: paramChoice(params, PARAM.availability, AVAILABILITIES),
    order: paramKey(params, PARAM.order, ORDERS.people),
    after: paramCursor(params),
  };
}

export interface OrganizationsView {
  kind: OrganizationKind | null;
  sector: string | null;
  order: keyof typeof ORDERS.organizations;
  after: string | null;
}

export function organizationsView(params: SearchParams): OrganizationsView {
  return {
    kind: paramChoice(params, PARAM.kind, ORGANIZATION_KINDS),
    sector: paramValue(params, PARAM.sector),
    order: paramKey(params, PARAM.order, ORDERS.organizations),
    after: paramCursor(params),
  };
}

export interface ProjectsView {
  status: ProjectStatus | null;
  sector: string | null;
  openCall: boolean;
  order: keyof typeof ORDERS.projects;
  after: string | null;
}

export function projectsView(params: SearchParams): ProjectsView {
  return {
    status: paramChoice(params, PARAM.status, PROJECT_STATUSES),
    sector: paramValue(params, PARAM.sector),
    openCall: paramValue(params, PARAM.openCall)?.toLowerCase() === OPEN_CALL_VALUE,
    order: paramKey(params, PARAM.order, ORDERS.projects),
    after: paramCursor(params),
  };
}

export interface EventsView {
  kind: EventKind | null;
  when: keyof typeof WHEN;
  from: string | null;
  to: string | null;
  after: string | null;
}

export function eventsView(params: SearchParams): EventsView {
  const from = paramDay(params, PARAM.from);
  const to = paramDay(params, PARAM.to);
  // Days given the wrong way round are read the right way round.
  const [first, last] = from && to && from > to ? [to, from] : [from, to];
  return {
    kind: paramChoice(params, PARAM.kind, EVENT_KINDS),
    when: paramKey(params, PARAM.when, WHEN),
    from: first,
    to: last,
    after: paramCursor(params),
  };
}

export interface SkillsView {
  order: keyof typeof ORDERS.skills;
  after: string | null;
}

export function skillsView(params: SearchParams): SkillsView {
  return { order: paramKey(params, PARAM.order, ORDERS.skills), after: paramCursor(params) };
}

export interface SectorsView {
  after: string | null;
}

export function sectorsView(params: SearchParams): SectorsView {
  return { after: paramCursor(params) };
}

// ── To the API ──────────────────────────────────────────────────────────────────────

const nameOrder = (locale: Locale) => (locale === 'en' ? ('NAME_EN' as const) : ('NAME' as const));

/** The variables of each list's operation for a view (names in the viewer's language sort by that language). */
export const listVariables = {
  people: (v: PeopleView) => ({
    filter: { skills: v.skills, organization: v.organization, availability: v.availability },
    orderBy: ORDERS.people[v.order],
    first: PAGE_SIZE,
    after: v.after,
  }),
  organizations: (v: OrganizationsView) => ({
    filter: { kind: v.kind, sector: v.sector },
    orderBy: ORDERS.organizations[v.order],
    first: PAGE_SIZE,
    after: v.after,
  }),
  projects: (v: ProjectsView) => ({
    // Unchecked means "any project", not "projects without an open call".
    filter: { status: v.status, sector: v.sector, openCall: v.openCall ? true : null },
    orderBy: ORDERS.projects[v.order],
    first: PAGE_SIZE,
    after: v.after,
  }),
  events: (v: EventsView) => ({
    filter: { kind: v.kind, when: WHEN[v.when], from: v.from, to: v.to },
    first: PAGE_SIZE,
    after: v.after,
  }),
  skills: (v: SkillsView, locale: Locale) => ({
    orderBy: v.order === 'nome' ? nameOrder(locale) : ORDERS.skills[v.order],
    first: PAGE_SIZE,
    after: v.after,
  }),
  sectors: (v: SectorsView, locale: Locale) => ({ orderBy: nameOrder(locale), first: PAGE_SIZE, after: v.after }),
  /** The filter menus' options: two pages of OPTIONS_PAGE_SIZE, sectors by name in the viewer's language. */
  options: (locale: Locale) => ({ options: OPTIONS_PAGE_SIZE, moreOptions: SECOND_OPTIONS_PAGE, sectorOrder: nameOrder(locale) }),
};

// ── Back to addresses ───────────────────────────────────────────────────────────────

/** Parameters of an address: null, false and default values are left out. */
export type QueryEntries = readonly (readonly [name: string, value: string | null | readonly string[]])[];

/** `path?query` from entries, leaving out empty values. */
export function listHref(path: string, entries: QueryEntries): string {
  const search = new URLSearchParams();
  for (const [name, value] of entries) {
    for (const v of typeof value === 'string' ? [value] : (value ?? [])) if (v !== '') search.append(name, v);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

const defaultKey = (options: Record<string, string>) => Object.keys(options)[0];
const unlessDefault = (value: string, options: Record<string, string>) => (value === defaultKey(options) ? null : value);

/** The filter and order parameters of each view (everything but the cursor). */
export const viewEntries = {
  people: (v: PeopleView): QueryEntries => [
    [PARAM.skill, v.skills],
    [PARAM.organization, v.organization],
    [PARAM.availability, v.availability],
    [PARAM.order, unlessDefault(v.order, ORDERS.people)],
  ],
  organizations: (v: OrganizationsView): QueryEntries => [
    [PARAM.kind, v.kind],
    [PARAM.sector, v.sector],
    [PARAM.order, unlessDefault(v.order, ORDERS.organizations)],
  ],
  projects: (v: ProjectsView): QueryEntries => [
    [PARAM.status, v.status],
    [PARAM.sector, v.sector],
    [PARAM.openCall, v.openCall ? OPEN_CALL_VALUE : null],
    [PARAM.order, unlessDefault(v.order, ORDERS.projects)],
  ],
  events: (v: EventsView): QueryEntries => [
    [PARAM.kind, v.kind],
    [PARAM.when, unlessDefault(v.when, WHEN)],
    [PARAM.from, v.from],
    [PARAM.to, v.to],
  ],
  skills: (v: SkillsView): QueryEntries => [[PARAM.order, unlessDefault(v.order, ORDERS.skills)]],
  sectors: (): QueryEntries => [],
};

/** Whether any filter narrows the list (the order alone does not). */
export function isFiltered(entries: QueryEntries): boolean {
  return entries.some(([name, value]) => name !== PARAM.order && (typeof value === 'string' ? value !== '' : (value?.length ?? 0) > 0));
}

export interface PageLinks {
  /** 1-based position of the first and last item shown. */
  from: number;
  to: number;
  previous: string | null;
  next: string | null;
}

/**
 * Links to the previous and next pages, keeping the filters. Cursors encode offsets,
 * so the previous page's cursor is computed from this page's offset.
 */
export function pageLinks(
  path: string,
  entries: QueryEntries,
  after: string | null,
  shown: number,
  next: { hasNextPage: boolean; endCursor: string | null },
  pageSize: number = PAGE_SIZE,
): PageLinks {
  const offset = after ? decodeCursor(after) + 1 : 0;
  const previousOffset = Math.max(0, offset - pageSize);
  const previous =
    offset === 0 ? null : listHref(path, [...entries, [PARAM.after, previousOffset === 0 ? null : encodeCursor(previousOffset - 1)]]);
  const following = next.hasNextPage && next.endCursor ? listHref(path, [...entries, [PARAM.after, next.endCursor]]) : null;
  return { from: shown === 0 ? 0 : offset + 1, to: offset + shown, previous, next: following };
}
