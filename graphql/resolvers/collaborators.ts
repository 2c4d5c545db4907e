import DataLoader from 'dataloader';
import {
  clampCollaboratorCount,
  compareNames,
  findCollaborations,
  rankCollaborations,
  type Collaboration,
} from '@/lib/directory/collaborators';
import type { PersonRecord } from '@/lib/directory/model';
import type { GraphQLContext } from '../context';
import { targets } from './shared';

type Ctx = GraphQLContext;

/**
 * One collaborations loader per request, kept beside the context rather than in
 * loaders.ts: a WeakMap keyed by the context object lives exactly as long as the request.
 */
const perRequest = new WeakMap<Ctx, DataLoader<string, Collaboration[]>>();

function collaborationsLoader(ctx: Ctx): DataLoader<string, Collaboration[]> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    loader = new DataLoader((owners: readonly string[]) => findCollaborations(ctx.store, owners));
    perRequest.set(ctx, loader);
  }
  return loader;
}

const byName = <T extends { name: string }>(items: T[]): T[] => items.sort((a, b) => compareNames(a.name, b.name));

export const collaboratorResolvers = {
  Person: {
    collaborators: async (p: PersonRecord, { first }: { first?: number | null }, ctx: Ctx): Promise<Collaboration[]> => {
      const all = await collaborationsLoader(ctx).load(p.id);
      return rankCollaborations(all, clampCollaboratorCount(first), async (ids) => {
        const people = await targets(ids.map((id) => ({ id })), ctx.loaders.person);
        return new Map(people.map((person) => [person.id, person.name]));
      });
    },
  },
  Collaborator: {
    person: async (c: Collaboration, _: unknown, ctx: Ctx) => ctx.loaders.person.load(c.personId),
    sharedProjects: async (c: Collaboration, _: unknown, ctx: Ctx) =>
      byName(await targets(c.projectIds.map((id) => ({ id })), ctx.loaders.project)),
    sharedOrganizations: async (c: Collaboration, _: unknown, ctx: Ctx) =>
      byName(await targets(c.organizationIds.map((id) => ({ id })), ctx.loaders.organization)),
  },
};
