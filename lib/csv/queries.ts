import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';
import type { Value } from '../graph/types';

/**
 * Cypher of the CSV import and export. Reads take `$everything` (every entity, for export) or
 * `$ids` (the entities an import touches). Writes are one node or one relationship per
 * statement: Kùzu 0.11.3 corrupts its full-text index on multi-row node writes that set
 * searchText, and an import is small enough that per-row statements cost nothing.
 */

type NodeRow = { n: Value };
type SlugRow = { id: string; slug: string };
export type LinkRow = { owner: string; slug: string; level: number | null; role: string | null; isManager: boolean | null };

// ---------------------------------------------------------------- slug indexes

export const sectorSlugs = defineQuery<SlugRow>('csv.slugs.sector', `MATCH (n:${NODE.Sector}) RETURN n.id AS id, n.slug AS slug`);
export const organizationSlugs = defineQuery<SlugRow>(
  'csv.slugs.organization',
  `MATCH (n:${NODE.Organization}) RETURN n.id AS id, n.slug AS slug`,
);
export const projectSlugs = defineQuery<SlugRow>('csv.slugs.project', `MATCH (n:${NODE.Project}) RETURN n.id AS id, n.slug AS slug`);
export const personSlugs = defineQuery<SlugRow & { email: string | null }>(
  'csv.slugs.person',
  `MATCH (n:${NODE.Person}) RETURN n.id AS id, n.slug AS slug, n.email AS email`,
);
/** Skills with their names: people's searchText includes the names of their skills. */
export const skillSlugs = defineQuery<SlugRow & { name: string; nameEn: string | null; aliases: string[] | null }>(
  'csv.slugs.skill',
  `MATCH (n:${NODE.Skill}) RETURN n.id AS id, n.slug AS slug, n.name AS name, n.nameEn AS nameEn, n.aliases AS aliases`,
);

// ---------------------------------------------------------------- records

export const sectorNodes = defineQuery<NodeRow>(
  'csv.nodes.sector',
  `MATCH (n:${NODE.Sector}) WHERE $everything OR n.id IN $ids RETURN n ORDER BY n.slug`,
);
export const skillNodes = defineQuery<NodeRow>('csv.nodes.skill', `MATCH (n:${NODE.Skill}) WHERE $everything OR n.id IN $ids RETURN n ORDER BY n.slug`);
export const organizationNodes = defineQuery<NodeRow>(
  'csv.nodes.organization',
  `MATCH (n:${NODE.Organization}) WHERE $everything OR n.id IN $ids RETURN n ORDER BY n.slug`,
);
export const personNodes = defineQuery<NodeRow>('csv.nodes.person', `MATCH (n:${NODE.Person}) WHERE $everything OR n.id IN $ids RETURN n ORDER BY n.slug`);
export const projectNodes = defineQuery<NodeRow>(
  'csv.nodes.project',
  `MATCH (n:${NODE.Project}) WHERE $everything OR n.id IN $ids RETURN n ORDER BY n.slug`,
);

