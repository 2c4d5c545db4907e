import type { GraphStore } from '../graph/store';
import {
  clampFirst,
  expandSkills,
  MAX_SKILLS,
  rankPeople,
  AVAILABILITIES,
} from './find-collaborators';
import { openCallNeeds, openCallOfProject, projectsOfPerson, skillsById, skillsOfPerson } from './queries';
import { scoreMatch } from './score';
import type { CollaboratorMatch, MatchedSkill, PartialSkillMatch } from './types';

/**
 * Open calls: projects NEED skills. Members are ranked for a project's needs exactly like
 * findCollaborators (ANY mode, level measured against the level needed), and a person
 * sees the open calls their skills answer.
 */

export const DEFAULT_OPEN_CALL_RESULTS = 10;
export const MAX_OPEN_CALL_RESULTS = 50;

export interface OpenCallMatch {
  projectId: string;
  score: number;
  matchedSkills: MatchedSkill[];
  partialMatches: PartialSkillMatch[];
}

/**
 * Members who match a project's open call, best first; empty when the project is not
 * public, its call is closed, or it needs nothing. Its own contributors are left out. The
 * five most demanding needs count (the search's skill limit).
 */
export async function matchingMembers(
  store: GraphStore,
  projectId: string,
  first: number | null | undefined,
  viewerPersonId: string | null = null,
): Promise<CollaboratorMatch[]> {
  return store.read(async (tx) => {
    const rows = await tx.run(openCallOfProject, { id: projectId });
    if (rows[0]?.callOpen !== true) return [];
    const needs = rows
      .flatMap((r) => (r.skillId ? [{ skillId: r.skillId, level: r.level ?? 1 }] : []))
      .slice(0, MAX_SKILLS);
    if (needs.length === 0) return [];
    const wanted = await tx.run(skillsById, { ids: needs.map((n) => n.skillId) });
    const neededLevels = new Map(needs.map((n) => [n.skillId, n.level]));
    const results = await rankPeople(tx, {
      wanted: needs.map((n) => n.skillId),
      expansion: await expandSkills(tx, wanted),
      mode: 'ANY',
      minLevel: 1,
      availability: [...AVAILABILITIES],
      sector: null,
      organizationKind: null,
      excludeMembersOf: null,
      excludeContributorsOf: projectId,
      neededLevels,
      viewerPersonId,
      first: clampFirst(first, DEFAULT_OPEN_CALL_RESULTS, MAX_OPEN_CALL_RESULTS),
    });
    return results.matches;
  });
}

/**
 * Open calls whose needs the person's skills answer (exactly or partially), best first,
 * scored with the same formula as the collaborator search (without the terms about the
 * person alone: availability, endorsements, closeness). Projects the person already
 * contributes to are left out.
 */
export async function matchingCalls(
  store: GraphStore,
  personId: string,
  first: number | null | undefined,
): Promise<OpenCallMatch[]> {
  return store.read(async (tx) => {
    const held = new Map((await tx.run(skillsOfPerson, { id: personId })).map((r) => [r.skillId, r.level]));
    if (held.size === 0) return [];
    const own = new Set((await tx.run(projectsOfPerson, { id: personId })).map((r) => r.projectId));
    const needsByProject = new Map<string, Map<string, number>>();
    for (const need of await tx.run(openCallNeeds)) {
      if (own.has(need.projectId)) continue;
      const needs = needsByProject.get(need.projectId) ?? new Map<string, number>();
      needs.set(need.skillId, need.level ?? 1);
      needsByProject.set(need.projectId, needs);
    }
    const neededIds = [...new Set([...needsByProject.values()].flatMap((needs) => [...needs.keys()]))];
    if (neededIds.length === 0) return [];
    const expansion = await expandSkills(tx, await tx.run(skillsById, { ids: neededIds }));

    const calls: OpenCallMatch[] = [];
    for (const [projectId, needs] of needsByProject) {
      const matchedSkills: MatchedSkill[] = [];
      for (const skillId of needs.keys()) {
        const level = held.get(skillId);
        if (level !== undefined) matchedSkills.push({ skillId, level, endorsements: 0 });
      }
      const partialMatches: PartialSkillMatch[] = [];
      for (const [viaId, level] of held) {
        for (const link of expansion.get(viaId) ?? []) {
          if (needs.has(link.wantedId)) partialMatches.push({ wantedId: link.wantedId, viaId, relation: link.relation, level });
        }
      }
      const scored = scoreMatch({
        requested: needs.size,
        matchedSkills,
        partialMatches,
        availability: '',
        closeness: null,
        neededLevels: needs,
      });
      if (matchedSkills.length + scored.partialMatches.length === 0) continue;
      calls.push({ projectId, score: scored.score, matchedSkills, partialMatches: scored.partialMatches });
    }
    calls.sort((a, b) => b.score - a.score || (a.projectId < b.projectId ? -1 : 1));
    return calls.slice(0, clampFirst(first, DEFAULT_OPEN_CALL_RESULTS, MAX_OPEN_CALL_RESULTS));
  });
}
