import type { GraphStore } from '../graph/store';
import { compareNames } from '../directory/collaborators';
import { membersHoldingSkills, skillsBySlug } from './team-queries';

/**
 * Teams: organizations whose current public members, between them, hold a set of skills
 * ("an association that can run a video course"). A skill counts as covered when at least
 * one member holds exactly that skill; related or broader skills do not count here, since
 * a team is judged on what its people actually list.
 */

export const TEAM_SKILLS_MAX = 5;
export const TEAMS_DEFAULT = 10;
export const TEAMS_MAX = 20;

export const ORGANIZATION_KINDS = ['STARTUP', 'COMPANY', 'ASSOCIATION', 'COOPERATIVE', 'INSTITUTION', 'COLLECTIVE', 'HUB'] as const;

/** A team search the caller got wrong; `field` names the argument. */
export class InvalidTeamSearchError extends Error {
  constructor(
    readonly field: 'skills' | 'organizationKind',
    message: string,
  ) {
    super(message);
    this.name = 'InvalidTeamSearchError';
  }
}

export interface TeamMember {
  personId: string;
  level: number;
}

export interface TeamSkill {
  skillId: string;
  /** The highest level any member holds the skill at. */
  bestLevel: number;
  /** Members holding the skill, highest level first. */
  members: TeamMember[];
}

export interface TeamMatch {
  organizationId: string;
  organizationName: string;
  /** Share of the requested skills covered, 0..1. */
  coverage: number;
  /** Covered skills, in the order they were asked for. */
  covered: TeamSkill[];
  /** Skill ids nobody in the organization holds, in the order asked for. */
  missing: string[];
}

/** The number of teams to return: `first` clamped to 1..20, 10 when absent. */
export function clampTeamCount(first: number | null | undefined): number {
  if (first === null || first === undefined || !Number.isFinite(first)) return TEAMS_DEFAULT;
  return Math.min(TEAMS_MAX, Math.max(1, Math.trunc(first)));
}

/** Skill ids for 1..5 distinct slugs, in the order given; throws InvalidTeamSearchError otherwise. */
export async function resolveSkillSlugs(store: GraphStore, slugs: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(slugs.map((s) => s.trim()).filter((s) => s.length > 0))];
  if (wanted.length === 0) throw new InvalidTeamSearchError('skills', 'Choose at least one skill');
  if (wanted.length > TEAM_SKILLS_MAX) {
    throw new InvalidTeamSearchError('skills', `Choose at most ${TEAM_SKILLS_MAX} skills`);
  }
  const rows = await store.query(skillsBySlug, { slugs: wanted });
  const idOf = new Map(rows.map((r) => [r.slug, r.id]));
  const unknown = wanted.filter((slug) => !idOf.has(slug));
  if (unknown.length > 0) throw new InvalidTeamSearchError('skills', `Unknown skill: ${unknown.join(', ')}`);
  return wanted.map((slug) => idOf.get(slug) ?? '');
}

/** Today in Rome, as YYYY-MM-DD, to tell current memberships from ended ones. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
}

/**
 * Organizations whose current public members cover `skills` (slugs), ranked by coverage,
 * then by the sum of the best level per covered skill, then by name.
 */
export async function findTeams(
  store: GraphStore,
  skills: readonly string[],
  organizationKind: string | null | undefined,
  first?: number | null,
): Promise<TeamMatch[]> {
  if (organizationKind && !(ORGANIZATION_KINDS as readonly string[]).includes(organizationKind)) {
    throw new InvalidTeamSearchError('organizationKind', `Unknown organization kind: ${organizationKind}`);
  }
  const skillIds = await resolveSkillSlugs(store, skills);
  const kinds = organizationKind ? [organizationKind] : [...ORGANIZATION_KINDS];
  const rows = await store.query(membersHoldingSkills, { skillIds, kinds, today: today() });

  const byOrganization = new Map<string, { name: string; skills: Map<string, TeamMember[]> }>();
  for (const row of rows) {
    let org = byOrganization.get(row.organizationId);
    if (!org) byOrganization.set(row.organizationId, (org = { name: row.organizationName, skills: new Map() }));
    const members = org.skills.get(row.skillId) ?? [];
    members.push({ personId: row.personId, level: row.level });
    org.skills.set(row.skillId, members);
  }

  const teams: TeamMatch[] = [...byOrganization].map(([organizationId, org]) => {
    const covered: TeamSkill[] = [];
    const missing: string[] = [];
    for (const skillId of skillIds) {
      const members = org.skills.get(skillId);
      if (!members || members.length === 0) {
        missing.push(skillId);
        continue;
      }
      members.sort((a, b) => b.level - a.level || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
      covered.push({ skillId, bestLevel: members[0]?.level ?? 0, members });
    }
    return { organizationId, organizationName: org.name, coverage: covered.length / skillIds.length, covered, missing };
  });

  return teams.sort(compareTeams).slice(0, clampTeamCount(first));
}

function levelSum(team: TeamMatch): number {
  return team.covered.reduce((sum, s) => sum + s.bestLevel, 0);
}

/** Coverage first, then summed best levels, then name (then id, for a stable order). */
export function compareTeams(a: TeamMatch, b: TeamMatch): number {
  return (
    b.coverage - a.coverage ||
    levelSum(b) - levelSum(a) ||
    compareNames(a.organizationName, b.organizationName) ||
    (a.organizationId < b.organizationId ? -1 : a.organizationId > b.organizationId ? 1 : 0)
  );
}