export const personSkillLinks = defineQuery<LinkRow>(
  'csv.links.personSkills',
  `MATCH (a:${NODE.Person})-[h:${REL.HAS_SKILL}]->(b:${NODE.Skill}) WHERE $everything OR a.id IN $ids
   RETURN a.id AS owner, b.slug AS slug, h.level AS level, NULL AS role, NULL AS isManager`,
);
export const personMembershipLinks = defineQuery<LinkRow>(
  'csv.links.personMemberships',
  `MATCH (a:${NODE.Person})-[m:${REL.MEMBER_OF}]->(b:${NODE.Organization}) WHERE $everything OR a.id IN $ids
   RETURN a.id AS owner, b.slug AS slug, NULL AS level, m.role AS role, m.isManager AS isManager`,
);
export const organizationSectorLinks = defineQuery<LinkRow>(
  'csv.links.organizationSectors',
  `MATCH (a:${NODE.Organization})-[:${REL.IN_SECTOR}]->(b:${NODE.Sector}) WHERE $everything OR a.id IN $ids
   RETURN a.id AS owner, b.slug AS slug, NULL AS level, NULL AS role, NULL AS isManager`,
);
export const skillBroaderLinks = defineQuery<LinkRow>(
  'csv.links.skillBroader',
  `MATCH (a:${NODE.Skill})-[:${REL.BROADER}]->(b:${NODE.Skill}) WHERE $everything OR a.id IN $ids
   RETURN a.id AS owner, b.slug AS slug, NULL AS level, NULL AS role, NULL AS isManager`,
);
export const skillRelatedLinks = defineQuery<LinkRow>(
  'csv.links.skillRelated',
  `MATCH (a:${NODE.Skill})-[:${REL.RELATED_TO}]->(b:${NODE.Skill}) WHERE $everything OR a.id IN $ids
   RETURN a.id AS owner, b.slug AS slug, NULL AS level, NULL AS role, NULL AS isManager`,
);
export const projectSectorLinks = defineQuery<LinkRow>(
  'csv.links.projectSectors',
  `MATCH (a:${NODE.Project})-[:${REL.IN_SECTOR}]->(b:${NODE.Sector}) WHERE $everything OR a.id IN $ids
   RETURN a.id AS owner, b.slug AS slug, NULL AS level, NULL AS role, NULL AS isManager`,
);
export const projectOrganizationLinks = defineQuery<LinkRow>(
  'csv.links.projectOrganizations',
  `MATCH (b:${NODE.Organization})-[c:${REL.CONTRIBUTES_TO}]->(a:${NODE.Project}) WHERE $everything OR a.id IN $ids
   RETURN a.id AS owner, b.slug AS slug, NULL AS level, c.role AS role, NULL AS isManager`,
);
export const projectPersonLinks = defineQuery<LinkRow>(
  'csv.links.projectPeople',
  `MATCH (b:${NODE.Person})-[c:${REL.CONTRIBUTES_TO}]->(a:${NODE.Project}) WHERE $everything OR a.id IN $ids
   RETURN a.id AS owner, b.slug AS slug, NULL AS level, c.role AS role, NULL AS isManager`,
);
export const projectNeedLinks = defineQuery<LinkRow>(
  'csv.links.projectNeeds',
  `MATCH (a:${NODE.Project})-[n:${REL.NEEDS}]->(b:${NODE.Skill}) WHERE $everything OR a.id IN $ids
   RETURN a.id AS owner, b.slug AS slug, n.level AS level, NULL AS role, NULL AS isManager`,
);

/** People who hold any of these skills (their searchText names the skills). */
export const holdersOfSkills = defineQuery<{ id: string }>(
  'csv.holdersOfSkills',
  `MATCH (p:${NODE.Person})-[:${REL.HAS_SKILL}]->(s:${NODE.Skill}) WHERE s.id IN $ids RETURN DISTINCT p.id AS id`,
);

// ---------------------------------------------------------------- node writes

export const createSector = defineQuery('csv.create.sector', {
  kuzu: `CREATE (n:${NODE.Sector} {id: $id, slug: $slug, name: $name, nameEn: $nameEn, description: $description,
           descriptionEn: $descriptionEn, state: $state, searchText: $searchText, version: 1,
           createdAt: timestamp($at), updatedAt: timestamp($at)})`,
  neo4j: `CREATE (n:${NODE.Sector} {id: $id, slug: $slug, name: $name, nameEn: $nameEn, description: $description,
           descriptionEn: $descriptionEn, state: $state, searchText: $searchText, version: 1,
           createdAt: datetime($at), updatedAt: datetime($at)})`,
});
export const updateSector = defineQuery('csv.update.sector', {
  kuzu: `MATCH (n:${NODE.Sector} {id: $id}) SET n.name = $name, n.nameEn = $nameEn, n.description = $description,
           n.descriptionEn = $descriptionEn, n.state = $state, n.searchText = $searchText,
           n.version = coalesce(n.version, 0) + 1, n.updatedAt = timestamp($at)`,
  neo4j: `MATCH (n:${NODE.Sector} {id: $id}) SET n.name = $name, n.nameEn = $nameEn, n.description = $description,
           n.descriptionEn = $descriptionEn, n.state = $state, n.searchText = $searchText,
           n.version = coalesce(n.version, 0) + 1, n.updatedAt = datetime($at)`,
});

