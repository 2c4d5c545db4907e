import type { SkillRecord } from '@/lib/directory/model';
import type { GraphQLContext } from '../context';
import { follow, targets } from './shared';

type Ctx = GraphQLContext;

export const skillResolvers = {
  Skill: {
    broader: async (s: SkillRecord, _: unknown, ctx: Ctx) => targets(await ctx.loaders.skillBroader.load(s.id), ctx.loaders.skill),
    narrower: async (s: SkillRecord, _: unknown, ctx: Ctx) => targets(await ctx.loaders.skillNarrower.load(s.id), ctx.loaders.skill),
    related: async (s: SkillRecord, _: unknown, ctx: Ctx) => targets(await ctx.loaders.skillRelated.load(s.id), ctx.loaders.skill),
    events: async (s: SkillRecord, _: unknown, ctx: Ctx) => targets(await ctx.loaders.skillEvents.load(s.id), ctx.loaders.event),
    people: async (s: SkillRecord, _: unknown, ctx: Ctx) =>
      follow(await ctx.loaders.skillHolders.load(s.id), ctx.loaders.person, (person, l) => ({ person, level: l.level })),
    neededBy: async (s: SkillRecord, _: unknown, ctx: Ctx) =>
      follow(await ctx.loaders.skillNeededBy.load(s.id), ctx.loaders.project, (project, l) => ({
        project,
        skill: s,
        level: l.level,
        note: null,
      })),
  },
};
