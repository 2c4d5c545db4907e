import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';

/**
 * Who works with whom: people who share a public project or organization with each
 * owner in $ids. Rows carry ids only (PERFORMANCE.md: returning properties after a join
 * scans the node table); the service groups and ranks them, and names come from loaders.
 * One text serves both engines: the patterns use no dialect-specific construct.
 */

/** One row per (owner, collaborator, shared project). */
export const sharedProjectsOfPeople = defineQuery<{ owner: string; id: string; projectId: string }>(
  'directory.person.collaborators.projects',
  `MATCH (p:${NODE.Person})-[:${REL.CONTRIBUTES_TO}]->(pr:${NODE.Project})<-[:${REL.CONTRIBUTES_TO}]-(c:${NODE.Person})
   WHERE p.id IN $ids AND pr.state = 'ACTIVE' AND c.state = 'ACTIVE' AND c.id <> p.id
   RETURN DISTINCT p.id AS owner, c.id AS id, pr.id AS projectId`,
);

/** One row per (owner, collaborator, shared organization). */
export const sharedOrganizationsOfPeople = defineQuery<{ owner: string; id: string; organizationId: string }>(
  'directory.person.collaborators.organizations',
  `MATCH (p:${NODE.Person})-[:${REL.MEMBER_OF}]->(o:${NODE.Organization})<-[:${REL.MEMBER_OF}]-(c:${NODE.Person})
   WHERE p.id IN $ids AND o.state = 'ACTIVE' AND c.state = 'ACTIVE' AND c.id <> p.id
   RETURN DISTINCT p.id AS owner, c.id AS id, o.id AS organizationId`,
);
