import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';
import { EARLIER_AT, EARLIER_SINCE, EITHER_MANAGER, LATER_UNTIL, STRONGER_LEVEL } from './rules';

/**
 * Moving a merged person's relationships to the kept person, one literal text per
 * (relationship type, direction); see skill-queries.ts for the strengthen/move pattern.
 * Endorsements between the two people would become self-endorsements and are dropped.
 */

type Moved = { n: number };

// `WITH … WHERE NOT EXISTS` where a type has several endpoint pairs: Neo4j's analyser
// misreads the negated pattern of a plain `WHERE NOT EXISTS` there.

// (Person)-[:HAS_SKILL]->(Skill)
export const personHasSkillOutStrengthen = defineQuery(
  'merge.person.HAS_SKILL.out.strengthen',
  `MATCH (m:${NODE.Person} {id: $mergeId})-[r:${REL.HAS_SKILL}]->(x:${NODE.Skill})<-[k:${REL.HAS_SKILL}]-(keep:${NODE.Person} {id: $keepId})
   SET k.level = ${STRONGER_LEVEL}, k.since = ${EARLIER_SINCE}`,
);
export const personHasSkillOutMove = defineQuery<Moved>(
  'merge.person.HAS_SKILL.out.move',
  `MATCH (m:${NODE.Person} {id: $mergeId})-[r:${REL.HAS_SKILL}]->(x:${NODE.Skill}), (keep:${NODE.Person} {id: $keepId})
   WHERE NOT EXISTS { MATCH (keep)-[:${REL.HAS_SKILL}]->(x) }
   CREATE (keep)-[:${REL.HAS_SKILL} {level: r.level, since: r.since}]->(x)
   RETURN count(*) AS n`,
);

// (Person)-[:MEMBER_OF]->(Organization)
export const personMemberOfOutStrengthen = defineQuery(
  'merge.person.MEMBER_OF.out.strengthen',
  `MATCH (m:${NODE.Person} {id: $mergeId})-[r:${REL.MEMBER_OF}]->(x:${NODE.Organization})<-[k:${REL.MEMBER_OF}]-(keep:${NODE.Person} {id: $keepId})
   SET k.role = coalesce(k.role, r.role), k.since = ${EARLIER_SINCE}, k.until = ${LATER_UNTIL}, k.isManager = ${EITHER_MANAGER}`,
);
export const personMemberOfOutMove = defineQuery<Moved>(
  'merge.person.MEMBER_OF.out.move',
  `MATCH (m:${NODE.Person} {id: $mergeId})-[r:${REL.MEMBER_OF}]->(x:${NODE.Organization}), (keep:${NODE.Person} {id: $keepId})
   WHERE NOT EXISTS { MATCH (keep)-[:${REL.MEMBER_OF}]->(x) }
   CREATE (keep)-[:${REL.MEMBER_OF} {role: r.role, since: r.since, until: r.until, isManager: r.isManager}]->(x)
   RETURN count(*) AS n`,
);

// (Person)-[:CONTRIBUTES_TO]->(Project)
export const personContributesOutStrengthen = defineQuery(
  'merge.person.CONTRIBUTES_TO.out.strengthen',
  `MATCH (m:${NODE.Person} {id: $mergeId})-[r:${REL.CONTRIBUTES_TO}]->(x:${NODE.Project})<-[k:${REL.CONTRIBUTES_TO}]-(keep:${NODE.Person} {id: $keepId})
   SET k.role = coalesce(k.role, r.role), k.since = ${EARLIER_SINCE}, k.until = ${LATER_UNTIL}`,
);
export const personContributesOutMove = defineQuery<Moved>(
  'merge.person.CONTRIBUTES_TO.out.move',
  `MATCH (m:${NODE.Person} {id: $mergeId})-[r:${REL.CONTRIBUTES_TO}]->(x:${NODE.Project}), (keep:${NODE.Person} {id: $keepId})
   WITH keep, x, r WHERE NOT EXISTS { MATCH (keep)-[:${REL.CONTRIBUTES_TO}]->(x) }
   CREATE (keep)-[:${REL.CONTRIBUTES_TO} {role: r.role, since: r.since, until: r.until}]->(x)
   RETURN count(*) AS n`,
);

// (Person)-[:ENDORSES {skill}]->(Person): one endorsement per (endorser, endorsed, skill).
export const personEndorsesOutStrengthen = defineQuery(
  'merge.person.ENDORSES.out.strengthen',
  `MATCH (m:${NODE.Person} {id: $mergeId})-[r:${REL.ENDORSES}]->(x:${NODE.Person})<-[k:${REL.ENDORSES}]-(keep:${NODE.Person} {id: $keepId})
   WHERE k.skill = r.skill
   SET k.at = ${EARLIER_AT}`,
);
export const personEndorsesOutMove = defineQuery<Moved>(
  'merge.person.ENDORSES.out.move',
  `MATCH (m:${NODE.Person} {id: $mergeId})-[r:${REL.ENDORSES}]->(x:${NODE.Person}), (keep:${NODE.Person} {id: $keepId})
   WHERE x.id <> $keepId AND x.id <> $mergeId AND NOT EXISTS { MATCH (keep)-[k:${REL.ENDORSES}]->(x) WHERE k.skill = r.skill }
   CREATE (keep)-[:${REL.ENDORSES} {skill: r.skill, at: r.at}]->(x)
   RETURN count(*) AS n`,
);
export const personEndorsesInStrengthen = defineQuery(
  'merge.person.ENDORSES.in.strengthen',
  `MATCH (m:${NODE.Person} {id: $mergeId})<-[r:${REL.ENDORSES}]-(x:${NODE.Person})-[k:${REL.ENDORSES}]->(keep:${NODE.Person} {id: $keepId})
   WHERE k.skill = r.skill
   SET k.at = ${EARLIER_AT}`,
);
export const personEndorsesInMove = defineQuery<Moved>(
  'merge.person.ENDORSES.in.move',
  `MATCH (m:${NODE.Person} {id: $mergeId})<-[r:${REL.ENDORSES}]-(x:${NODE.Person}), (keep:${NODE.Person} {id: $keepId})
   WHERE x.id <> $keepId AND x.id <> $mergeId AND NOT EXISTS { MATCH (x)-[k:${REL.ENDORSES}]->(keep) WHERE k.skill = r.skill }
   CREATE (x)-[:${REL.ENDORSES} {skill: r.skill, at: r.at}]->(keep)
   RETURN count(*) AS n`,
);

