import type { GraphStore } from '../graph/store';
import { compareNames } from '../directory/collaborators';
import { holdersByLevel, holdersPerSkill, neededSkills, openCallNeeds } from './gap-queries';

/**
 * Skill gaps, both ways: what open calls need that few or no members offer, and what
 * many members offer that no project needs. "Projects" are public ones; a need counts
 * for `needed` only while the project's call is open, and rules a skill out of `unused`
 * whatever the project's status, since it is still listed as a need.
 */

export const GAPS_DEFAULT = 20;
export const GAPS_MAX = 50;

export interface SkillGap {
  skillId: string;
  /** Public projects with an open call that need the skill. */
  projectIds: string[];
  /** The lowest level any of those projects asks for (1 where none says). */
  level: number;
  /** Public people holding the skill at that level or above. */
  people: number;
}

export interface SkillSupply {
  skillId: string;
  people: number;
}

export interface SkillGaps {
  needed: SkillGap[];
  unused: SkillSupply[];
}

/** The length of each list: `first` clamped to 1..50, 20 when absent. */
export function clampGapCount(first: number | null | undefined): number {
  if (first === null || first === undefined || !Number.isFinite(first)) return GAPS_DEFAULT;
  return Math.min(GAPS_MAX, Math.max(1, Math.trunc(first)));
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Needed skills, scarcest first (nobody first; then more projects waiting, then name),
 * and unused skills, most held first (then name). Four statements in one snapshot.
 */
export async function skillGaps(store: GraphStore, first?: number | null): Promise<SkillGaps> {
  const limit = clampGapCount(first);
  const { needs, holders, supply, needed } = await store.read(async (tx) => {
    // Sequential on purpose: a unit of work holds one connection.
    const needs = await tx.run(openCallNeeds);
    const ids = [...new Set(needs.map((n) => n.skillId))];
    const holders = ids.length > 0 ? await tx.run(holdersByLevel, { ids }) : [];
    const supply = await tx.run(holdersPerSkill);
    const needed = await tx.run(neededSkills);
    return { needs, holders, supply, needed };
  });

  const gaps = new Map<string, { name: string; projectIds: Set<string>; level: number }>();
  for (const need of needs) {
    const gap = gaps.get(need.skillId) ?? { name: need.skillName, projectIds: new Set<string>(), level: Number.POSITIVE_INFINITY };
    gap.projectIds.add(need.projectId);
    gap.level = Math.min(gap.level, need.level ?? 1);
    gaps.set(need.skillId, gap);
  }
  const neededList = [...gaps].map(([skillId, gap]) => {
    const people = holders
      .filter((h) => h.skillId === skillId && h.level >= gap.level)
      .reduce((sum, h) => sum + h.people, 0);
    return { skillId, name: gap.name, projectIds: [...gap.projectIds].sort(byId), level: gap.level, people };
  });
  neededList.sort(
    (a, b) => a.people - b.people || b.projectIds.length - a.projectIds.length || compareNames(a.name, b.name) || byId(a.skillId, b.skillId),
  );

  const neededIds = new Set(needed.map((n) => n.skillId));
  const unusedList = supply
    .filter((s) => !neededIds.has(s.skillId))
    .sort((a, b) => b.people - a.people || compareNames(a.skillName, b.skillName) || byId(a.skillId, b.skillId));

  return {
    needed: neededList.slice(0, limit).map(({ skillId, projectIds, level, people }) => ({ skillId, projectIds, level, people })),
    unused: unusedList.slice(0, limit).map(({ skillId, people }) => ({ skillId, people })),
  };
}
