import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';
import { EARLIER_AT, EARLIER_SINCE, STRONGER_LEVEL } from './rules';

/**
 * Moving a merged skill's relationships to the kept skill, one literal text per
 * (relationship type, direction). Every text takes exactly $keepId and $mergeId.
 * `strengthen` texts update the kept skill's own copy of a relationship both skills
 * have; `move` texts recreate, on the kept skill, the relationships it lacks (the merged
 * skill's originals go with its DETACH DELETE). Links between the two skills are dropped.
 */

type Moved = { n: number };

// (Person)-[:HAS_SKILL]->(Skill)
export const skillHasSkillInStrengthen = defineQuery(
  'merge.skill.HAS_SKILL.in.strengthen',
  `MATCH (m:${NODE.Skill} {id: $mergeId})<-[r:${REL.HAS_SKILL}]-(x:${NODE.Person})-[k:${REL.HAS_SKILL}]->(keep:${NODE.Skill} {id: $keepId})
   SET k.level = ${STRONGER_LEVEL}, k.since = ${EARLIER_SINCE}`,
);
export const skillHasSkillInMove = defineQuery<Moved>(
  'merge.skill.HAS_SKILL.in.move',
  `MATCH (m:${NODE.Skill} {id: $mergeId})<-[r:${REL.HAS_SKILL}]-(x:${NODE.Person}), (keep:${NODE.Skill} {id: $keepId})
   WHERE NOT EXISTS { MATCH (x)-[:${REL.HAS_SKILL}]->(keep) }
   CREATE (x)-[:${REL.HAS_SKILL} {level: r.level, since: r.since}]->(keep)
   RETURN count(*) AS n`,
);

// (Project)-[:NEEDS]->(Skill)
export const skillNeedsInStrengthen = defineQuery(
  'merge.skill.NEEDS.in.strengthen',
  `MATCH (m:${NODE.Skill} {id: $mergeId})<-[r:${REL.NEEDS}]-(x:${NODE.Project})-[k:${REL.NEEDS}]->(keep:${NODE.Skill} {id: $keepId})
   SET k.level = ${STRONGER_LEVEL}, k.note = coalesce(k.note, r.note)`,
);
export const skillNeedsInMove = defineQuery<Moved>(
  'merge.skill.NEEDS.in.move',
  `MATCH (m:${NODE.Skill} {id: $mergeId})<-[r:${REL.NEEDS}]-(x:${NODE.Project}), (keep:${NODE.Skill} {id: $keepId})
   WHERE NOT EXISTS { MATCH (x)-[:${REL.NEEDS}]->(keep) }
   CREATE (x)-[:${REL.NEEDS} {level: r.level, note: r.note}]->(keep)
   RETURN count(*) AS n`,
);

// (Skill)-[:BROADER]->(Skill): directed, both ways.
export const skillBroaderOutMove = defineQuery<Moved>(
  'merge.skill.BROADER.out.move',
  `MATCH (m:${NODE.Skill} {id: $mergeId})-[:${REL.BROADER}]->(x:${NODE.Skill}), (keep:${NODE.Skill} {id: $keepId})
   WHERE x.id <> $keepId AND x.id <> $mergeId AND NOT EXISTS { MATCH (keep)-[:${REL.BROADER}]->(x) }
   CREATE (keep)-[:${REL.BROADER}]->(x)
   RETURN count(*) AS n`,
);
export const skillBroaderInMove = defineQuery<Moved>(
  'merge.skill.BROADER.in.move',
  `MATCH (m:${NODE.Skill} {id: $mergeId})<-[:${REL.BROADER}]-(x:${NODE.Skill}), (keep:${NODE.Skill} {id: $keepId})
   WHERE x.id <> $keepId AND x.id <> $mergeId AND NOT EXISTS { MATCH (x)-[:${REL.BROADER}]->(keep) }
   CREATE (x)-[:${REL.BROADER}]->(keep)
   RETURN count(*) AS n`,
);

