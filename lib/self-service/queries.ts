import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';
import type { GraphNode, Value } from '../graph/types';

/**
 * Cypher of member self-service: a person's own record (whatever its state), the edits
 * a member makes to it, their proposals and endorsements, and what their data export
 * reads. Timestamps travel as ISO strings (`timestamp()` in Kùzu, `datetime()` in Neo4j).
 */

type NodeRow = { n: GraphNode };

// The person's own record

/** A person by id in any state: members see their own record even when it is not public. */
export const personById = defineQuery<NodeRow>('self.person.byId', `MATCH (n:${NODE.Person} {id: $id}) RETURN n`);

/** The names of a person's public skills, for the person's searchText. */
export const skillNamesOfPerson = defineQuery<{ name: string; nameEn: string | null; aliases: string[] | null }>(
  'self.person.skillNames',
  `MATCH (p:${NODE.Person} {id: $id})-[h:${REL.HAS_SKILL}]->(s:${NODE.Skill})
   WHERE s.state = 'ACTIVE'
   RETURN s.name AS name, s.nameEn AS nameEn, s.aliases AS aliases
   ORDER BY h.level DESC, s.name`,
);

const PROFILE_SET = `n.name = $name, n.headline = $headline, n.bio = $bio, n.email = $email, n.phone = $phone,
  n.website = $website, n.location = $location, n.availability = $availability,
  n.contactVisibility = $contactVisibility, n.searchText = $searchText, n.version = n.version + 1`;

/** Writes the editable fields and the new searchText, bumping the version. */
export const updatePersonProfile = defineQuery<NodeRow>('self.person.update', {
  kuzu: `MATCH (n:${NODE.Person} {id: $id}) SET ${PROFILE_SET}, n.updatedAt = timestamp($at) RETURN n`,
  neo4j: `MATCH (n:${NODE.Person} {id: $id}) SET ${PROFILE_SET}, n.updatedAt = datetime($at) RETURN n`,
});

/**
 * A new searchText after the person's skills changed. The version stays: skills are
 * edited one by one, and an open profile form must not turn stale because of them.
 */
export const updatePersonSearchText = defineQuery('self.person.searchText', {
  kuzu: `MATCH (n:${NODE.Person} {id: $id}) SET n.searchText = $searchText, n.updatedAt = timestamp($at)`,
  neo4j: `MATCH (n:${NODE.Person} {id: $id}) SET n.searchText = $searchText, n.updatedAt = datetime($at)`,
});

export const requestDeletion = defineQuery('self.person.requestDeletion', {
  kuzu: `MATCH (n:${NODE.Person} {id: $id}) SET n.deletionRequestedAt = timestamp($at)`,
  neo4j: `MATCH (n:${NODE.Person} {id: $id}) SET n.deletionRequestedAt = datetime($at)`,
});

export const cancelDeletion = defineQuery(
  'self.person.cancelDeletion',
  `MATCH (n:${NODE.Person} {id: $id}) SET n.deletionRequestedAt = NULL`,
);

// Skills

export const skillById = defineQuery<NodeRow>('self.skill.byId', `MATCH (n:${NODE.Skill} {id: $id}) RETURN n`);

/** Every skill that is not rejected, with its names, to refuse a proposal that duplicates one. */
export const skillNames = defineQuery<{
  id: string;
  slug: string;
  name: string;
  nameEn: string | null;
  aliases: string[] | null;
  state: string | null;
}>(
  'self.skill.names',
  `MATCH (s:${NODE.Skill}) WHERE coalesce(s.state, 'ACTIVE') <> 'REJECTED'
   RETURN s.id AS id, s.slug AS slug, s.name AS name, s.nameEn AS nameEn, s.aliases AS aliases, s.state AS state`,
);

/** Skill slugs equal to `$slug` or continuing it with a suffix, to make a new one unique. */
export const skillSlugsLike = defineQuery<{ slug: string }>(
  'self.skill.slugsLike',
  `MATCH (s:${NODE.Skill}) WHERE s.slug = $slug OR s.slug STARTS WITH $prefix RETURN s.slug AS slug`,
);

export const createProposedSkill = defineQuery<NodeRow>('self.skill.propose', {
  kuzu: `CREATE (n:${NODE.Skill} {id: $id, slug: $slug, name: $name, nameEn: $nameEn, aliases: $aliases,
           description: $description, searchText: $searchText, state: 'PENDING', proposedBy: $proposedBy,
           version: 1, createdAt: timestamp($at), updatedAt: timestamp($at)})
         RETURN n`,
  neo4j: `CREATE (n:${NODE.Skill} {id: $id, slug: $slug, name: $name, nameEn: $nameEn, aliases: $aliases,
            description: $description, searchText: $searchText, state: 'PENDING', proposedBy: $proposedBy,
            version: 1, createdAt: datetime($at), updatedAt: datetime($at)})
          RETURN n`,
});

