import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';
import type { GraphNode } from '../graph/types';

/**
 * Cypher of member proposals and the staff moderation queue.
 *
 * Proposed entities (skills, projects, organizations) are nodes in state PENDING with
 * `proposedBy`; proposed relationships are Proposal nodes. The proposer's own link to a
 * proposed project or organization (contribution, membership as manager) is created
 * only when staff approve it: no relationship ever touches a node the public cannot
 * see, so no public query (paths, matching, maps) has to know about pending work.
 */

type NodeRow = { n: GraphNode };
type CountRow = { n: number };
type SlugRow = { slug: string; state: string | null };
type EndRow = { id: string; name: string; slug: string; state: string | null };

// ---------------------------------------------------------------- proposing

/** Slugs equal to $slug or starting with $prefix (`<slug>-`), to refuse duplicates and pick a free suffix. */
export const slugsLike = {
  Project: defineQuery<SlugRow>(
    'moderation.project.slugsLike',
    `MATCH (n:${NODE.Project}) WHERE n.slug = $slug OR n.slug STARTS WITH $prefix RETURN n.slug AS slug, n.state AS state`,
  ),
  Organization: defineQuery<SlugRow>(
    'moderation.organization.slugsLike',
    `MATCH (n:${NODE.Organization}) WHERE n.slug = $slug OR n.slug STARTS WITH $prefix RETURN n.slug AS slug, n.state AS state`,
  ),
} as const;

/** Entities whose name, folded, is exactly $nameKey (a searchText starts with the folded name and ` |`). */
export const sameNameStates = {
  Project: defineQuery<{ state: string | null }>(
    'moderation.project.sameName',
    `MATCH (n:${NODE.Project}) WHERE n.searchText STARTS WITH $nameKey RETURN n.state AS state`,
  ),
  Organization: defineQuery<{ state: string | null }>(
    'moderation.organization.sameName',
    `MATCH (n:${NODE.Organization}) WHERE n.searchText STARTS WITH $nameKey RETURN n.state AS state`,
  ),
} as const;

/** Which of $ids are public sectors. */
export const publicSectorIds = defineQuery<{ id: string }>(
  'moderation.sectors.public',
  `MATCH (s:${NODE.Sector}) WHERE s.id IN $ids AND s.state = 'ACTIVE' RETURN s.id AS id`,
);

export const createPendingProject = defineQuery('moderation.project.create', {
  kuzu: `CREATE (n:${NODE.Project} {id: $id, slug: $slug, name: $name, summary: $summary, description: $description,
           status: $status, website: $website, openCall: $openCall, callOpen: $callOpen, searchText: $searchText,
           state: 'PENDING', proposedBy: $proposedBy, version: 1, createdAt: timestamp($at), updatedAt: timestamp($at)})`,
  neo4j: `CREATE (n:${NODE.Project} {id: $id, slug: $slug, name: $name, summary: $summary, description: $description,
            status: $status, website: $website, openCall: $openCall, callOpen: $callOpen, searchText: $searchText,
            state: 'PENDING', proposedBy: $proposedBy, version: 1, createdAt: datetime($at), updatedAt: datetime($at)})`,
});

export const createPendingOrganization = defineQuery('moderation.organization.create', {
  kuzu: `CREATE (n:${NODE.Organization} {id: $id, slug: $slug, name: $name, kind: $kind, description: $description,
           website: $website, email: $email, location: $location, searchText: $searchText,
           state: 'PENDING', proposedBy: $proposedBy, version: 1, createdAt: timestamp($at), updatedAt: timestamp($at)})`,
  neo4j: `CREATE (n:${NODE.Organization} {id: $id, slug: $slug, name: $name, kind: $kind, description: $description,
            website: $website, email: $email, location: $location, searchText: $searchText,
            state: 'PENDING', proposedBy: $proposedBy, version: 1, createdAt: datetime($at), updatedAt: datetime($at)})`,
});

