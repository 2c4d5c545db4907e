import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';
import { EARLIER_SINCE, EITHER_MANAGER, LATER_UNTIL } from './rules';

/**
 * Moving a merged organization's relationships to the kept one, one literal text per
 * (relationship type, direction); see skill-queries.ts for the strengthen/move pattern.
 * A collaboration between the two organizations would be with itself and is dropped.
 */

type Moved = { n: number };

// `WITH … WHERE NOT EXISTS` where a type has several endpoint pairs: Neo4j's analyser
// misreads the negated pattern of a plain `WHERE NOT EXISTS` there.

// (Person)-[:MEMBER_OF]->(Organization)
export const organizationMemberOfInStrengthen = defineQuery(
  'merge.organization.MEMBER_OF.in.strengthen',
  `MATCH (m:${NODE.Organization} {id: $mergeId})<-[r:${REL.MEMBER_OF}]-(x:${NODE.Person})-[k:${REL.MEMBER_OF}]->(keep:${NODE.Organization} {id: $keepId})
   SET k.role = coalesce(k.role, r.role), k.since = ${EARLIER_SINCE}, k.until = ${LATER_UNTIL}, k.isManager = ${EITHER_MANAGER}`,
);
export const organizationMemberOfInMove = defineQuery<Moved>(
  'merge.organization.MEMBER_OF.in.move',
  `MATCH (m:${NODE.Organization} {id: $mergeId})<-[r:${REL.MEMBER_OF}]-(x:${NODE.Person}), (keep:${NODE.Organization} {id: $keepId})
   WHERE NOT EXISTS { MATCH (x)-[:${REL.MEMBER_OF}]->(keep) }
   CREATE (x)-[:${REL.MEMBER_OF} {role: r.role, since: r.since, until: r.until, isManager: r.isManager}]->(keep)
   RETURN count(*) AS n`,
);

// (Organization)-[:CONTRIBUTES_TO]->(Project)
export const organizationContributesOutStrengthen = defineQuery(
  'merge.organization.CONTRIBUTES_TO.out.strengthen',
  `MATCH (m:${NODE.Organization} {id: $mergeId})-[r:${REL.CONTRIBUTES_TO}]->(x:${NODE.Project})<-[k:${REL.CONTRIBUTES_TO}]-(keep:${NODE.Organization} {id: $keepId})
   SET k.role = coalesce(k.role, r.role), k.since = ${EARLIER_SINCE}, k.until = ${LATER_UNTIL}`,
);
export const organizationContributesOutMove = defineQuery<Moved>(
  'merge.organization.CONTRIBUTES_TO.out.move',
  `MATCH (m:${NODE.Organization} {id: $mergeId})-[r:${REL.CONTRIBUTES_TO}]->(x:${NODE.Project}), (keep:${NODE.Organization} {id: $keepId})
   WITH keep, x, r WHERE NOT EXISTS { MATCH (keep)-[:${REL.CONTRIBUTES_TO}]->(x) }
   CREATE (keep)-[:${REL.CONTRIBUTES_TO} {role: r.role, since: r.since, until: r.until}]->(x)
   RETURN count(*) AS n`,
);

// (Organization)-[:IN_SECTOR]->(Sector)
export const organizationInSectorOutMove = defineQuery<Moved>(
  'merge.organization.IN_SECTOR.out.move',
  `MATCH (m:${NODE.Organization} {id: $mergeId})-[:${REL.IN_SECTOR}]->(x:${NODE.Sector}), (keep:${NODE.Organization} {id: $keepId})
   WITH keep, x WHERE NOT EXISTS { MATCH (keep)-[:${REL.IN_SECTOR}]->(x) }
   CREATE (keep)-[:${REL.IN_SECTOR}]->(x)
   RETURN count(*) AS n`,
);