export const createSkill = defineQuery('csv.create.skill', {
  kuzu: `CREATE (n:${NODE.Skill} {id: $id, slug: $slug, name: $name, nameEn: $nameEn, aliases: $aliases,
           description: $description, descriptionEn: $descriptionEn, state: $state, searchText: $searchText, version: 1,
           createdAt: timestamp($at), updatedAt: timestamp($at)})`,
  neo4j: `CREATE (n:${NODE.Skill} {id: $id, slug: $slug, name: $name, nameEn: $nameEn, aliases: $aliases,
           description: $description, descriptionEn: $descriptionEn, state: $state, searchText: $searchText, version: 1,
           createdAt: datetime($at), updatedAt: datetime($at)})`,
});
export const updateSkill = defineQuery('csv.update.skill', {
  kuzu: `MATCH (n:${NODE.Skill} {id: $id}) SET n.name = $name, n.nameEn = $nameEn, n.aliases = $aliases,
           n.description = $description, n.descriptionEn = $descriptionEn, n.state = $state, n.searchText = $searchText,
           n.version = coalesce(n.version, 0) + 1, n.updatedAt = timestamp($at)`,
  neo4j: `MATCH (n:${NODE.Skill} {id: $id}) SET n.name = $name, n.nameEn = $nameEn, n.aliases = $aliases,
           n.description = $description, n.descriptionEn = $descriptionEn, n.state = $state, n.searchText = $searchText,
           n.version = coalesce(n.version, 0) + 1, n.updatedAt = datetime($at)`,
});

export const createOrganization = defineQuery('csv.create.organization', {
  kuzu: `CREATE (n:${NODE.Organization} {id: $id, slug: $slug, name: $name, kind: $kind, description: $description,
           website: $website, email: $email, location: $location, foundedYear: $foundedYear, latitude: $latitude,
           longitude: $longitude, state: $state, searchText: $searchText, version: 1,
           createdAt: timestamp($at), updatedAt: timestamp($at)})`,
  neo4j: `CREATE (n:${NODE.Organization} {id: $id, slug: $slug, name: $name, kind: $kind, description: $description,
           website: $website, email: $email, location: $location, foundedYear: $foundedYear, latitude: $latitude,
           longitude: $longitude, state: $state, searchText: $searchText, version: 1,
           createdAt: datetime($at), updatedAt: datetime($at)})`,
});
export const updateOrganization = defineQuery('csv.update.organization', {
  kuzu: `MATCH (n:${NODE.Organization} {id: $id}) SET n.name = $name, n.kind = $kind, n.description = $description,
           n.website = $website, n.email = $email, n.location = $location, n.foundedYear = $foundedYear,
           n.latitude = $latitude, n.longitude = $longitude, n.state = $state, n.searchText = $searchText,
           n.version = coalesce(n.version, 0) + 1, n.updatedAt = timestamp($at)`,
  neo4j: `MATCH (n:${NODE.Organization} {id: $id}) SET n.name = $name, n.kind = $kind, n.description = $description,
           n.website = $website, n.email = $email, n.location = $location, n.foundedYear = $foundedYear,
           n.latitude = $latitude, n.longitude = $longitude, n.state = $state, n.searchText = $searchText,
           n.version = coalesce(n.version, 0) + 1, n.updatedAt = datetime($at)`,
});

export const createPerson = defineQuery('csv.create.person', {
  kuzu: `CREATE (n:${NODE.Person} {id: $id, slug: $slug, name: $name, email: $email, headline: $headline, bio: $bio,
           phone: $phone, website: $website, location: $location, availability: $availability,
           contactVisibility: $contactVisibility, state: $state, searchText: $searchText, version: 1,
           createdAt: timestamp($at), updatedAt: timestamp($at)})`,
  neo4j: `CREATE (n:${NODE.Person} {id: $id, slug: $slug, name: $name, email: $email, headline: $headline, bio: $bio,
           phone: $phone, website: $website, location: $location, availability: $availability,
           contactVisibility: $contactVisibility, state: $state, searchText: $searchText, version: 1,
           createdAt: datetime($at), updatedAt: datetime($at)})`,
});
export const updatePerson = defineQuery('csv.update.person', {
  kuzu: `MATCH (n:${NODE.Person} {id: $id}) SET n.name = $name, n.email = $email, n.headline = $headline, n.bio = $bio,
           n.phone = $phone, n.website = $website, n.location = $location, n.availability = $availability,
           n.contactVisibility = $contactVisibility, n.state = $state, n.searchText = $searchText,
           n.version = coalesce(n.version, 0) + 1, n.updatedAt = timestamp($at)`,
  neo4j: `MATCH (n:${NODE.Person} {id: $id}) SET n.name = $name, n.email = $email, n.headline = $headline, n.bio = $bio,
           n.phone = $phone, n.website = $website, n.location = $location, n.availability = $availability,
           n.contactVisibility = $contactVisibility, n.state = $state, n.searchText = $searchText,
           n.version = coalesce(n.version, 0) + 1, n.updatedAt = datetime($at)`,
});
/** A person's searchText alone: the names of one of their skills changed. Derived text, so no new version. */
export const updatePersonSearchText = defineQuery(
  'csv.update.personSearchText',
  `MATCH (n:${NODE.Person} {id: $id}) SET n.searchText = $searchText`,
);