export const hasSkill = defineQuery<{ level: number | null }>(
  'self.hasSkill.get',
  `MATCH (p:${NODE.Person} {id: $personId})-[h:${REL.HAS_SKILL}]->(s:${NODE.Skill} {id: $skillId}) RETURN h.level AS level`,
);

export const createHasSkill = defineQuery(
  'self.hasSkill.create',
  `MATCH (p:${NODE.Person} {id: $personId}), (s:${NODE.Skill} {id: $skillId})
   CREATE (p)-[:${REL.HAS_SKILL} {level: $level, since: date($since)}]->(s)`,
);

export const setHasSkillLevel = defineQuery(
  'self.hasSkill.level',
  `MATCH (p:${NODE.Person} {id: $personId})-[h:${REL.HAS_SKILL}]->(s:${NODE.Skill} {id: $skillId}) SET h.level = $level`,
);

export const deleteHasSkill = defineQuery(
  'self.hasSkill.delete',
  `MATCH (p:${NODE.Person} {id: $personId})-[h:${REL.HAS_SKILL}]->(s:${NODE.Skill} {id: $skillId}) DELETE h`,
);

// Endorsements

/** Whether a public person lists a public skill (an endorsement needs both). */
export const publicPersonSkill = defineQuery<{ personState: string | null; level: number | null }>(
  'self.endorse.target',
  `MATCH (p:${NODE.Person} {id: $personId})
   OPTIONAL MATCH (p)-[h:${REL.HAS_SKILL}]->(s:${NODE.Skill} {id: $skillId})
   WHERE s.state = 'ACTIVE'
   RETURN p.state AS personState, h.level AS level`,
);

export const endorsementBetween = defineQuery<{ at: Value }>(
  'self.endorse.get',
  `MATCH (a:${NODE.Person} {id: $fromId})-[e:${REL.ENDORSES}]->(b:${NODE.Person} {id: $toId})
   WHERE e.skill = $skillId RETURN e.at AS at`,
);

export const createEndorsement = defineQuery('self.endorse.create', {
  kuzu: `MATCH (a:${NODE.Person} {id: $fromId}), (b:${NODE.Person} {id: $toId})
         CREATE (a)-[:${REL.ENDORSES} {skill: $skillId, at: timestamp($at)}]->(b)`,
  neo4j: `MATCH (a:${NODE.Person} {id: $fromId}), (b:${NODE.Person} {id: $toId})
          CREATE (a)-[:${REL.ENDORSES} {skill: $skillId, at: datetime($at)}]->(b)`,
});

export const deleteEndorsement = defineQuery(
  'self.endorse.delete',
  `MATCH (a:${NODE.Person} {id: $fromId})-[e:${REL.ENDORSES}]->(b:${NODE.Person} {id: $toId})
   WHERE e.skill = $skillId DELETE e`,
);

type EndorsementRow = { personId: string; skillId: string; at: Value };

/** Endorsements a person gave, to people still public, newest first. */
export const endorsementsGiven = defineQuery<EndorsementRow>(
  'self.endorse.given',
  `MATCH (a:${NODE.Person} {id: $id})-[e:${REL.ENDORSES}]->(b:${NODE.Person})
   WHERE b.state = 'ACTIVE'
   RETURN b.id AS personId, e.skill AS skillId, e.at AS at ORDER BY at DESC, personId`,
);

/** Endorsements a person received, from people still public, newest first. */
export const endorsementsReceived = defineQuery<EndorsementRow>(
  'self.endorse.received',
  `MATCH (a:${NODE.Person})-[e:${REL.ENDORSES}]->(b:${NODE.Person} {id: $id})
   WHERE a.state = 'ACTIVE'
   RETURN a.id AS personId, e.skill AS skillId, e.at AS at ORDER BY at DESC, personId`,
);

/** Who endorses which skill of each person in `$ids` (for counts and the viewer's own toggles). */
export const endorsersOfPeople = defineQuery<{ owner: string; skill: string; endorser: string }>(
  'self.endorse.ofPeople',
  `MATCH (a:${NODE.Person})-[e:${REL.ENDORSES}]->(b:${NODE.Person})
   WHERE b.id IN $ids AND a.state = 'ACTIVE'
   RETURN b.id AS owner, e.skill AS skill, a.id AS endorser`,
);

// Proposals

/** Relationship proposals made by the account that acts as the person. */
export const proposalsOfPerson = defineQuery<NodeRow>(
  'self.proposals.relationships',
  `MATCH (a:${NODE.Account})-[:${REL.IS}]->(p:${NODE.Person} {id: $id})
   MATCH (n:${NODE.Proposal}) WHERE n.proposedBy = a.id
   RETURN n ORDER BY n.createdAt DESC`,
);

