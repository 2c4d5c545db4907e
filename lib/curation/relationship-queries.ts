import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';
import type { Value } from '../graph/types';

/**
 * Relationship statements of staff curation: what a record is linked to (in any state,
 * for the edit forms), and the single-relationship writes behind each editor. Writes
 * use MERGE + SET, so "set" creates or updates; relationships carry no full-text text,
 * so batch forms would be safe, but every form edits one link at a time anyway.
 */

/** A linked record as the edit forms list it, with the relationship's own properties. */
export type LinkRow = {
  id: string;
  slug: string;
  name: string;
  state: string | null;
  role?: string | null;
  since?: Value;
  until?: Value;
  isManager?: boolean | null;
  level?: number | null;
  note?: string | null;
};

type IdRow = { id: string };
type CountRow = { n: number };
type PeriodRow = { role: string | null; since: Value; until: Value };

const T = 't.id AS id, t.slug AS slug, t.name AS name, t.state AS state';

// ── What a record is linked to ─────────────────────────────────────────────────────

export const links = {
  personMemberships: defineQuery<LinkRow>(
    'curation.links.personMemberships',
    `MATCH (:${NODE.Person} {id: $id})-[m:${REL.MEMBER_OF}]->(t:${NODE.Organization})
     RETURN ${T}, m.role AS role, m.since AS since, m.until AS until, m.isManager AS isManager ORDER BY name`,
  ),
  personContributions: defineQuery<LinkRow>(
    'curation.links.personContributions',
    `MATCH (:${NODE.Person} {id: $id})-[c:${REL.CONTRIBUTES_TO}]->(t:${NODE.Project})
     RETURN ${T}, c.role AS role, c.since AS since, c.until AS until ORDER BY name`,
  ),
  organizationMembers: defineQuery<LinkRow>(
    'curation.links.organizationMembers',
    `MATCH (t:${NODE.Person})-[m:${REL.MEMBER_OF}]->(:${NODE.Organization} {id: $id})
     RETURN ${T}, m.role AS role, m.since AS since, m.until AS until, m.isManager AS isManager ORDER BY name`,
  ),
  organizationProjects: defineQuery<LinkRow>(
    'curation.links.organizationProjects',
    `MATCH (:${NODE.Organization} {id: $id})-[c:${REL.CONTRIBUTES_TO}]->(t:${NODE.Project})
     RETURN ${T}, c.role AS role, c.since AS since, c.until AS until ORDER BY name`,
  ),
  organizationSectors: defineQuery<LinkRow>(
    'curation.links.organizationSectors',
    `MATCH (:${NODE.Organization} {id: $id})-[:${REL.IN_SECTOR}]->(t:${NODE.Sector}) RETURN ${T} ORDER BY name`,
  ),
  organizationPartners: defineQuery<LinkRow>(
    'curation.links.organizationPartners',
    `MATCH (o:${NODE.Organization} {id: $id})-[c:${REL.COLLABORATES_WITH}]-(t:${NODE.Organization})
     WHERE t.id <> o.id
     RETURN ${T}, c.since AS since, c.note AS note ORDER BY name`,
  ),
  projectPeople: defineQuery<LinkRow>(
    'curation.links.projectPeople',
    `MATCH (t:${NODE.Person})-[c:${REL.CONTRIBUTES_TO}]->(:${NODE.Project} {id: $id})
     RETURN ${T}, c.role AS role, c.since AS since, c.until AS until ORDER BY name`,
  ),
  projectOrganizations: defineQuery<LinkRow>(
    'curation.links.projectOrganizations',
    `MATCH (t:${NODE.Organization})-[c:${REL.CONTRIBUTES_TO}]->(:${NODE.Project} {id: $id})
     RETURN ${T}, c.role AS role, c.since AS since, c.until AS until ORDER BY name`,
  ),
  projectNeeds: defineQuery<LinkRow>(
    'curation.links.projectNeeds',
    `MATCH (:${NODE.Project} {id: $id})-[r:${REL.NEEDS}]->(t:${NODE.Skill})
     RETURN ${T}, r.level AS level, r.note AS note ORDER BY name`,
  ),
  projectSectors: defineQuery<LinkRow>(
    'curation.links.projectSectors',
    `MATCH (:${NODE.Project} {id: $id})-[:${REL.IN_SECTOR}]->(t:${NODE.Sector}) RETURN ${T} ORDER BY name`,
  ),
  skillBroader: defineQuery<LinkRow>(
    'curation.links.skillBroader',
    `MATCH (:${NODE.Skill} {id: $id})-[:${REL.BROADER}]->(t:${NODE.Skill}) RETURN ${T} ORDER BY name`,
  ),
  skillNarrower: defineQuery<LinkRow>(
    'curation.links.skillNarrower',
    `MATCH (t:${NODE.Skill})-[:${REL.BROADER}]->(:${NODE.Skill} {id: $id}) RETURN ${T} ORDER BY name`,
  ),
  skillRelated: defineQuery<LinkRow>(
    'curation.links.skillRelated',
    `MATCH (s:${NODE.Skill} {id: $id})-[:${REL.RELATED_TO}]-(t:${NODE.Skill}) WHERE t.id <> s.id RETURN DISTINCT ${T} ORDER BY name`,
  ),
  eventOrganizations: defineQuery<LinkRow>(
    'curation.links.eventOrganizations',
    `MATCH (:${NODE.Event} {id: $id})-[r:${REL.ORGANIZED_BY}]->(t:${NODE.Organization}) RETURN ${T}, r.role AS role ORDER BY name`,
  ),
  eventPeople: defineQuery<LinkRow>(
    'curation.links.eventPeople',
    `MATCH (:${NODE.Event} {id: $id})-[r:${REL.ORGANIZED_BY}]->(t:${NODE.Person}) RETURN ${T}, r.role AS role ORDER BY name`,
  ),
  eventTeachers: defineQuery<LinkRow>(
    'curation.links.eventTeachers',
    `MATCH (t:${NODE.Person})-[:${REL.TEACHES}]->(:${NODE.Event} {id: $id}) RETURN ${T} ORDER BY name`,
  ),
  eventSkills: defineQuery<LinkRow>(
    'curation.links.eventSkills',
    `MATCH (:${NODE.Event} {id: $id})-[:${REL.TEACHES_SKILL}]->(t:${NODE.Skill}) RETURN ${T} ORDER BY name`,
  ),
} as const;

