import DataLoader from 'dataloader';
import { InvalidCursorError } from '@/lib/directory/connection';
import {
  countLinks,
  InvalidFilterError,
  listEvents,
  listOrganizations,
  listPeople,
  listProjects,
  listSectorsConnection,
  listSkills,
  type CardCount,
  type EventFilter,
  type EventOrder,
  type LoadByIds,
  type OrganizationFilter,
  type OrganizationOrder,
  type PeopleFilter,
  type PeopleOrder,
  type ProjectFilter,
  type ProjectOrder,
  type SectorOrder,
  type SkillOrder,
} from '@/lib/directory/lists';
import type { OrganizationRecord, SectorRecord, SkillRecord } from '@/lib/directory/model';
import type { GraphQLContext } from '../context';
import { badInput } from '../errors';

type Ctx = GraphQLContext;

interface ListArgs<F, O> {
  filter?: F | null;
  orderBy?: O | null;
  first?: number | null;
  after?: string | null;
}

/** Turns the list services' input errors into BAD_USER_INPUT naming the argument. */
async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InvalidCursorError || error instanceof InvalidFilterError) throw badInput(error.message, error.field);
    throw error;
  }
}

/** A request loader as the list services' `load`, so listed entities join the request's cache. */
function byLoader<T>(loader: DataLoader<string, T | null>): LoadByIds<T> {
  return (ids) => loader.loadMany(ids);
}

// Count loaders for the cards, one set per request (keyed on its context, so they are
// never shared between requests). They live here rather than in loaders.ts because only
// the directory lists ask for them.
const countLoaders = new WeakMap<Ctx, Record<CardCount, DataLoader<string, number>>>();

function cardCount(ctx: Ctx, count: CardCount): DataLoader<string, number> {
  let loaders = countLoaders.get(ctx);
  if (!loaders) {
    const make = (c: CardCount) => new DataLoader((ids: readonly string[]) => countLinks(ctx.store, c, ids));
    loaders = {
      organizationMembers: make('organizationMembers'),
      skillPeople: make('skillPeople'),
      sectorOrganizations: make('sectorOrganizations'),
      sectorProjects: make('sectorProjects'),
    };
    countLoaders.set(ctx, loaders);
  }
  return loaders[count];
}

export const directoryResolvers = {
  Query: {
    people: (_: unknown, args: ListArgs<PeopleFilter, PeopleOrder>, ctx: Ctx) =>
      guard(() => listPeople(ctx.store, args, byLoader(ctx.loaders.person))),
    organizations: (_: unknown, args: ListArgs<OrganizationFilter, OrganizationOrder>, ctx: Ctx) =>
      guard(() => listOrganizations(ctx.store, args, byLoader(ctx.loaders.organization))),
    projects: (_: unknown, args: ListArgs<ProjectFilter, ProjectOrder>, ctx: Ctx) =>
      guard(() => listProjects(ctx.store, args, byLoader(ctx.loaders.project))),
    events: (_: unknown, args: ListArgs<EventFilter, EventOrder>, ctx: Ctx) =>
      guard(() => listEvents(ctx.store, args, byLoader(ctx.loaders.event))),
    skills: (_: unknown, args: ListArgs<never, SkillOrder>, ctx: Ctx) =>
      guard(() => listSkills(ctx.store, args, byLoader(ctx.loaders.skill))),
    sectorsConnection: (_: unknown, args: ListArgs<never, SectorOrder>, ctx: Ctx) =>
      guard(() => listSectorsConnection(ctx.store, args, byLoader(ctx.loaders.sector))),
  },
  Organization: {
    memberCount: (o: OrganizationRecord, _: unknown, ctx: Ctx) => cardCount(ctx, 'organizationMembers').load(o.id),
  },
  Skill: {
    personCount: (s: SkillRecord, _: unknown, ctx: Ctx) => cardCount(ctx, 'skillPeople').load(s.id),
  },
  Sector: {
    organizationCount: (s: SectorRecord, _: unknown, ctx: Ctx) => cardCount(ctx, 'sectorOrganizations').load(s.id),
    projectCount: (s: SectorRecord, _: unknown, ctx: Ctx) => cardCount(ctx, 'sectorProjects').load(s.id),
  },
};