/** Entities the person's account proposed that are still waiting or were rejected. */
export const proposedEntitiesOfPerson = defineQuery<NodeRow>('self.proposals.entities', {
  // Kùzu reads `(n:A:B:C)` as A OR B OR C.
  kuzu: `MATCH (a:${NODE.Account})-[:${REL.IS}]->(p:${NODE.Person} {id: $id})
         MATCH (n:${NODE.Skill}:${NODE.Project}:${NODE.Organization})
         WHERE n.proposedBy = a.id AND n.state IN ['PENDING', 'REJECTED']
         RETURN n ORDER BY n.createdAt DESC`,
  neo4j: `MATCH (a:${NODE.Account})-[:${REL.IS}]->(p:${NODE.Person} {id: $id})
          MATCH (n) WHERE (n:${NODE.Skill} OR n:${NODE.Project} OR n:${NODE.Organization})
            AND n.proposedBy = a.id AND n.state IN ['PENDING', 'REJECTED']
          RETURN n ORDER BY n.createdAt DESC`,
});

/** The ends of relationship proposals, in any state (a proposal may point at a pending entity). */
export const proposalEnds = defineQuery<NodeRow>('self.proposals.ends', {
  kuzu: `MATCH (n:${NODE.Person}:${NODE.Organization}:${NODE.Project}) WHERE n.id IN $ids RETURN n`,
  neo4j: `MATCH (n) WHERE (n:${NODE.Person} OR n:${NODE.Organization} OR n:${NODE.Project}) AND n.id IN $ids RETURN n`,
});

// The data export

/** What an export shows of the account: never the password hash nor session internals. */
export const accountForExport = defineQuery<{
  id: string;
  email: string;
  role: string;
  state: string | null;
  createdAt: Value;
  lastSignInAt: Value;
}>(
  'self.export.account',
  `MATCH (a:${NODE.Account})-[:${REL.IS}]->(p:${NODE.Person} {id: $id})
   RETURN a.id AS id, a.email AS email, a.role AS role, a.state AS state, a.createdAt AS createdAt, a.lastSignInAt AS lastSignInAt`,
);

/** Audit entries where the account acted or the person (or account) was changed, oldest first. */
export const auditOfMember = defineQuery<NodeRow>(
  'self.export.audit',
  `MATCH (n:${NODE.AuditEntry}) WHERE n.actorId = $accountId OR n.entityId IN $entityIds
   RETURN n ORDER BY n.at, n.id`,
);

// The member's own data export (export.ts): every link, whatever the state of the other
// end (a proposed or archived skill, organization, project or event is still the
// member's data, GDPR art. 15 and 20), with that state.

type ExportEnd = { id: string; slug: string; name: string; state: string | null };

export const exportSkills = defineQuery<ExportEnd & { nameEn: string | null; level: number; since: Value }>(
  'self.export.skills',
  `MATCH (p:${NODE.Person} {id: $id})-[h:${REL.HAS_SKILL}]->(s:${NODE.Skill})
   RETURN s.id AS id, s.slug AS slug, s.name AS name, s.nameEn AS nameEn, s.state AS state, h.level AS level, h.since AS since
   ORDER BY level DESC, name`,
);

export const exportMemberships = defineQuery<ExportEnd & { role: string | null; since: Value; until: Value; isManager: boolean | null }>(
  'self.export.memberships',
  `MATCH (p:${NODE.Person} {id: $id})-[m:${REL.MEMBER_OF}]->(o:${NODE.Organization})
   RETURN o.id AS id, o.slug AS slug, o.name AS name, o.state AS state, m.role AS role, m.since AS since, m.until AS until, m.isManager AS isManager
   ORDER BY name`,
);

export const exportContributions = defineQuery<ExportEnd & { role: string | null; since: Value; until: Value }>(
  'self.export.contributions',
  `MATCH (p:${NODE.Person} {id: $id})-[c:${REL.CONTRIBUTES_TO}]->(pr:${NODE.Project})
   RETURN pr.id AS id, pr.slug AS slug, pr.name AS name, pr.state AS state, c.role AS role, c.since AS since, c.until AS until
   ORDER BY name`,
);

export const exportEvents = defineQuery<ExportEnd & { startsAt: Value; teaches: boolean }>('self.export.events', {
  kuzu: `MATCH (p:${NODE.Person} {id: $id})-[r:${REL.TEACHES}|${REL.ATTENDS}]->(e:${NODE.Event})
         RETURN DISTINCT e.id AS id, e.slug AS slug, e.name AS name, e.state AS state, e.startsAt AS startsAt, label(r) = '${REL.TEACHES}' AS teaches
         ORDER BY id`,
  neo4j: `MATCH (p:${NODE.Person} {id: $id})-[r:${REL.TEACHES}|${REL.ATTENDS}]->(e:${NODE.Event})
          RETURN DISTINCT e.id AS id, e.slug AS slug, e.name AS name, e.state AS state, e.startsAt AS startsAt, type(r) = '${REL.TEACHES}' AS teaches
          ORDER BY id`,
});