/** The people who manage an organization (they may edit it and its memberships). */
export const managersOf = defineQuery<IdRow>(
  'curation.organization.managers',
  `MATCH (p:${NODE.Person})-[m:${REL.MEMBER_OF}]->(:${NODE.Organization} {id: $id}) WHERE m.isManager = true RETURN p.id AS id`,
);

// ── Memberships ────────────────────────────────────────────────────────────────────

export const getMembership = defineQuery<PeriodRow & { isManager: boolean | null }>(
  'curation.membership.get',
  `MATCH (:${NODE.Person} {id: $personId})-[m:${REL.MEMBER_OF}]->(:${NODE.Organization} {id: $organizationId})
   RETURN m.role AS role, m.since AS since, m.until AS until, m.isManager AS isManager`,
);

export const mergeMembership = defineQuery(
  'curation.membership.merge',
  `MATCH (p:${NODE.Person} {id: $personId}), (o:${NODE.Organization} {id: $organizationId})
   MERGE (p)-[m:${REL.MEMBER_OF}]->(o)
   SET m.role = $role, m.since = date($since), m.until = date($until), m.isManager = $isManager`,
);

export const deleteMembership = defineQuery(
  'curation.membership.delete',
  `MATCH (:${NODE.Person} {id: $personId})-[m:${REL.MEMBER_OF}]->(:${NODE.Organization} {id: $organizationId}) DELETE m`,
);

