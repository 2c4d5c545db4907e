import { compareNames } from '@/lib/directory/collaborators';
import type { PersonRecord, ProjectRecord } from '@/lib/directory/model';
import { skillGaps, type SkillGap, type SkillSupply } from '@/lib/matching/gaps';
import { findTeams, InvalidTeamSearchError, type TeamMatch, type TeamSkill } from '@/lib/matching/teams';
import type { GraphQLContext } from '../context';
import { badInput } from '../errors';
import { targets } from './shared';

type Ctx = GraphQLContext;

interface FindTeamsArgs {
  skills: string[];
  organizationKind?: string | null;
  first?: number | null;
}

const ids = (list: readonly string[]) => list.map((id) => ({ id }));

/** Teams (organizations covering skills) and skill gaps: thin calls into lib/matching. */
export const matchingTeamResolvers = {
  Query: {
    findTeams: async (_: unknown, { skills, organizationKind, first }: FindTeamsArgs, ctx: Ctx) => {
      try {
        return await findTeams(ctx.store, skills, organizationKind, first);
      } catch (error) {
        if (error instanceof InvalidTeamSearchError) throw badInput(error.message, error.field);
        throw error;
      }
    },
    skillGaps: (_: unknown, { first }: { first?: number | null }, ctx: Ctx) => skillGaps(ctx.store, first),
  },
  TeamMatch: {
    organization: (t: TeamMatch, _: unknown, ctx: Ctx) => ctx.loaders.organization.load(t.organizationId),
    missing: (t: TeamMatch, _: unknown, ctx: Ctx) => targets(ids(t.missing), ctx.loaders.skill),
  },
  TeamSkill: {
    skill: (s: TeamSkill, _: unknown, ctx: Ctx) => ctx.loaders.skill.load(s.skillId),
    members: async (s: TeamSkill, _: unknown, ctx: Ctx): Promise<PersonRecord[]> => {
      const levelOf = new Map(s.members.map((m) => [m.personId, m.level]));
      const people = await targets(ids(s.members.map((m) => m.personId)), ctx.loaders.person);
      return people.sort((a, b) => (levelOf.get(b.id) ?? 0) - (levelOf.get(a.id) ?? 0) || compareNames(a.name, b.name));
    },
  },
  SkillGap: {
    skill: (g: SkillGap, _: unknown, ctx: Ctx) => ctx.loaders.skill.load(g.skillId),
    projects: async (g: SkillGap, _: unknown, ctx: Ctx): Promise<ProjectRecord[]> =>
      (await targets(ids(g.projectIds), ctx.loaders.project)).sort((a, b) => compareNames(a.name, b.name)),
  },
  SkillSupply: {
    skill: (s: SkillSupply, _: unknown, ctx: Ctx) => ctx.loaders.skill.load(s.skillId),
  },
};
