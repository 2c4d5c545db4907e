import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';

/**
 * Queries of the skill-gaps view (lib/matching/gaps.ts): what open calls need, how many
 * people offer it, and what people offer that nothing needs. Rows carry ids and counts;
 * the service joins and ranks them. One text serves both engines.
 */

/** One row per (skill, public project with an open call that needs it). */
export const openCallNeeds = defineQuery<{ skillId: string; skillName: string; projectId: string; level: number | null }>(
  'matching.gaps.openCallNeeds',
  `MATCH (pr:${NODE.Project})-[n:${REL.NEEDS}]->(s:${NODE.Skill})
   WHERE pr.state = 'ACTIVE' AND pr.callOpen = true AND s.state = 'ACTIVE'
   RETURN s.id AS skillId, s.name AS skillName, pr.id AS projectId, n.level AS level`,
);

/** How many public people hold each of the skills $ids, per level. */
export const holdersByLevel = defineQuery<{ skillId: string; level: number; people: number }>(
  'matching.gaps.holdersByLevel',
  `MATCH (p:${NODE.Person})-[h:${REL.HAS_SKILL}]->(s:${NODE.Skill})
   WHERE s.id IN $ids AND p.state = 'ACTIVE'
   RETURN s.id AS skillId, h.level AS level, count(*) AS people`,
);

/** How many public people hold each public skill (skills nobody holds do not appear). */
export const holdersPerSkill = defineQuery<{ skillId: string; skillName: string; people: number }>(
  'matching.gaps.holdersPerSkill',
  `MATCH (p:${NODE.Person})-[:${REL.HAS_SKILL}]->(s:${NODE.Skill})
   WHERE p.state = 'ACTIVE' AND s.state = 'ACTIVE'
   RETURN s.id AS skillId, s.name AS skillName, count(*) AS people`,
);

/** Skills any public project needs, whatever its status or call. */
export const neededSkills = defineQuery<{ skillId: string }>(
  'matching.gaps.neededSkills',
  `MATCH (pr:${NODE.Project})-[:${REL.NEEDS}]->(s:${NODE.Skill})
   WHERE pr.state = 'ACTIVE'
   RETURN DISTINCT s.id AS skillId`,
);
