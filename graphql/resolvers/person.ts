import { canSeeContact } from '@/lib/auth/viewer';
import type { PersonRecord } from '@/lib/directory/model';
import type { GraphQLContext } from '../context';
import { day, follow } from './shared';

type Ctx = GraphQLContext;

export const personResolvers = {
  Person: {
    contact: (p: PersonRecord, _: unknown, ctx: Ctx) =>
      canSeeContact(ctx.viewer, p.id, p.contactVisibility)
        ? { email: p.email, phone: p.phone, website: p.website, visibility: p.contactVisibility }
        : null,
    skills: async (p: PersonRecord, _: unknown, ctx: Ctx) =>
      follow(await ctx.loaders.personSkills.load(p.id), ctx.loaders.skill, (skill, l) => ({
        skill,
        level: l.level,
        since: day(l.since),
      })),
    organizations: async (p: PersonRecord, _: unknown, ctx: Ctx) =>
      follow(await ctx.loaders.personMemberships.load(p.id), ctx.loaders.organization, (organization, l) => ({
        person: p,
        organization,
        role: l.role,
        since: day(l.since),
        until: day(l.until),
        isManager: l.isManager ?? false,
      })),
    projects: async (p: PersonRecord, _: unknown, ctx: Ctx) =>
      follow(await ctx.loaders.personContributions.load(p.id), ctx.loaders.project, (project, l) => ({
        project,
        person: p,
        organization: null,
        role: l.role,
        since: day(l.since),
        until: day(l.until),
      })),
    events: async (p: PersonRecord, _: unknown, ctx: Ctx) =>
      follow(await ctx.loaders.personEvents.load(p.id), ctx.loaders.event, (event, l) => ({
        event,
        role: l.teaches ? 'TEACHER' : 'ATTENDEE',
      })),
  },
};