// (Skill)-[:RELATED_TO]->(Skill): stored once per pair, so either direction is a duplicate.
export const skillRelatedOutMove = defineQuery<Moved>(
  'merge.skill.RELATED_TO.out.move',
  `MATCH (m:${NODE.Skill} {id: $mergeId})-[:${REL.RELATED_TO}]->(x:${NODE.Skill}), (keep:${NODE.Skill} {id: $keepId})
   WHERE x.id <> $keepId AND x.id <> $mergeId AND NOT EXISTS { MATCH (keep)-[:${REL.RELATED_TO}]-(x) }
   CREATE (keep)-[:${REL.RELATED_TO}]->(x)
   RETURN count(*) AS n`,
);
export const skillRelatedInMove = defineQuery<Moved>(
  'merge.skill.RELATED_TO.in.move',
  `MATCH (m:${NODE.Skill} {id: $mergeId})<-[:${REL.RELATED_TO}]-(x:${NODE.Skill}), (keep:${NODE.Skill} {id: $keepId})
   WHERE x.id <> $keepId AND x.id <> $mergeId AND NOT EXISTS { MATCH (keep)-[:${REL.RELATED_TO}]-(x) }
   CREATE (x)-[:${REL.RELATED_TO}]->(keep)
   RETURN count(*) AS n`,
);

// (Event)-[:TEACHES_SKILL]->(Skill)
export const skillTeachesSkillInMove = defineQuery<Moved>(
  'merge.skill.TEACHES_SKILL.in.move',
  `MATCH (m:${NODE.Skill} {id: $mergeId})<-[:${REL.TEACHES_SKILL}]-(x:${NODE.Event}), (keep:${NODE.Skill} {id: $keepId})
   WHERE NOT EXISTS { MATCH (x)-[:${REL.TEACHES_SKILL}]->(keep) }
   CREATE (x)-[:${REL.TEACHES_SKILL}]->(keep)
   RETURN count(*) AS n`,
);

/**
 * Endorsements name their skill by id (ENDORSES.skill). Where the same person endorsed
 * the same person for both skills, the kept skill's endorsement keeps the earlier time
 * and the merged skill's one goes; the others are re-pointed to the kept skill.
 */
export const endorsementsOfBothSkillsStrengthen = defineQuery(
  'merge.skill.ENDORSES.skill.strengthen',
  `MATCH (a:${NODE.Person})-[r:${REL.ENDORSES}]->(b:${NODE.Person}), (a)-[k:${REL.ENDORSES}]->(b)
   WHERE r.skill = $mergeId AND k.skill = $keepId
   SET k.at = ${EARLIER_AT}`,
);
export const endorsementsOfBothSkillsDelete = defineQuery<Moved>(
  'merge.skill.ENDORSES.skill.delete',
  `MATCH (a:${NODE.Person})-[r:${REL.ENDORSES}]->(b:${NODE.Person}), (a)-[k:${REL.ENDORSES}]->(b)
   WHERE r.skill = $mergeId AND k.skill = $keepId
   DELETE r
   RETURN count(*) AS n`,
);
export const endorsementsRepoint = defineQuery<Moved>(
  'merge.skill.ENDORSES.skill.repoint',
  `MATCH (a:${NODE.Person})-[r:${REL.ENDORSES}]->(b:${NODE.Person})
   WHERE r.skill = $mergeId
   SET r.skill = $keepId
   RETURN count(*) AS n`,
);

/** The people holding a skill, with every skill of theirs, to recompute their searchText. */
export const holdersWithSkills = defineQuery<{
  id: string;
  name: string;
  headline: string | null;
  bio: string | null;
  skillName: string | null;
  skillNameEn: string | null;
  skillAliases: string[] | null;
}>(
  'merge.skill.holdersWithSkills',
  `MATCH (:${NODE.Skill} {id: $id})<-[:${REL.HAS_SKILL}]-(p:${NODE.Person})-[:${REL.HAS_SKILL}]->(s:${NODE.Skill})
   RETURN p.id AS id, p.name AS name, p.headline AS headline, p.bio AS bio,
          s.name AS skillName, s.nameEn AS skillNameEn, s.aliases AS skillAliases
   ORDER BY id`,
);
