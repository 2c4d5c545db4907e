import type { Viewer } from '../auth/viewer';

/**
 * The contract of the matching domain (find collaborators by skill), shared by the
 * service, the API, the page and the benchmark.
 */
export type SkillMatchMode = 'ALL' | 'ANY';
export type SkillRelation = 'RELATED' | 'BROADER' | 'NARROWER' | 'ALIAS';

export interface CollaboratorSearchInput {
  /** Skill slugs, 1..5. */
  skills: string[];
  mode: SkillMatchMode;
  minLevel?: number | null;
  availability?: string[] | null;
  sector?: string | null;
  organizationKind?: string | null;
  excludeMyOrganizations?: boolean | null;
  /** Page size, clamped 1..50. */
  first?: number | null;
}

export interface ScoreBreakdown {
  coverage: number;
  level: number;
  partial: number;
  endorsements: number;
  availability: number;
  closeness: number;
}

export interface MatchedSkill {
  skillId: string;
  level: number;
  endorsements: number;
}

export interface PartialSkillMatch {
  wantedId: string;
  viaId: string;
  relation: SkillRelation;
  level: number;
}

export interface CollaboratorMatch {
  personId: string;
  score: number;
  breakdown: ScoreBreakdown;
  matchedSkills: MatchedSkill[];
  partialMatches: PartialSkillMatch[];
  endorsements: number;
  /** Entity ids from the viewer's person to this person, both included; null when none. */
  path: string[] | null;
  /**
   * What a results list shows of the person, from the skill index when it answered
   * (the API serves it without a lookup when nothing else is asked of the person).
   */
  summary?: PersonSummary;
}

/** A person as a results list shows them: the public fields the skill index keeps. */
export interface PersonSummary {
  id: string;
  slug: string;
  name: string;
  headline: string | null;
  availability: string;
}

export interface CollaboratorResults {
  totalCount: number;
  matches: CollaboratorMatch[];
}

/** The service's entry point: `findCollaborators(store, input, viewer)` in find-collaborators.ts. */
export type FindCollaborators = (
  store: import('../graph/store').GraphStore,
  input: CollaboratorSearchInput,
  viewer: Viewer | null,
) => Promise<CollaboratorResults>;