// ── Contributions (a person or an organization to a project) ───────────────────────

export const getPersonContribution = defineQuery<PeriodRow>(
  'curation.contribution.person.get',
  `MATCH (:${NODE.Person} {id: $contributorId})-[c:${REL.CONTRIBUTES_TO}]->(:${NODE.Project} {id: $projectId})
   RETURN c.role AS role, c.since AS since, c.until AS until`,
);
export const mergePersonContribution = defineQuery(
  'curation.contribution.person.merge',
  `MATCH (a:${NODE.Person} {id: $contributorId}), (p:${NODE.Project} {id: $projectId})
   MERGE (a)-[c:${REL.CONTRIBUTES_TO}]->(p) SET c.role = $role, c.since = date($since), c.until = date($until)`,
);
export const deletePersonContribution = defineQuery(
  'curation.contribution.person.delete',
  `MATCH (:${NODE.Person} {id: $contributorId})-[c:${REL.CONTRIBUTES_TO}]->(:${NODE.Project} {id: $projectId}) DELETE c`,
);
export const getOrganizationContribution = defineQuery<PeriodRow>(
  'curation.contribution.organization.get',
  `MATCH (:${NODE.Organization} {id: $contributorId})-[c:${REL.CONTRIBUTES_TO}]->(:${NODE.Project} {id: $projectId})
   RETURN c.role AS role, c.since AS since, c.until AS until`,
);
export const mergeOrganizationContribution = defineQuery(
  'curation.contribution.organization.merge',
  `MATCH (a:${NODE.Organization} {id: $contributorId}), (p:${NODE.Project} {id: $projectId})
   MERGE (a)-[c:${REL.CONTRIBUTES_TO}]->(p) SET c.role = $role, c.since = date($since), c.until = date($until)`,
);
export const deleteOrganizationContribution = defineQuery(
  'curation.contribution.organization.delete',
  `MATCH (:${NODE.Organization} {id: $contributorId})-[c:${REL.CONTRIBUTES_TO}]->(:${NODE.Project} {id: $projectId}) DELETE c`,
);

// ── Project needs ──────────────────────────────────────────────────────────────────

export const getNeed = defineQuery<{ level: number | null; note: string | null }>(
  'curation.need.get',
  `MATCH (:${NODE.Project} {id: $projectId})-[r:${REL.NEEDS}]->(:${NODE.Skill} {id: $skillId}) RETURN r.level AS level, r.note AS note`,
);
export const mergeNeed = defineQuery(
  'curation.need.merge',
  `MATCH (p:${NODE.Project} {id: $projectId}), (s:${NODE.Skill} {id: $skillId})
   MERGE (p)-[r:${REL.NEEDS}]->(s) SET r.level = $level, r.note = $note`,
);
export const deleteNeed = defineQuery(
  'curation.need.delete',
  `MATCH (:${NODE.Project} {id: $projectId})-[r:${REL.NEEDS}]->(:${NODE.Skill} {id: $skillId}) DELETE r`,
);

// ── Sectors (the whole set of an organization or a project is replaced) ────────────

export const clearOrganizationSectors = defineQuery(
  'curation.sectors.organization.clear',
  `MATCH (:${NODE.Organization} {id: $id})-[r:${REL.IN_SECTOR}]->(:${NODE.Sector}) DELETE r`,
);
export const addOrganizationSector = defineQuery(
  'curation.sectors.organization.add',
  `MATCH (o:${NODE.Organization} {id: $id}), (s:${NODE.Sector} {id: $sectorId}) MERGE (o)-[:${REL.IN_SECTOR}]->(s)`,
);
export const clearProjectSectors = defineQuery(
  'curation.sectors.project.clear',
  `MATCH (:${NODE.Project} {id: $id})-[r:${REL.IN_SECTOR}]->(:${NODE.Sector}) DELETE r`,
);
export const addProjectSector = defineQuery(
  'curation.sectors.project.add',
  `MATCH (p:${NODE.Project} {id: $id}), (s:${NODE.Sector} {id: $sectorId}) MERGE (p)-[:${REL.IN_SECTOR}]->(s)`,
);

