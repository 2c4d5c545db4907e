import type { OrganizationRecord } from '@/lib/directory/model';
import type { GraphQLContext } from '../context';
import { day, follow, targets } from './shared';

type Ctx = GraphQLContext;

export const organizationResolvers = {
  Organization: {
    kind: (o: OrganizationRecord) => o.organizationKind,
    members: async (o: OrganizationRecord, _: unknown, ctx: Ctx) =>
      follow(await ctx.loaders.organizationMembers.load(o.id), ctx.loaders.person, (person, l) => ({
        person,
        organization: o,
        role: l.role,
        since: day(l.since),
        until: day(l.until),
        isManager: l.isManager ?? false,
      })),
    sectors: async (o: OrganizationRecord, _: unknown, ctx: Ctx) =>
      targets(await ctx.loaders.organizationSectors.load(o.id), ctx.loaders.sector),
    projects: async (o: OrganizationRecord, _: unknown, ctx: Ctx) =>
      follow(await ctx.loaders.organizationProjects.load(o.id), ctx.loaders.project, (project, l) => ({
        project,
        person: null,
        organization: o,
        role: l.role,
        since: null,
        until: null,
      })),
    partners: async (o: OrganizationRecord, _: unknown, ctx: Ctx) =>
      follow(await ctx.loaders.organizationPartners.load(o.id), ctx.loaders.organization, (organization, l) => ({
        organization,
        since: day(l.since),
        note: l.note,
      })),
  },
};
