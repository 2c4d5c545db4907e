import type DataLoader from 'dataloader';
import type { EntityKind, EntityRecord } from '@/lib/directory/model';
import { InvalidSearchError } from '@/lib/search/plan';
import { search, type SearchGroup } from '@/lib/search/search';
import type { GraphQLContext } from '../context';
import { badInput } from '../errors';
import type { Loaders } from '../loaders';
import { follow } from './shared';

type Ctx = GraphQLContext;

const LOADER: Record<EntityKind, (loaders: Loaders) => DataLoader<string, EntityRecord | null>> = {
  Person: (l) => l.person,
  Organization: (l) => l.organization,
  Project: (l) => l.project,
  Skill: (l) => l.skill,
  Sector: (l) => l.sector,
  Event: (l) => l.event,
};

interface SearchArgs {
  query: string;
  types?: EntityKind[] | null;
  first?: number | null;
}

/** Search: the service ranks ids; hits are filled in through the request's loaders. */
export const searchResolvers = {
  // The enum's internal values are the entity kinds the services use.
  SearchType: {
    PERSON: 'Person',
    ORGANIZATION: 'Organization',
    PROJECT: 'Project',
    SKILL: 'Skill',
    SECTOR: 'Sector',
    EVENT: 'Event',
  },
  Query: {
    search: async (_: unknown, { query, types, first }: SearchArgs, ctx: Ctx) => {
      try {
        return await search(ctx.store, { query, kinds: types, first });
      } catch (error) {
        if (error instanceof InvalidSearchError) throw badInput(error.message, error.field);
        throw error;
      }
    },
  },
  SearchGroup: {
    type: (group: SearchGroup) => group.kind,
    hits: (group: SearchGroup, _: unknown, ctx: Ctx) =>
      follow(group.hits, LOADER[group.kind](ctx.loaders), (entity, hit) => ({ score: hit.score, entity })),
  },
};
