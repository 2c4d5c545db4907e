import type { ProjectRecord } from '@/lib/directory/model';
import type { GraphQLContext } from '../context';
import { day, follow, targets } from './shared';

type Ctx = GraphQLContext;

export const projectResolvers = {
  Project: {
    sectors: async (p: ProjectRecord, _: unknown, ctx: Ctx) => targets(await ctx.loaders.projectSectors.load(p.id), ctx.loaders.sector),
    contributors: async (p: ProjectRecord, _: unknown, ctx: Ctx) => {
      const [people, organizations] = await Promise.all([
        ctx.loaders.projectPeople.load(p.id),
        ctx.loaders.projectOrganizations.load(p.id),
      ]);
      const byOrganization = await follow(organizations, ctx.loaders.organization, (organization, l) => ({
        project: p,
        person: null,
        organization,
        role: l.role,
        since: null,
        until: null,
      }));
      const byPeople = await follow(people, ctx.loaders.person, (person, l) => ({
        project: p,
        person,
        organization: null,
        role: l.role,
        since: day(l.since),
        until: day(l.until),
      }));
      return [...byOrganization, ...byPeople];
    },
    needs: async (p: ProjectRecord, _: unknown, ctx: Ctx) =>
      follow(await ctx.loaders.projectNeeds.load(p.id), ctx.loaders.skill, (skill, l) => ({
        project: p,
        skill,
        level: l.level,
        note: l.note,
      })),
  },
};
