import type { CypherQuery } from '../graph/query';
import type { GraphStore } from '../graph/store';
import type { ParamValue, Params } from '../graph/types';
import { toConnection, toPage, type Connection, type Page, type PageRequest } from './connection';
import { cardCounts, eventList, organizationList, peopleList, projectList, sectorList, skillList } from './list-queries';
import type { EventRecord, OrganizationRecord, PersonRecord, ProjectRecord, SectorRecord, SkillRecord } from './model';
import { counts } from './queries';
import { findLinks } from './read';

/**
 * The directory lists: validate the filters, turn `first`/`after` into a page, run the
 * page statement (ids in order) and the count statement in one read snapshot, then
 * fill in the entities by id through `load` (a DataLoader's `loadMany` in the API, so
 * the entities are shared with the rest of the request).
 */

/** A bad filter value, named by its path in the GraphQL arguments (e.g. `filter.skills`). */
export class InvalidFilterError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidFilterError';
  }
}

/** Fetches entities by id, in order; null (not public) or an Error per missing id. */
export type LoadByIds<T> = (ids: readonly string[]) => Promise<readonly (T | null | Error)[]>;

/** At most this many skills in one all-of filter. */
export const MAX_SKILLS_FILTER = 10;
const MAX_SLUG_LENGTH = 200;

export type Availability = 'OPEN' | 'LIMITED' | 'UNAVAILABLE';
export type OrganizationKind = 'STARTUP' | 'COMPANY' | 'ASSOCIATION' | 'COOPERATIVE' | 'INSTITUTION' | 'COLLECTIVE' | 'HUB';
export type ProjectStatus = 'IDEA' | 'ACTIVE' | 'COMPLETED' | 'PAUSED';
export type EventKind = 'COURSE' | 'WORKSHOP' | 'MEETUP' | 'SERVICE' | 'TALK' | 'OPEN_DAY';
export type EventWhen = 'UPCOMING' | 'PAST' | 'ALL';

export type PeopleOrder = 'NAME' | 'RECENT';
export type OrganizationOrder = 'NAME' | 'FOUNDED' | 'MEMBERS';
export type ProjectOrder = 'NAME' | 'START_DATE' | 'RECENT';
export type EventOrder = 'START_ASC' | 'START_DESC';
export type SkillOrder = 'NAME' | 'NAME_EN' | 'PEOPLE';
export type SectorOrder = 'NAME' | 'NAME_EN';

interface ListRequest<F, O> extends PageRequest {
  filter?: F | null;
  orderBy?: O | null;
}

export interface PeopleFilter {
  /** All of these skills (slugs). */
  skills?: readonly string[] | null;
  /** Member of this organization (slug). */
  organization?: string | null;
  availability?: Availability | null;
}

export interface OrganizationFilter {
  kind?: OrganizationKind | null;
  /** Works in this sector (slug). */
  sector?: string | null;
}

export interface ProjectFilter {
  status?: ProjectStatus | null;
  sector?: string | null;
  /** true: only projects whose call is open; false: only those without an open call. */
  openCall?: boolean | null;
}

export interface EventFilter {
  kind?: EventKind | null;
  /** Starting on or after this day (YYYY-MM-DD, Rome time). */
  from?: string | null;
  /** Starting on or before this day (YYYY-MM-DD, Rome time). */
  to?: string | null;
  /** UPCOMING: not over yet (ongoing included); PAST: over; ALL (default). */
  when?: EventWhen | null;
}

// ── Validation ──────────────────────────────────────────────────────────────────────

/** A slug filter: blank means "no filter"; an unknown slug simply matches nothing. */
export function slugFilter(value: string | null | undefined, field: string): string | null {
  const slug = value?.trim() ?? '';
  if (slug === '') return null;
  if (slug.length > MAX_SLUG_LENGTH) throw new InvalidFilterError(field, `\`${field}\` is longer than ${MAX_SLUG_LENGTH} characters`);
  return slug;
}

