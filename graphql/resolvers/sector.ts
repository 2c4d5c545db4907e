import type { SectorRecord } from '@/lib/directory/model';
import type { GraphQLContext } from '../context';
import { targets } from './shared';

type Ctx = GraphQLContext;

export const sectorResolvers = {
  Sector: {
    organizations: async (s: SectorRecord, _: unknown, ctx: Ctx) =>
      targets(await ctx.loaders.sectorOrganizations.load(s.id), ctx.loaders.organization),
    projects: async (s: SectorRecord, _: unknown, ctx: Ctx) => targets(await ctx.loaders.sectorProjects.load(s.id), ctx.loaders.project),
  },
};