// (Event)-[:ORGANIZED_BY]->(Person)
export const personOrganizedByInStrengthen = defineQuery(
  'merge.person.ORGANIZED_BY.in.strengthen',
  `MATCH (m:${NODE.Person} {id: $mergeId})<-[r:${REL.ORGANIZED_BY}]-(x:${NODE.Event})-[k:${REL.ORGANIZED_BY}]->(keep:${NODE.Person} {id: $keepId})
   SET k.role = coalesce(k.role, r.role)`,
);
export const personOrganizedByInMove = defineQuery<Moved>(
  'merge.person.ORGANIZED_BY.in.move',
  `MATCH (m:${NODE.Person} {id: $mergeId})<-[r:${REL.ORGANIZED_BY}]-(x:${NODE.Event}), (keep:${NODE.Person} {id: $keepId})
   WHERE NOT EXISTS { MATCH (x)-[:${REL.ORGANIZED_BY}]->(keep) }
   CREATE (x)-[:${REL.ORGANIZED_BY} {role: r.role}]->(keep)
   RETURN count(*) AS n`,
);

// (Person)-[:ATTENDS]->(Event) and (Person)-[:TEACHES]->(Event)
export const personAttendsOutMove = defineQuery<Moved>(
  'merge.person.ATTENDS.out.move',
  `MATCH (m:${NODE.Person} {id: $mergeId})-[:${REL.ATTENDS}]->(x:${NODE.Event}), (keep:${NODE.Person} {id: $keepId})
   WHERE NOT EXISTS { MATCH (keep)-[:${REL.ATTENDS}]->(x) }
   CREATE (keep)-[:${REL.ATTENDS}]->(x)
   RETURN count(*) AS n`,
);
export const personTeachesOutMove = defineQuery<Moved>(
  'merge.person.TEACHES.out.move',
  `MATCH (m:${NODE.Person} {id: $mergeId})-[:${REL.TEACHES}]->(x:${NODE.Event}), (keep:${NODE.Person} {id: $keepId})
   WHERE NOT EXISTS { MATCH (keep)-[:${REL.TEACHES}]->(x) }
   CREATE (keep)-[:${REL.TEACHES}]->(x)
   RETURN count(*) AS n`,
);

/**
 * (Account)-[:IS]->(Person): the merged person's account moves when the kept person has
 * none (the service refuses the merge before writing when both have one).
 */
export const personIsInMove = defineQuery<Moved>(
  'merge.person.IS.in.move',
  `MATCH (m:${NODE.Person} {id: $mergeId})<-[:${REL.IS}]-(x:${NODE.Account}), (keep:${NODE.Person} {id: $keepId})
   WHERE NOT EXISTS { MATCH (:${NODE.Account})-[:${REL.IS}]->(keep) }
   CREATE (x)-[:${REL.IS}]->(keep)
   RETURN count(*) AS n`,
);

/** The accounts linked to a person (at most one, by the sign-up rules). */
export const accountsOfPerson = defineQuery<{ id: string; email: string }>(
  'merge.person.accounts',
  `MATCH (a:${NODE.Account})-[:${REL.IS}]->(:${NODE.Person} {id: $id}) RETURN a.id AS id, a.email AS email ORDER BY id`,
);

/** Pending invitations for the merged person now invite the kept one. */
export const invitationsRepoint = defineQuery<Moved>(
  'merge.person.invitations.repoint',
  `MATCH (i:${NODE.Invitation}) WHERE i.personId = $mergeId SET i.personId = $keepId RETURN count(*) AS n`,
);

/** A person with every skill of theirs, to recompute their searchText. */
export const personWithSkills = defineQuery<{
  id: string;
  name: string;
  headline: string | null;
  bio: string | null;
  skillName: string | null;
  skillNameEn: string | null;
  skillAliases: string[] | null;
}>(
  'merge.person.withSkills',
  `MATCH (p:${NODE.Person} {id: $id})
   OPTIONAL MATCH (p)-[:${REL.HAS_SKILL}]->(s:${NODE.Skill})
   RETURN p.id AS id, p.name AS name, p.headline AS headline, p.bio AS bio,
          s.name AS skillName, s.nameEn AS skillNameEn, s.aliases AS skillAliases`,
);

/** Sets one person's searchText (one node per statement, for Kùzu's full-text index). */
export const setPersonSearchText = defineQuery(
  'merge.person.setSearchText',
  `MATCH (p:${NODE.Person} {id: $id}) SET p.searchText = $searchText`,
);
