import type { EventRecord } from '@/lib/directory/model';
import type { GraphQLContext } from '../context';
import { follow, targets } from './shared';

type Ctx = GraphQLContext;

export const eventResolvers = {
  Event: {
    kind: (e: EventRecord) => e.eventKind,
    organizers: async (e: EventRecord, _: unknown, ctx: Ctx) => {
      const [organizations, people] = await Promise.all([
        ctx.loaders.eventOrganizations.load(e.id),
        ctx.loaders.eventPeople.load(e.id),
      ]);
      return [
        ...(await follow(organizations, ctx.loaders.organization, (organization, l) => ({ organization, person: null, role: l.role }))),
        ...(await follow(people, ctx.loaders.person, (person, l) => ({ organization: null, person, role: l.role }))),
      ];
    },
    teachers: async (e: EventRecord, _: unknown, ctx: Ctx) => targets(await ctx.loaders.eventTeachers.load(e.id), ctx.loaders.person),
    skills: async (e: EventRecord, _: unknown, ctx: Ctx) => targets(await ctx.loaders.eventSkills.load(e.id), ctx.loaders.skill),
    attendeeCount: async (e: EventRecord, _: unknown, ctx: Ctx) => (await ctx.loaders.eventAttendeeCounts.load(e.id))[0]?.n ?? 0,
  },
};
