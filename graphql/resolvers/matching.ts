import { GraphQLError, Kind, type GraphQLResolveInfo } from 'graphql';
import { isStaff } from '@/lib/auth/viewer';
import type { EntityRecord, OrganizationRecord, PersonRecord, ProjectRecord } from '@/lib/directory/model';
import { findCollaborators, InvalidMatchInputError } from '@/lib/matching/find-collaborators';
import { matchingCalls, matchingMembers, type OpenCallMatch } from '@/lib/matching/open-calls';
import { MAX_HOPS, shortestPath } from '@/lib/matching/path';
import type { CollaboratorMatch, CollaboratorSearchInput, MatchedSkill, PartialSkillMatch } from '@/lib/matching/types';
import type { GraphQLContext } from '../context';
import { badInput, ErrorCode } from '../errors';

type Ctx = GraphQLContext;

/** The fields of a Person that a PersonSummary answers (lib/matching/types.ts). */
const SUMMARY_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'slug', 'name', 'headline', 'availability']);

/** Whether the selection is plain fields among `fields` only (no fragments, directives or sub-selections). */
function asksOnly(info: GraphQLResolveInfo, fields: ReadonlySet<string>): boolean {
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every(
      (s) => s.kind === Kind.FIELD && fields.has(s.name.value) && !s.selectionSet && (s.directives?.length ?? 0) === 0,
    ),
  );
}

interface FindCollaboratorsArgs {
  search: Omit<CollaboratorSearchInput, 'first'>;
  first?: number | null;
}

interface HowConnectedArgs {
  from: string;
  to: string;
  maxHops?: number | null;
}

/** Longest id we accept (ids are UUIDs); anything longer is not an id. */
const MAX_ID_LENGTH = 100;

/**
 * Entities of a path (people, organizations, projects) through the request's loaders:
 * each id is asked of the three loaders, which batch across every path of the page, so a
 * page of paths costs three statements.
 */
async function entitiesOf(ids: readonly string[], ctx: Ctx): Promise<EntityRecord[] | null> {
  const found = await Promise.all(
    ids.map(async (id) => {
      const [person, organization, project] = await Promise.all([
        ctx.loaders.person.load(id),
        ctx.loaders.organization.load(id),
        ctx.loaders.project.load(id),
      ]);
      return person ?? organization ?? project;
    }),
  );
  // A step that is no longer public breaks the chain: show no path rather than a gap.
  const steps = found.filter((e): e is PersonRecord | OrganizationRecord | ProjectRecord => e !== null);
  return steps.length === ids.length ? steps : null;
}

/** Collaborator search, "how are we connected" and open calls: thin calls into lib/matching. */
export const matchingResolvers = {
  Query: {
    findCollaborators: async (_: unknown, { search, first }: FindCollaboratorsArgs, ctx: Ctx) => {
      try {
        return await findCollaborators(ctx.store, { ...search, first }, ctx.viewer);
      } catch (error) {
        if (error instanceof InvalidMatchInputError) throw badInput(error.message, error.field);
        throw error;
      }
    },
    howConnected: async (_: unknown, { from, to, maxHops }: HowConnectedArgs, ctx: Ctx) => {
      const hops = maxHops ?? MAX_HOPS;
      if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
        throw badInput(`maxHops must be a whole number from 1 to ${MAX_HOPS}`, 'maxHops');
      }
      if (from.length > MAX_ID_LENGTH) throw badInput('Not an entity id', 'from');
      if (to.length > MAX_ID_LENGTH) throw badInput('Not an entity id', 'to');
      const ids = await shortestPath(ctx.store, from, to, hops);
      if (!ids) return null;
      const steps = await entitiesOf(ids, ctx);
      return steps ? { hops: steps.length - 1, steps } : null;
    },
  },
  CollaboratorMatch: {
    // A results list that asks only for what the skill index keeps gets it without a
    // lookup (at 100,000 people each lookup costs about 1 ms, most of the API's share);
    // anything more of the person comes from the loader.
    person: (m: CollaboratorMatch, _: unknown, ctx: Ctx, info: GraphQLResolveInfo) =>
      m.summary && asksOnly(info, SUMMARY_FIELDS) ? m.summary : ctx.loaders.person.load(m.personId),
    path: (m: CollaboratorMatch, _: unknown, ctx: Ctx) => (m.path ? entitiesOf(m.path, ctx) : null),
  },
  MatchedSkill: {
    skill: (m: MatchedSkill, _: unknown, ctx: Ctx) => ctx.loaders.skill.load(m.skillId),
  },
  PartialSkillMatch: {
    wanted: (m: PartialSkillMatch, _: unknown, ctx: Ctx) => ctx.loaders.skill.load(m.wantedId),
    via: (m: PartialSkillMatch, _: unknown, ctx: Ctx) => ctx.loaders.skill.load(m.viaId),
  },
  OpenCallMatch: {
    project: (m: OpenCallMatch, _: unknown, ctx: Ctx) => ctx.loaders.project.load(m.projectId),
  },
  Project: {
    matchingMembers: (p: ProjectRecord, { first }: { first?: number | null }, ctx: Ctx) =>
      matchingMembers(ctx.store, p.id, first, ctx.viewer?.personId ?? null),
  },
  Person: {
    matchingCalls: (p: PersonRecord, { first }: { first?: number | null }, ctx: Ctx) => {
      if (ctx.viewer?.personId !== p.id && !isStaff(ctx.viewer)) {
        throw new GraphQLError('Only this person and staff may see the open calls matching their skills', {
          extensions: { code: ErrorCode.FORBIDDEN },
        });
      }
      return matchingCalls(ctx.store, p.id, first);
    },
  },
};