// ── Collaborations (stored one way, read both ways) ────────────────────────────────

export const getCollaboration = defineQuery<{ since: Value; note: string | null }>(
  'curation.collaboration.get',
  `MATCH (:${NODE.Organization} {id: $fromId})-[c:${REL.COLLABORATES_WITH}]->(:${NODE.Organization} {id: $toId})
   RETURN c.since AS since, c.note AS note`,
);
export const mergeCollaboration = defineQuery(
  'curation.collaboration.merge',
  `MATCH (a:${NODE.Organization} {id: $fromId}), (b:${NODE.Organization} {id: $toId})
   MERGE (a)-[c:${REL.COLLABORATES_WITH}]->(b) SET c.since = date($since), c.note = $note`,
);
export const deleteCollaboration = defineQuery(
  'curation.collaboration.delete',
  `MATCH (:${NODE.Organization} {id: $fromId})-[c:${REL.COLLABORATES_WITH}]->(:${NODE.Organization} {id: $toId}) DELETE c`,
);

// ── Skill taxonomy ─────────────────────────────────────────────────────────────────

export const countBroader = defineQuery<CountRow>(
  'curation.broader.count',
  `MATCH (:${NODE.Skill} {id: $skillId})-[r:${REL.BROADER}]->(:${NODE.Skill} {id: $broaderId}) RETURN count(r) AS n`,
);
/** Whether `$skillId` is already above `$broaderId`: then linking them the other way would close a loop. */
export const broaderPath = defineQuery<IdRow>(
  'curation.broader.path',
  `MATCH (b:${NODE.Skill} {id: $broaderId})-[:${REL.BROADER}*1..30]->(:${NODE.Skill} {id: $skillId}) RETURN b.id AS id LIMIT 1`,
);
export const mergeBroader = defineQuery(
  'curation.broader.merge',
  `MATCH (s:${NODE.Skill} {id: $skillId}), (b:${NODE.Skill} {id: $broaderId}) MERGE (s)-[:${REL.BROADER}]->(b)`,
);
export const deleteBroader = defineQuery(
  'curation.broader.delete',
  `MATCH (:${NODE.Skill} {id: $skillId})-[r:${REL.BROADER}]->(:${NODE.Skill} {id: $broaderId}) DELETE r`,
);
export const countRelated = defineQuery<CountRow>(
  'curation.related.count',
  `MATCH (:${NODE.Skill} {id: $skillId})-[r:${REL.RELATED_TO}]-(:${NODE.Skill} {id: $relatedId}) RETURN count(r) AS n`,
);
export const mergeRelated = defineQuery(
  'curation.related.merge',
  `MATCH (s:${NODE.Skill} {id: $skillId}), (r:${NODE.Skill} {id: $relatedId}) MERGE (s)-[:${REL.RELATED_TO}]->(r)`,
);
/** Deletes the link stored from `$skillId` to `$relatedId` (called both ways: Kùzu does not delete through an undirected match). */
export const deleteRelated = defineQuery(
  'curation.related.delete',
  `MATCH (:${NODE.Skill} {id: $skillId})-[r:${REL.RELATED_TO}]->(:${NODE.Skill} {id: $relatedId}) DELETE r`,
);

// ── Events ─────────────────────────────────────────────────────────────────────────