// (Organization)-[:COLLABORATES_WITH]->(Organization): a partnership, either direction is a duplicate.
// Kùzu 0.11.3 fails an assertion when a SET follows an undirected pattern, so the kept
// node's partnership is strengthened once per direction it may be stored in.
export const organizationCollaboratesOutStrengthenFromKept = defineQuery(
  'merge.organization.COLLABORATES_WITH.out.strengthen.fromKept',
  `MATCH (m:${NODE.Organization} {id: $mergeId})-[r:${REL.COLLABORATES_WITH}]->(x:${NODE.Organization})<-[k:${REL.COLLABORATES_WITH}]-(keep:${NODE.Organization} {id: $keepId})
   WHERE x.id <> $keepId AND x.id <> $mergeId
   SET k.since = ${EARLIER_SINCE}, k.note = coalesce(k.note, r.note)`,
);
export const organizationCollaboratesOutStrengthenToKept = defineQuery(
  'merge.organization.COLLABORATES_WITH.out.strengthen.toKept',
  `MATCH (m:${NODE.Organization} {id: $mergeId})-[r:${REL.COLLABORATES_WITH}]->(x:${NODE.Organization})-[k:${REL.COLLABORATES_WITH}]->(keep:${NODE.Organization} {id: $keepId})
   WHERE x.id <> $keepId AND x.id <> $mergeId
   SET k.since = ${EARLIER_SINCE}, k.note = coalesce(k.note, r.note)`,
);
export const organizationCollaboratesOutMove = defineQuery<Moved>(
  'merge.organization.COLLABORATES_WITH.out.move',
  `MATCH (m:${NODE.Organization} {id: $mergeId})-[r:${REL.COLLABORATES_WITH}]->(x:${NODE.Organization}), (keep:${NODE.Organization} {id: $keepId})
   WHERE x.id <> $keepId AND x.id <> $mergeId AND NOT EXISTS { MATCH (keep)-[:${REL.COLLABORATES_WITH}]-(x) }
   CREATE (keep)-[:${REL.COLLABORATES_WITH} {since: r.since, note: r.note}]->(x)
   RETURN count(*) AS n`,
);
export const organizationCollaboratesInStrengthenFromKept = defineQuery(
  'merge.organization.COLLABORATES_WITH.in.strengthen.fromKept',
  `MATCH (m:${NODE.Organization} {id: $mergeId})<-[r:${REL.COLLABORATES_WITH}]-(x:${NODE.Organization})<-[k:${REL.COLLABORATES_WITH}]-(keep:${NODE.Organization} {id: $keepId})
   WHERE x.id <> $keepId AND x.id <> $mergeId
   SET k.since = ${EARLIER_SINCE}, k.note = coalesce(k.note, r.note)`,
);
export const organizationCollaboratesInStrengthenToKept = defineQuery(
  'merge.organization.COLLABORATES_WITH.in.strengthen.toKept',
  `MATCH (m:${NODE.Organization} {id: $mergeId})<-[r:${REL.COLLABORATES_WITH}]-(x:${NODE.Organization})-[k:${REL.COLLABORATES_WITH}]->(keep:${NODE.Organization} {id: $keepId})
   WHERE x.id <> $keepId AND x.id <> $mergeId
   SET k.since = ${EARLIER_SINCE}, k.note = coalesce(k.note, r.note)`,
);
export const organizationCollaboratesInMove = defineQuery<Moved>(
  'merge.organization.COLLABORATES_WITH.in.move',
  `MATCH (m:${NODE.Organization} {id: $mergeId})<-[r:${REL.COLLABORATES_WITH}]-(x:${NODE.Organization}), (keep:${NODE.Organization} {id: $keepId})
   WHERE x.id <> $keepId AND x.id <> $mergeId AND NOT EXISTS { MATCH (keep)-[:${REL.COLLABORATES_WITH}]-(x) }
   CREATE (x)-[:${REL.COLLABORATES_WITH} {since: r.since, note: r.note}]->(keep)
   RETURN count(*) AS n`,
);

// (Event)-[:ORGANIZED_BY]->(Organization)
export const organizationOrganizedByInStrengthen = defineQuery(
  'merge.organization.ORGANIZED_BY.in.strengthen',
  `MATCH (m:${NODE.Organization} {id: $mergeId})<-[r:${REL.ORGANIZED_BY}]-(x:${NODE.Event})-[k:${REL.ORGANIZED_BY}]->(keep:${NODE.Organization} {id: $keepId})
   SET k.role = coalesce(k.role, r.role)`,
);
export const organizationOrganizedByInMove = defineQuery<Moved>(
  'merge.organization.ORGANIZED_BY.in.move',
  `MATCH (m:${NODE.Organization} {id: $mergeId})<-[r:${REL.ORGANIZED_BY}]-(x:${NODE.Event}), (keep:${NODE.Organization} {id: $keepId})
   WHERE NOT EXISTS { MATCH (x)-[:${REL.ORGANIZED_BY}]->(keep) }
   CREATE (x)-[:${REL.ORGANIZED_BY} {role: r.role}]->(keep)
   RETURN count(*) AS n`,
);