/** The skills of an all-of filter: trimmed, blanks and duplicates dropped, at most MAX_SKILLS_FILTER. */
export function skillsFilter(values: readonly string[] | null | undefined, field = 'filter.skills'): string[] {
  const slugs = [...new Set((values ?? []).map((v) => slugFilter(v, field)).filter((s): s is string => s !== null))];
  if (slugs.length > MAX_SKILLS_FILTER) {
    throw new InvalidFilterError(field, `\`${field}\` takes at most ${MAX_SKILLS_FILTER} skills`);
  }
  return slugs;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of `day` (YYYY-MM-DD) in ms; InvalidFilterError unless it is a real calendar date. */
function parseDay(day: string, field: string): number {
  const match = DAY.exec(day);
  const utcMidnight = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (Number.isNaN(utcMidnight) || new Date(utcMidnight).toISOString().slice(0, 10) !== day) {
    throw new InvalidFilterError(field, `\`${field}\` must be a calendar date written YYYY-MM-DD`);
  }
  return utcMidnight;
}

/** The UTC instant at which the day starting at `utcMidnight` begins in Rome. */
function romeDayStart(utcMidnight: number): string {
  // Rome is 1 or 2 hours ahead of UTC. At 00:00 UTC it is 01:00 or 02:00 in Rome, before
  // any daylight-saving switch (those happen at 02:00/03:00), so that instant's offset
  // is the offset in force at local midnight.
  return new Date(utcMidnight - romeOffsetMs(utcMidnight)).toISOString();
}

function romeOffsetMs(instant: number): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3])) * 60_000;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The parameters of the events statements for a filter, at instant `now`. */
export function eventParams(filter: EventFilter | null | undefined, now: Date): Params {
  const since = filter?.from ? romeDayStart(parseDay(filter.from, 'filter.from')) : null;
  // `to` is inclusive: events starting before the next day begins in Rome.
  const until = filter?.to ? romeDayStart(parseDay(filter.to, 'filter.to') + DAY_MS) : null;
  if (since && until && since >= until) throw new InvalidFilterError('filter.to', '`filter.to` is before `filter.from`');
  const when = filter?.when ?? 'ALL';
  return {
    kind: filter?.kind ?? null,
    sinceIso: since,
    untilIso: until,
    upcoming: when === 'ALL' ? null : when === 'UPCOMING',
    nowIso: now.toISOString(),
  };
}

// ── Running a page ──────────────────────────────────────────────────────────────────

async function fill<T>(ids: readonly string[], load: LoadByIds<T>): Promise<T[]> {
  const found = await load(ids);
  const out: T[] = [];
  for (const item of found) {
    if (item instanceof Error) throw item;
    // A record archived between the page statement and the load is skipped.
    if (item !== null && item !== undefined) out.push(item);
  }
  return out;
}

interface ListStatements {
  page: CypherQuery<{ id: string }>;
  count: CypherQuery<{ n: number }>;
  /** Parameters of both statements (the filters). */
  filters: Params;
  /** Further parameters of the page statement only (the order); Kùzu refuses unused ones. */
  order?: Params;
}

/** Runs a page statement and a count statement in one snapshot, then loads the entities. */
async function runList<T>(store: GraphStore, page: Page, list: ListStatements, load: LoadByIds<T>): Promise<Connection<T>> {
  const { ids, total } = await store.read(async (tx) => {
    // Sequential: a unit of work holds one connection, which runs one statement at a time.
    const pageParams = { ...list.filters, ...list.order, skip: page.offset, limit: page.limit };
    const rows = page.limit === 0 ? [] : await tx.run(list.page, pageParams);
    const [count] = await tx.run(list.count, list.filters);
    return { ids: rows.map((r) => r.id), total: count?.n ?? 0 };
  });
  return toConnection(await fill(ids, load), page, total);
}