export const getEventOrganization = defineQuery<{ role: string | null }>(
  'curation.eventOrganizer.organization.get',
  `MATCH (:${NODE.Event} {id: $eventId})-[r:${REL.ORGANIZED_BY}]->(:${NODE.Organization} {id: $organizerId}) RETURN r.role AS role`,
);
export const mergeEventOrganization = defineQuery(
  'curation.eventOrganizer.organization.merge',
  `MATCH (e:${NODE.Event} {id: $eventId}), (o:${NODE.Organization} {id: $organizerId}) MERGE (e)-[r:${REL.ORGANIZED_BY}]->(o) SET r.role = $role`,
);
export const deleteEventOrganization = defineQuery(
  'curation.eventOrganizer.organization.delete',
  `MATCH (:${NODE.Event} {id: $eventId})-[r:${REL.ORGANIZED_BY}]->(:${NODE.Organization} {id: $organizerId}) DELETE r`,
);
export const getEventPerson = defineQuery<{ role: string | null }>(
  'curation.eventOrganizer.person.get',
  `MATCH (:${NODE.Event} {id: $eventId})-[r:${REL.ORGANIZED_BY}]->(:${NODE.Person} {id: $organizerId}) RETURN r.role AS role`,
);
export const mergeEventPerson = defineQuery(
  'curation.eventOrganizer.person.merge',
  `MATCH (e:${NODE.Event} {id: $eventId}), (p:${NODE.Person} {id: $organizerId}) MERGE (e)-[r:${REL.ORGANIZED_BY}]->(p) SET r.role = $role`,
);
export const deleteEventPerson = defineQuery(
  'curation.eventOrganizer.person.delete',
  `MATCH (:${NODE.Event} {id: $eventId})-[r:${REL.ORGANIZED_BY}]->(:${NODE.Person} {id: $organizerId}) DELETE r`,
);
export const countTeacher = defineQuery<CountRow>(
  'curation.teacher.count',
  `MATCH (:${NODE.Person} {id: $personId})-[r:${REL.TEACHES}]->(:${NODE.Event} {id: $eventId}) RETURN count(r) AS n`,
);
export const mergeTeacher = defineQuery(
  'curation.teacher.merge',
  `MATCH (p:${NODE.Person} {id: $personId}), (e:${NODE.Event} {id: $eventId}) MERGE (p)-[:${REL.TEACHES}]->(e)`,
);
export const deleteTeacher = defineQuery(
  'curation.teacher.delete',
  `MATCH (:${NODE.Person} {id: $personId})-[r:${REL.TEACHES}]->(:${NODE.Event} {id: $eventId}) DELETE r`,
);
export const clearEventSkills = defineQuery(
  'curation.eventSkills.clear',
  `MATCH (:${NODE.Event} {id: $id})-[r:${REL.TEACHES_SKILL}]->(:${NODE.Skill}) DELETE r`,
);
export const addEventSkill = defineQuery(
  'curation.eventSkills.add',
  `MATCH (e:${NODE.Event} {id: $id}), (s:${NODE.Skill} {id: $skillId}) MERGE (e)-[:${REL.TEACHES_SKILL}]->(s)`,
);

// ── People's searchText follows the names of their skills ─────────────────────────

export const holdersOfSkill = defineQuery<IdRow>(
  'curation.skill.holders',
  `MATCH (p:${NODE.Person})-[:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $id}) RETURN p.id AS id`,
);
export const personTexts = defineQuery<{ name: string; headline: string | null; bio: string | null }>(
  'curation.person.texts',
  `MATCH (p:${NODE.Person} {id: $id}) RETURN p.name AS name, p.headline AS headline, p.bio AS bio`,
);
export const skillNamesOfPerson = defineQuery<{ name: string; nameEn: string | null; aliases: string[] | null }>(
  'curation.person.skillNames',
  `MATCH (:${NODE.Person} {id: $id})-[:${REL.HAS_SKILL}]->(s:${NODE.Skill}) RETURN s.name AS name, s.nameEn AS nameEn, s.aliases AS aliases`,
);
export const setPersonSearchText = defineQuery(
  'curation.person.setSearchText',
  `MATCH (p:${NODE.Person} {id: $id}) SET p.searchText = $searchText`,
);