export const createProject = defineQuery('csv.create.project', {
  kuzu: `CREATE (n:${NODE.Project} {id: $id, slug: $slug, name: $name, summary: $summary, description: $description,
           status: $status, startDate: date($startDate), endDate: date($endDate), website: $website, openCall: $openCall,
           callOpen: $callOpen, state: $state, searchText: $searchText, version: 1,
           createdAt: timestamp($at), updatedAt: timestamp($at)})`,
  neo4j: `CREATE (n:${NODE.Project} {id: $id, slug: $slug, name: $name, summary: $summary, description: $description,
           status: $status, startDate: date($startDate), endDate: date($endDate), website: $website, openCall: $openCall,
           callOpen: $callOpen, state: $state, searchText: $searchText, version: 1,
           createdAt: datetime($at), updatedAt: datetime($at)})`,
});
export const updateProject = defineQuery('csv.update.project', {
  kuzu: `MATCH (n:${NODE.Project} {id: $id}) SET n.name = $name, n.summary = $summary, n.description = $description,
           n.status = $status, n.startDate = date($startDate), n.endDate = date($endDate), n.website = $website,
           n.openCall = $openCall, n.callOpen = $callOpen, n.state = $state, n.searchText = $searchText,
           n.version = coalesce(n.version, 0) + 1, n.updatedAt = timestamp($at)`,
  neo4j: `MATCH (n:${NODE.Project} {id: $id}) SET n.name = $name, n.summary = $summary, n.description = $description,
           n.status = $status, n.startDate = date($startDate), n.endDate = date($endDate), n.website = $website,
           n.openCall = $openCall, n.callOpen = $callOpen, n.state = $state, n.searchText = $searchText,
           n.version = coalesce(n.version, 0) + 1, n.updatedAt = datetime($at)`,
});

// ---------------------------------------------------------------- relationship writes
// Every statement takes $owner (the row's entity) and $target (the referenced one).

export const addPersonSkill = defineQuery(
  'csv.add.personSkill',
  `MATCH (a:${NODE.Person} {id: $owner}), (b:${NODE.Skill} {id: $target}) CREATE (a)-[:${REL.HAS_SKILL} {level: $level}]->(b)`,
);
export const setPersonSkill = defineQuery(
  'csv.set.personSkill',
  `MATCH (a:${NODE.Person} {id: $owner})-[h:${REL.HAS_SKILL}]->(b:${NODE.Skill} {id: $target}) SET h.level = $level`,
);
export const removePersonSkill = defineQuery(
  'csv.remove.personSkill',
  `MATCH (a:${NODE.Person} {id: $owner})-[h:${REL.HAS_SKILL}]->(b:${NODE.Skill} {id: $target}) DELETE h`,
);

export const addMembership = defineQuery(
  'csv.add.membership',
  `MATCH (a:${NODE.Person} {id: $owner}), (b:${NODE.Organization} {id: $target})
   CREATE (a)-[:${REL.MEMBER_OF} {role: $role, isManager: $isManager}]->(b)`,
);
export const setMembership = defineQuery(
  'csv.set.membership',
  `MATCH (a:${NODE.Person} {id: $owner})-[m:${REL.MEMBER_OF}]->(b:${NODE.Organization} {id: $target})
   SET m.role = $role, m.isManager = $isManager`,
);
export const removeMembership = defineQuery(
  'csv.remove.membership',
  `MATCH (a:${NODE.Person} {id: $owner})-[m:${REL.MEMBER_OF}]->(b:${NODE.Organization} {id: $target}) DELETE m`,
);

