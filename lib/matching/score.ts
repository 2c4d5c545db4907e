import type { MatchedSkill, PartialSkillMatch, ScoreBreakdown, SkillRelation } from './types';

/**
 * How a person is scored for a skill search. Pure: the ranking query gathers the
 * evidence (lib/matching/find-collaborators.ts), this module turns it into points, and
 * the same breakdown is shown to the user as the reason for the rank.
 *
 * With k requested skills, the score is the sum of six terms:
 *
 *   coverage     = COVERAGE_WEIGHT × (exactly matched skills / k)
 *   level        = LEVEL_WEIGHT × Σ over exact matches (level / 5) / k
 *                  (open calls: min(level, needed) / needed, see `neededLevels`)
 *   partial      = Σ over requested skills covered only partially, of
 *                  RELATION_FACTOR[relation] × (COVERAGE_WEIGHT + LEVEL_WEIGHT × level share) / k
 *                  (the best partial match per requested skill counts)
 *   endorsements = ENDORSEMENT_POINTS × min(endorsements of exact matches, ENDORSEMENT_CAP)
 *   availability = AVAILABILITY_POINTS[availability]  (OPEN > LIMITED > UNAVAILABLE)
 *   closeness    = CLOSENESS_POINTS[closest link to the viewer]  (0 for visitors)
 *
 * Skill fit dominates (up to 70 points); the other terms (up to 10 + 6 + 12) order
 * people of similar fit. The factors are below 54/70, so any exact match of a skill, even
 * at level 1 (54/k), beats any partial match of it (at most 49/k).
 */
export const COVERAGE_WEIGHT = 50;
export const LEVEL_WEIGHT = 20;
export const MAX_LEVEL = 5;

/** How much of an exact match a partial one is worth, by how the skills relate. */
export const RELATION_FACTOR: Readonly<Record<SkillRelation, number>> = {
  /** Another name for the same thing (a shared alias). */
  ALIAS: 0.7,
  /** A specialisation of the requested skill: a video editor for "video production". */
  NARROWER: 0.6,
  /** A sibling skill (RELATED_TO). */
  RELATED: 0.5,
  /** The umbrella of the requested skill: "video production" for "video editing". */
  BROADER: 0.4,
};

export const ENDORSEMENT_POINTS = 2;
/** Endorsements past this many add nothing: a few peers vouching is the signal. */
export const ENDORSEMENT_CAP = 5;

export const AVAILABILITY_POINTS: Readonly<Record<string, number>> = { OPEN: 6, LIMITED: 3, UNAVAILABLE: 0 };

/** The closest link between the signed-in viewer and a person. */
export type Closeness = 'PROJECT' | 'ORGANIZATION' | 'SECOND_DEGREE';

export const CLOSENESS_POINTS: Readonly<Record<Closeness, number>> = {
  /** They contribute to the same project. */
  PROJECT: 12,
  /** They belong to the same organization. */
  ORGANIZATION: 8,
  /** A collaborator of one of the viewer's collaborators (through projects or organizations). */
  SECOND_DEGREE: 4,
};

/** What the ranking query found about one person. */
export interface MatchEvidence {
  /** How many skills were asked for (k). */
  requested: number;
  matchedSkills: readonly MatchedSkill[];
  /** Every partial match found; only the best per requested skill not matched exactly counts. */
  partialMatches: readonly PartialSkillMatch[];
  availability: string;
  closeness: Closeness | null;
  /**
   * For open calls: the level each requested skill is needed at. A level at or above the
   * need earns the full level points; below it, the share reached (level / needed).
   * Without it, level points grow with the level up to 5.
   */
  neededLevels?: ReadonlyMap<string, number>;
}

export interface Scored {
  score: number;
  breakdown: ScoreBreakdown;
  /** The partial matches that scored: the best one per requested skill not matched exactly. */
  partialMatches: PartialSkillMatch[];
  endorsements: number;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** The share of the level points a level earns for a skill: level / 5, or level / needed (at most 1). */
export function levelShare(level: number, needed?: number): number {
  const target = needed && needed > 0 ? Math.min(needed, MAX_LEVEL) : MAX_LEVEL;
  return Math.min(level, target) / target;
}

/** Points of one partial match, before dividing by k. */
function partialPoints(p: PartialSkillMatch, neededLevels?: ReadonlyMap<string, number>): number {
  return RELATION_FACTOR[p.relation] * (COVERAGE_WEIGHT + LEVEL_WEIGHT * levelShare(p.level, neededLevels?.get(p.wantedId)));
}

/** Keeps the best partial match per requested skill that has no exact match (ties: higher level, then via id). */
export function bestPartials(
  evidence: Pick<MatchEvidence, 'matchedSkills' | 'partialMatches' | 'neededLevels'>,
): PartialSkillMatch[] {
  const exact = new Set(evidence.matchedSkills.map((m) => m.skillId));
  const points = (p: PartialSkillMatch) => partialPoints(p, evidence.neededLevels);
  const best = new Map<string, PartialSkillMatch>();
  for (const p of evidence.partialMatches) {
    if (exact.has(p.wantedId)) continue;
    const current = best.get(p.wantedId);
    const better =
      !current || points(p) > points(current) || (points(p) === points(current) && p.viaId < current.viaId);
    if (better) best.set(p.wantedId, p);
  }
  return [...best.values()];
}

/** Scores one person; the breakdown's terms add up to the score (each rounded to 0.001). */
export function scoreMatch(evidence: MatchEvidence): Scored {
  const k = Math.max(evidence.requested, 1);
  const partials = bestPartials(evidence);
  const endorsements = evidence.matchedSkills.reduce((sum, m) => sum + m.endorsements, 0);
  const breakdown: ScoreBreakdown = {
    coverage: round((COVERAGE_WEIGHT * evidence.matchedSkills.length) / k),
    level: round(
      evidence.matchedSkills.reduce(
        (sum, m) => sum + LEVEL_WEIGHT * levelShare(m.level, evidence.neededLevels?.get(m.skillId)),
        0,
      ) / k,
    ),
    partial: round(partials.reduce((sum, p) => sum + partialPoints(p, evidence.neededLevels), 0) / k),
    endorsements: round(ENDORSEMENT_POINTS * Math.min(endorsements, ENDORSEMENT_CAP)),
    availability: AVAILABILITY_POINTS[evidence.availability] ?? 0,
    closeness: evidence.closeness ? CLOSENESS_POINTS[evidence.closeness] : 0,
  };
  const score = round(
    breakdown.coverage + breakdown.level + breakdown.partial + breakdown.endorsements + breakdown.availability + breakdown.closeness,
  );
  return { score, breakdown, partialMatches: partials, endorsements };
}

/** Orders scored results: higher score first, then the id, so equal scores keep a stable order. */
export function compareScored<T extends { score: number; personId: string }>(a: T, b: T): number {
  return b.score - a.score || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0);
}