/** The sectors of a proposed entity are part of what is proposed; public sector pages filter on the entity's state. */
export const linkSectors = {
  Project: defineQuery(
    'moderation.project.sectors',
    `MATCH (n:${NODE.Project} {id: $id}), (s:${NODE.Sector}) WHERE s.id IN $sectorIds CREATE (n)-[:${REL.IN_SECTOR}]->(s)`,
  ),
  Organization: defineQuery(
    'moderation.organization.sectors',
    `MATCH (n:${NODE.Organization} {id: $id}), (s:${NODE.Sector}) WHERE s.id IN $sectorIds CREATE (n)-[:${REL.IN_SECTOR}]->(s)`,
  ),
} as const;

export const createProposal = defineQuery('moderation.proposal.create', {
  kuzu: `CREATE (p:${NODE.Proposal} {id: $id, kind: $kind, fromId: $fromId, toId: $toId, payload: $payload,
           state: 'PENDING', proposedBy: $proposedBy, version: 1, createdAt: timestamp($at), updatedAt: timestamp($at)})`,
  neo4j: `CREATE (p:${NODE.Proposal} {id: $id, kind: $kind, fromId: $fromId, toId: $toId, payload: $payload,
            state: 'PENDING', proposedBy: $proposedBy, version: 1, createdAt: datetime($at), updatedAt: datetime($at)})`,
});

/** A pending proposal of this kind between the two ends, in either direction. */
export const pendingProposalBetween = defineQuery<{ id: string }>(
  'moderation.proposal.pendingBetween',
  `MATCH (p:${NODE.Proposal})
   WHERE p.kind = $kind AND p.state = 'PENDING'
     AND ((p.fromId = $fromId AND p.toId = $toId) OR (p.fromId = $toId AND p.toId = $fromId))
   RETURN p.id AS id LIMIT 1`,
);

/** An organization or project by id, whatever its state (the service decides what it may see). */
export const organizationState = defineQuery<{ state: string | null }>(
  'moderation.organization.state',
  `MATCH (n:${NODE.Organization} {id: $id}) RETURN n.state AS state`,
);
export const projectState = defineQuery<{ state: string | null }>(
  'moderation.project.state',
  `MATCH (n:${NODE.Project} {id: $id}) RETURN n.state AS state`,
);

export const membershipCount = defineQuery<CountRow>(
  'moderation.membership.count',
  `MATCH (p:${NODE.Person} {id: $personId})-[:${REL.MEMBER_OF}]->(o:${NODE.Organization} {id: $organizationId}) RETURN count(*) AS n`,
);
export const contributionCount = defineQuery<CountRow>(
  'moderation.contribution.count',
  `MATCH (p:${NODE.Person} {id: $personId})-[:${REL.CONTRIBUTES_TO}]->(pr:${NODE.Project} {id: $projectId}) RETURN count(*) AS n`,
);
export const collaborationCount = defineQuery<CountRow>(
  'moderation.collaboration.count',
  `MATCH (a:${NODE.Organization} {id: $organizationId})-[:${REL.COLLABORATES_WITH}]-(b:${NODE.Organization} {id: $partnerId}) RETURN count(*) AS n`,
);

// ---------------------------------------------------------------- the queue

const PENDING_PAGE = `WHERE n.state = 'PENDING' RETURN n ORDER BY n.createdAt, n.id LIMIT $limit`;
const PENDING_COUNT = `WHERE n.state = 'PENDING' RETURN count(n) AS n`;

/** Pending entities of one label, oldest first (the first $limit). */
export const pendingEntities = {
  Skill: defineQuery<NodeRow>('moderation.queue.skills', `MATCH (n:${NODE.Skill}) ${PENDING_PAGE}`),
  Project: defineQuery<NodeRow>('moderation.queue.projects', `MATCH (n:${NODE.Project}) ${PENDING_PAGE}`),
  Organization: defineQuery<NodeRow>('moderation.queue.organizations', `MATCH (n:${NODE.Organization}) ${PENDING_PAGE}`),
} as const;