/** People, filtered by skills (all of), organization and availability. */
export async function listPeople(
  store: GraphStore,
  request: ListRequest<PeopleFilter, PeopleOrder>,
  load: LoadByIds<PersonRecord>,
): Promise<Connection<PersonRecord>> {
  const page = toPage(request);
  const skills = skillsFilter(request.filter?.skills);
  const filters: Record<string, ParamValue> = {
    organization: slugFilter(request.filter?.organization, 'filter.organization'),
    availability: request.filter?.availability ?? null,
  };
  const order = { sort: request.orderBy ?? 'NAME' };
  // Up to three skills: one fixed pattern each ($skill1..$skill3); more: the generic form.
  const pageQuery = peopleList.page[skills.length];
  const countQuery = peopleList.count[skills.length];
  if (!pageQuery || !countQuery) {
    const many = { page: peopleList.pageMany, count: peopleList.countMany, filters: { ...filters, skills }, order };
    return runList(store, page, many, load);
  }
  skills.forEach((slug, i) => (filters[`skill${i + 1}`] = slug));
  return runList(store, page, { page: pageQuery, count: countQuery, filters, order }, load);
}

/** Organizations, filtered by kind and sector. */
export async function listOrganizations(
  store: GraphStore,
  request: ListRequest<OrganizationFilter, OrganizationOrder>,
  load: LoadByIds<OrganizationRecord>,
): Promise<Connection<OrganizationRecord>> {
  const page = toPage(request);
  const order = request.orderBy ?? 'NAME';
  const filters: Params = {
    kind: request.filter?.kind ?? null,
    sector: slugFilter(request.filter?.sector, 'filter.sector'),
  };
  const count = organizationList.count;
  if (order === 'MEMBERS') return runList(store, page, { page: organizationList.pageByMembers, count, filters }, load);
  return runList(store, page, { page: organizationList.page, count, filters, order: { sort: order } }, load);
}

/** Projects, filtered by status, sector and open call. */
export async function listProjects(
  store: GraphStore,
  request: ListRequest<ProjectFilter, ProjectOrder>,
  load: LoadByIds<ProjectRecord>,
): Promise<Connection<ProjectRecord>> {
  const page = toPage(request);
  const filters: Params = {
    status: request.filter?.status ?? null,
    sector: slugFilter(request.filter?.sector, 'filter.sector'),
    callOpen: request.filter?.openCall ?? null,
  };
  return runList(store, page, { ...projectList, filters, order: { sort: request.orderBy ?? 'NAME' } }, load);
}

/**
 * Events, filtered by kind, days and time; by start, soonest first, except past events
 * (`when: PAST`), which come latest first unless `orderBy` says otherwise.
 */
export async function listEvents(
  store: GraphStore,
  request: ListRequest<EventFilter, EventOrder>,
  load: LoadByIds<EventRecord>,
  now: Date = new Date(),
): Promise<Connection<EventRecord>> {
  const page = toPage(request);
  const order = request.orderBy ?? (request.filter?.when === 'PAST' ? 'START_DESC' : 'START_ASC');
  const filters = eventParams(request.filter, now);
  return runList(store, page, { ...eventList, filters, order: { latestFirst: order === 'START_DESC' } }, load);
}

/** Every public skill, by name or by how many people have it. */
export async function listSkills(
  store: GraphStore,
  request: ListRequest<never, SkillOrder>,
  load: LoadByIds<SkillRecord>,
): Promise<Connection<SkillRecord>> {
  const page = toPage(request);
  const order = request.orderBy ?? 'NAME';
  if (order === 'PEOPLE') return runList(store, page, { page: skillList.pageByPeople, count: counts.skills, filters: {} }, load);
  return runList(store, page, { page: skillList.page, count: counts.skills, filters: {}, order: { sort: order } }, load);
}

/** Every public sector, by name. */
export async function listSectorsConnection(
  store: GraphStore,
  request: ListRequest<never, SectorOrder>,
  load: LoadByIds<SectorRecord>,
): Promise<Connection<SectorRecord>> {
  const order = { sort: request.orderBy ?? 'NAME' };
  return runList(store, toPage(request), { page: sectorList.page, count: counts.sectors, filters: {}, order }, load);
}

// ── Counts on cards ─────────────────────────────────────────────────────────────────

export type CardCount = keyof typeof cardCounts;

/** One count per owner id, in order (0 for owners without links), in one statement. */
export async function countLinks(store: GraphStore, count: CardCount, owners: readonly string[]): Promise<number[]> {
  const groups = await findLinks(store, cardCounts[count], owners);
  return groups.map((rows) => rows[0]?.n ?? 0);
}
