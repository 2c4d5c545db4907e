import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';

/**
 * Queries of the team search (lib/matching/teams.ts): which public organizations have
 * current, public members holding the requested skills. Rows carry ids and levels; the
 * service groups and ranks them. One text serves both engines.
 */

/** Public skills among the requested slugs, to validate the request and keep its order. */
export const skillsBySlug = defineQuery<{ id: string; slug: string }>(
  'matching.teams.skillsBySlug',
  `MATCH (s:${NODE.Skill}) WHERE s.slug IN $slugs AND s.state = 'ACTIVE'
   RETURN s.id AS id, s.slug AS slug`,
);

/**
 * One row per (organization, skill, member) where a current member holds the skill.
 * `$kinds` is the list of organization kinds allowed (every kind when unfiltered), so one
 * text serves both the filtered and the unfiltered search. The organization's name comes
 * along because the ranking breaks ties by it, and organizations are few.
 */
export const membersHoldingSkills = defineQuery<{
  organizationId: string;
  organizationName: string;
  skillId: string;
  personId: string;
  level: number;
}>(
  'matching.teams.membersHoldingSkills',
  `MATCH (s:${NODE.Skill})<-[h:${REL.HAS_SKILL}]-(p:${NODE.Person})-[m:${REL.MEMBER_OF}]->(o:${NODE.Organization})
   WHERE s.id IN $skillIds AND p.state = 'ACTIVE' AND o.state = 'ACTIVE' AND o.kind IN $kinds
     AND (m.until IS NULL OR m.until >= date($today))
   RETURN DISTINCT o.id AS organizationId, o.name AS organizationName, s.id AS skillId, p.id AS personId, h.level AS level`,
);