export const addOrganizationSector = defineQuery(
  'csv.add.organizationSector',
  `MATCH (a:${NODE.Organization} {id: $owner}), (b:${NODE.Sector} {id: $target}) CREATE (a)-[:${REL.IN_SECTOR}]->(b)`,
);
export const removeOrganizationSector = defineQuery(
  'csv.remove.organizationSector',
  `MATCH (a:${NODE.Organization} {id: $owner})-[r:${REL.IN_SECTOR}]->(b:${NODE.Sector} {id: $target}) DELETE r`,
);

export const addProjectSector = defineQuery(
  'csv.add.projectSector',
  `MATCH (a:${NODE.Project} {id: $owner}), (b:${NODE.Sector} {id: $target}) CREATE (a)-[:${REL.IN_SECTOR}]->(b)`,
);
export const removeProjectSector = defineQuery(
  'csv.remove.projectSector',
  `MATCH (a:${NODE.Project} {id: $owner})-[r:${REL.IN_SECTOR}]->(b:${NODE.Sector} {id: $target}) DELETE r`,
);

export const addBroader = defineQuery(
  'csv.add.broader',
  `MATCH (a:${NODE.Skill} {id: $owner}), (b:${NODE.Skill} {id: $target}) CREATE (a)-[:${REL.BROADER}]->(b)`,
);
export const removeBroader = defineQuery(
  'csv.remove.broader',
  `MATCH (a:${NODE.Skill} {id: $owner})-[r:${REL.BROADER}]->(b:${NODE.Skill} {id: $target}) DELETE r`,
);

export const addRelated = defineQuery(
  'csv.add.related',
  `MATCH (a:${NODE.Skill} {id: $owner}), (b:${NODE.Skill} {id: $target}) CREATE (a)-[:${REL.RELATED_TO}]->(b)`,
);
export const removeRelated = defineQuery(
  'csv.remove.related',
  `MATCH (a:${NODE.Skill} {id: $owner})-[r:${REL.RELATED_TO}]->(b:${NODE.Skill} {id: $target}) DELETE r`,
);

export const addProjectOrganization = defineQuery(
  'csv.add.projectOrganization',
  `MATCH (a:${NODE.Project} {id: $owner}), (b:${NODE.Organization} {id: $target})
   CREATE (b)-[:${REL.CONTRIBUTES_TO} {role: $role}]->(a)`,
);
export const setProjectOrganization = defineQuery(
  'csv.set.projectOrganization',
  `MATCH (b:${NODE.Organization} {id: $target})-[c:${REL.CONTRIBUTES_TO}]->(a:${NODE.Project} {id: $owner}) SET c.role = $role`,
);
export const removeProjectOrganization = defineQuery(
  'csv.remove.projectOrganization',
  `MATCH (b:${NODE.Organization} {id: $target})-[c:${REL.CONTRIBUTES_TO}]->(a:${NODE.Project} {id: $owner}) DELETE c`,
);

export const addProjectPerson = defineQuery(
  'csv.add.projectPerson',
  `MATCH (a:${NODE.Project} {id: $owner}), (b:${NODE.Person} {id: $target})
   CREATE (b)-[:${REL.CONTRIBUTES_TO} {role: $role}]->(a)`,
);
export const setProjectPerson = defineQuery(
  'csv.set.projectPerson',
  `MATCH (b:${NODE.Person} {id: $target})-[c:${REL.CONTRIBUTES_TO}]->(a:${NODE.Project} {id: $owner}) SET c.role = $role`,
);
export const removeProjectPerson = defineQuery(
  'csv.remove.projectPerson',
  `MATCH (b:${NODE.Person} {id: $target})-[c:${REL.CONTRIBUTES_TO}]->(a:${NODE.Project} {id: $owner}) DELETE c`,
);

export const addProjectNeed = defineQuery(
  'csv.add.projectNeed',
  `MATCH (a:${NODE.Project} {id: $owner}), (b:${NODE.Skill} {id: $target}) CREATE (a)-[:${REL.NEEDS} {level: $level}]->(b)`,
);
export const setProjectNeed = defineQuery(
  'csv.set.projectNeed',
  `MATCH (a:${NODE.Project} {id: $owner})-[n:${REL.NEEDS}]->(b:${NODE.Skill} {id: $target}) SET n.level = $level`,
);
export const removeProjectNeed = defineQuery(
  'csv.remove.projectNeed',
  `MATCH (a:${NODE.Project} {id: $owner})-[n:${REL.NEEDS}]->(b:${NODE.Skill} {id: $target}) DELETE n`,
);