export const pendingEntityCount = {
  Skill: defineQuery<CountRow>('moderation.count.skills', `MATCH (n:${NODE.Skill}) ${PENDING_COUNT}`),
  Project: defineQuery<CountRow>('moderation.count.projects', `MATCH (n:${NODE.Project}) ${PENDING_COUNT}`),
  Organization: defineQuery<CountRow>('moderation.count.organizations', `MATCH (n:${NODE.Organization}) ${PENDING_COUNT}`),
} as const;

/** Pending proposals of one kind, oldest first. */
export const pendingProposals = defineQuery<NodeRow>(
  'moderation.queue.proposals',
  `MATCH (n:${NODE.Proposal}) WHERE n.state = 'PENDING' AND n.kind = $kind RETURN n ORDER BY n.createdAt, n.id LIMIT $limit`,
);

export const pendingProposalCounts = defineQuery<{ kind: string; n: number }>(
  'moderation.count.proposals',
  `MATCH (n:${NODE.Proposal}) WHERE n.state = 'PENDING' RETURN n.kind AS kind, count(n) AS n`,
);

/** What one account proposed, newest first. */
export const proposedBy = {
  Skill: defineQuery<NodeRow>(
    'moderation.mine.skills',
    `MATCH (n:${NODE.Skill}) WHERE n.proposedBy = $accountId RETURN n ORDER BY n.createdAt DESC LIMIT $limit`,
  ),
  Project: defineQuery<NodeRow>(
    'moderation.mine.projects',
    `MATCH (n:${NODE.Project}) WHERE n.proposedBy = $accountId RETURN n ORDER BY n.createdAt DESC LIMIT $limit`,
  ),
  Organization: defineQuery<NodeRow>(
    'moderation.mine.organizations',
    `MATCH (n:${NODE.Organization}) WHERE n.proposedBy = $accountId RETURN n ORDER BY n.createdAt DESC LIMIT $limit`,
  ),
  Proposal: defineQuery<NodeRow>(
    'moderation.mine.proposals',
    `MATCH (n:${NODE.Proposal}) WHERE n.proposedBy = $accountId RETURN n ORDER BY n.createdAt DESC LIMIT $limit`,
  ),
} as const;

/** The people behind proposing accounts. */
export const proposers = defineQuery<{ accountId: string; name: string; slug: string }>(
  'moderation.proposers',
  `MATCH (a:${NODE.Account})-[:${REL.IS}]->(p:${NODE.Person}) WHERE a.id IN $ids
   RETURN a.id AS accountId, p.name AS name, p.slug AS slug`,
);

/** Names of the ends of proposed relationships and of the sectors of proposed entities, whatever their state. */
export const endsById = {
  Person: defineQuery<EndRow>(
    'moderation.ends.people',
    `MATCH (n:${NODE.Person}) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n.slug AS slug, n.state AS state`,
  ),
  Organization: defineQuery<EndRow>(
    'moderation.ends.organizations',
    `MATCH (n:${NODE.Organization}) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n.slug AS slug, n.state AS state`,
  ),
  Project: defineQuery<EndRow>(
    'moderation.ends.projects',
    `MATCH (n:${NODE.Project}) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n.slug AS slug, n.state AS state`,
  ),
} as const;

export const sectorNamesOf = {
  Project: defineQuery<{ owner: string; name: string }>(
    'moderation.sectorNames.projects',
    `MATCH (n:${NODE.Project})-[:${REL.IN_SECTOR}]->(s:${NODE.Sector}) WHERE n.id IN $ids RETURN n.id AS owner, s.name AS name ORDER BY owner, name`,
  ),
  Organization: defineQuery<{ owner: string; name: string }>(
    'moderation.sectorNames.organizations',
    `MATCH (n:${NODE.Organization})-[:${REL.IN_SECTOR}]->(s:${NODE.Sector}) WHERE n.id IN $ids RETURN n.id AS owner, s.name AS name ORDER BY owner, name`,
  ),
} as const;

// ---------------------------------------------------------------- reviewing

export const entityById = {
  Skill: defineQuery<NodeRow>('moderation.skill.byId', `MATCH (n:${NODE.Skill} {id: $id}) RETURN n`),
  Project: defineQuery<NodeRow>('moderation.project.byId', `MATCH (n:${NODE.Project} {id: $id}) RETURN n`),
  Organization: defineQuery<NodeRow>('moderation.organization.byId', `MATCH (n:${NODE.Organization} {id: $id}) RETURN n`),
} as const;

export const proposalById = defineQuery<NodeRow>('moderation.proposal.byId', `MATCH (n:${NODE.Proposal} {id: $id}) RETURN n`);

const REVIEW_KUZU = `SET n.state = $state, n.reviewNote = $reviewNote, n.version = n.version + 1, n.updatedAt = timestamp($at) RETURN n`;
const REVIEW_NEO4J = `SET n.state = $state, n.reviewNote = $reviewNote, n.version = n.version + 1, n.updatedAt = datetime($at) RETURN n`;

/** Moves a proposed entity to ACTIVE or REJECTED. */
export const reviewEntity = {
  Skill: defineQuery<NodeRow>('moderation.skill.review', {
    kuzu: `MATCH (n:${NODE.Skill} {id: $id}) ${REVIEW_KUZU}`,
    neo4j: `MATCH (n:${NODE.Skill} {id: $id}) ${REVIEW_NEO4J}`,
  }),
  Project: defineQuery<NodeRow>('moderation.project.review', {
    kuzu: `MATCH (n:${NODE.Project} {id: $id}) ${REVIEW_KUZU}`,
    neo4j: `MATCH (n:${NODE.Project} {id: $id}) ${REVIEW_NEO4J}`,
  }),
  Organization: defineQuery<NodeRow>('moderation.organization.review', {
    kuzu: `MATCH (n:${NODE.Organization} {id: $id}) ${REVIEW_KUZU}`,
    neo4j: `MATCH (n:${NODE.Organization} {id: $id}) ${REVIEW_NEO4J}`,
  }),
} as const;

export const reviewProposal = defineQuery<NodeRow>('moderation.proposal.review', {
  kuzu: `MATCH (n:${NODE.Proposal} {id: $id})
         SET n.state = $state, n.reviewNote = $reviewNote, n.reviewedBy = $reviewedBy, n.reviewedAt = timestamp($at),
           n.version = n.version + 1, n.updatedAt = timestamp($at)
         RETURN n`,
  neo4j: `MATCH (n:${NODE.Proposal} {id: $id})
          SET n.state = $state, n.reviewNote = $reviewNote, n.reviewedBy = $reviewedBy, n.reviewedAt = datetime($at),
            n.version = n.version + 1, n.updatedAt = datetime($at)
          RETURN n`,
});

/** The person an account acts as. */
export const personOfAccount = defineQuery<{ personId: string }>(
  'moderation.account.person',
  `MATCH (a:${NODE.Account} {id: $accountId})-[:${REL.IS}]->(p:${NODE.Person}) RETURN p.id AS personId`,
);

// The relationships an approval creates (the service checks first that they do not exist).
export const createMembership = defineQuery(
  'moderation.membership.create',
  `MATCH (p:${NODE.Person} {id: $personId}), (o:${NODE.Organization} {id: $organizationId})
   CREATE (p)-[:${REL.MEMBER_OF} {role: $role, since: date($since), isManager: $isManager}]->(o)`,
);
export const createContribution = defineQuery(
  'moderation.contribution.create',
  `MATCH (p:${NODE.Person} {id: $personId}), (pr:${NODE.Project} {id: $projectId})
   CREATE (p)-[:${REL.CONTRIBUTES_TO} {role: $role}]->(pr)`,
);
export const createCollaboration = defineQuery(
  'moderation.collaboration.create',
  `MATCH (a:${NODE.Organization} {id: $organizationId}), (b:${NODE.Organization} {id: $partnerId})
   CREATE (a)-[:${REL.COLLABORATES_WITH} {note: $note}]->(b)`,
);
