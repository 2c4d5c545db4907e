import { defineQuery } from '../graph/query';
import { NODE } from '../graph/schema';
import type { GraphNode } from '../graph/types';

/**
 * Node-level statements of staff curation, one per kind (labels cannot be parameters):
 * read a record in any state, find taken slugs, create, update, change state, delete,
 * and the staff lists with their counts per state. Timestamps travel as ISO strings
 * (`timestamp($at)` on Kùzu, `datetime($at)` on Neo4j); nodes are written one per
 * statement, so Kùzu's full-text index sees each node's own searchText.
 */

type NodeRow = { n: GraphNode };
type SlugRow = { id: string; slug: string };
type IdRow = { id: string };
type StateCountRow = { state: string | null; n: number };

// ── Any state, by id ───────────────────────────────────────────────────────────────

export const nodeById = {
  Person: defineQuery<NodeRow>('curation.person.byId', `MATCH (n:${NODE.Person} {id: $id}) RETURN n`),
  Organization: defineQuery<NodeRow>('curation.organization.byId', `MATCH (n:${NODE.Organization} {id: $id}) RETURN n`),
  Project: defineQuery<NodeRow>('curation.project.byId', `MATCH (n:${NODE.Project} {id: $id}) RETURN n`),
  Skill: defineQuery<NodeRow>('curation.skill.byId', `MATCH (n:${NODE.Skill} {id: $id}) RETURN n`),
  Sector: defineQuery<NodeRow>('curation.sector.byId', `MATCH (n:${NODE.Sector} {id: $id}) RETURN n`),
  Event: defineQuery<NodeRow>('curation.event.byId', `MATCH (n:${NODE.Event} {id: $id}) RETURN n`),
} as const;

// ── Slugs and emails ───────────────────────────────────────────────────────────────

/** Slugs starting with `$prefix`, whatever the state: slugs stay unique across states. */
export const slugsFrom = {
  Person: defineQuery<SlugRow>('curation.person.slugs', `MATCH (n:${NODE.Person}) WHERE n.slug STARTS WITH $prefix RETURN n.id AS id, n.slug AS slug`),
  Organization: defineQuery<SlugRow>('curation.organization.slugs', `MATCH (n:${NODE.Organization}) WHERE n.slug STARTS WITH $prefix RETURN n.id AS id, n.slug AS slug`),
  Project: defineQuery<SlugRow>('curation.project.slugs', `MATCH (n:${NODE.Project}) WHERE n.slug STARTS WITH $prefix RETURN n.id AS id, n.slug AS slug`),
  Skill: defineQuery<SlugRow>('curation.skill.slugs', `MATCH (n:${NODE.Skill}) WHERE n.slug STARTS WITH $prefix RETURN n.id AS id, n.slug AS slug`),
  Sector: defineQuery<SlugRow>('curation.sector.slugs', `MATCH (n:${NODE.Sector}) WHERE n.slug STARTS WITH $prefix RETURN n.id AS id, n.slug AS slug`),
  Event: defineQuery<SlugRow>('curation.event.slugs', `MATCH (n:${NODE.Event}) WHERE n.slug STARTS WITH $prefix RETURN n.id AS id, n.slug AS slug`),
} as const;

/** People with this email (compared in lower case). */
export const peopleWithEmail = defineQuery<IdRow>(
  'curation.person.byEmail',
  `MATCH (n:${NODE.Person}) WHERE toLower(n.email) = $email RETURN n.id AS id`,
);

// ── Create ─────────────────────────────────────────────────────────────────────────

const K_AT = 'timestamp($at)';
const N_AT = 'datetime($at)';

const PERSON_PROPS = `id: $id, slug: $slug, name: $name, headline: $headline, bio: $bio, email: $email, phone: $phone,
  website: $website, location: $location, availability: $availability, contactVisibility: $contactVisibility,
  searchText: $searchText, state: $state, version: 1`;
const ORGANIZATION_PROPS = `id: $id, slug: $slug, name: $name, kind: $kind, description: $description, website: $website,
  email: $email, location: $location, foundedYear: $foundedYear, latitude: $latitude, longitude: $longitude,
  searchText: $searchText, state: $state, version: 1`;
const PROJECT_PROPS = `id: $id, slug: $slug, name: $name, summary: $summary, description: $description, status: $status,
  startDate: date($startDate), endDate: date($endDate), openCall: $openCall, callOpen: $callOpen, website: $website,
  searchText: $searchText, state: $state, version: 1`;
const SKILL_PROPS = `id: $id, slug: $slug, name: $name, nameEn: $nameEn, aliases: $aliases, description: $description,
  descriptionEn: $descriptionEn, searchText: $searchText, state: $state, version: 1`;
const SECTOR_PROPS = `id: $id, slug: $slug, name: $name, nameEn: $nameEn, description: $description,
  descriptionEn: $descriptionEn, searchText: $searchText, state: $state, version: 1`;
const EVENT_PROPS = `id: $id, slug: $slug, name: $name, kind: $kind, summary: $summary, description: $description,
  place: $place, language: $language, searchText: $searchText, state: $state, version: 1`;

export const createNode = {
  Person: defineQuery<NodeRow>('curation.person.create', {
    kuzu: `CREATE (n:${NODE.Person} {${PERSON_PROPS}, createdAt: ${K_AT}, updatedAt: ${K_AT}}) RETURN n`,
    neo4j: `CREATE (n:${NODE.Person} {${PERSON_PROPS}, createdAt: ${N_AT}, updatedAt: ${N_AT}}) RETURN n`,
  }),
  Organization: defineQuery<NodeRow>('curation.organization.create', {
    kuzu: `CREATE (n:${NODE.Organization} {${ORGANIZATION_PROPS}, createdAt: ${K_AT}, updatedAt: ${K_AT}}) RETURN n`,
    neo4j: `CREATE (n:${NODE.Organization} {${ORGANIZATION_PROPS}, createdAt: ${N_AT}, updatedAt: ${N_AT}}) RETURN n`,
  }),
  Project: defineQuery<NodeRow>('curation.project.create', {
    kuzu: `CREATE (n:${NODE.Project} {${PROJECT_PROPS}, createdAt: ${K_AT}, updatedAt: ${K_AT}}) RETURN n`,
    neo4j: `CREATE (n:${NODE.Project} {${PROJECT_PROPS}, createdAt: ${N_AT}, updatedAt: ${N_AT}}) RETURN n`,
  }),
  Skill: defineQuery<NodeRow>('curation.skill.create', {
    kuzu: `CREATE (n:${NODE.Skill} {${SKILL_PROPS}, createdAt: ${K_AT}, updatedAt: ${K_AT}}) RETURN n`,
    neo4j: `CREATE (n:${NODE.Skill} {${SKILL_PROPS}, createdAt: ${N_AT}, updatedAt: ${N_AT}}) RETURN n`,
  }),
  Sector: defineQuery<NodeRow>('curation.sector.create', {
    kuzu: `CREATE (n:${NODE.Sector} {${SECTOR_PROPS}, createdAt: ${K_AT}, updatedAt: ${K_AT}}) RETURN n`,
    neo4j: `CREATE (n:${NODE.Sector} {${SECTOR_PROPS}, createdAt: ${N_AT}, updatedAt: ${N_AT}}) RETURN n`,
  }),
  Event: defineQuery<NodeRow>('curation.event.create', {
    kuzu: `CREATE (n:${NODE.Event} {${EVENT_PROPS}, startsAt: timestamp($startsAt), endsAt: timestamp($endsAt),
             createdAt: ${K_AT}, updatedAt: ${K_AT}}) RETURN n`,
    neo4j: `CREATE (n:${NODE.Event} {${EVENT_PROPS}, startsAt: datetime($startsAt), endsAt: datetime($endsAt),
              createdAt: ${N_AT}, updatedAt: ${N_AT}}) RETURN n`,
  }),
} as const;

// ── Update (every editable field; the version check happens before, in the same unit) ─

const BUMP_K = `n.version = coalesce(n.version, 1) + 1, n.updatedAt = ${K_AT}`;
const BUMP_N = `n.version = coalesce(n.version, 1) + 1, n.updatedAt = ${N_AT}`;

const PERSON_SET = `n.slug = $slug, n.name = $name, n.headline = $headline, n.bio = $bio, n.email = $email, n.phone = $phone,
  n.website = $website, n.location = $location, n.availability = $availability, n.contactVisibility = $contactVisibility,
  n.searchText = $searchText`;
const ORGANIZATION_SET = `n.slug = $slug, n.name = $name, n.kind = $kind, n.description = $description, n.website = $website,
  n.email = $email, n.location = $location, n.foundedYear = $foundedYear, n.latitude = $latitude, n.longitude = $longitude,
  n.searchText = $searchText`;
const PROJECT_SET = `n.slug = $slug, n.name = $name, n.summary = $summary, n.description = $description, n.status = $status,
  n.startDate = date($startDate), n.endDate = date($endDate), n.openCall = $openCall, n.callOpen = $callOpen,
  n.website = $website, n.searchText = $searchText`;
const SKILL_SET = `n.slug = $slug, n.name = $name, n.nameEn = $nameEn, n.aliases = $aliases, n.description = $description,
  n.descriptionEn = $descriptionEn, n.searchText = $searchText`;
const SECTOR_SET = `n.slug = $slug, n.name = $name, n.nameEn = $nameEn, n.description = $description,
  n.descriptionEn = $descriptionEn, n.searchText = $searchText`;
const EVENT_SET = `n.slug = $slug, n.name = $name, n.kind = $kind, n.summary = $summary, n.description = $description,
  n.place = $place, n.language = $language, n.searchText = $searchText`;

export const updateNode = {
  Person: defineQuery<NodeRow>('curation.person.update', {
    kuzu: `MATCH (n:${NODE.Person} {id: $id}) SET ${PERSON_SET}, ${BUMP_K} RETURN n`,
    neo4j: `MATCH (n:${NODE.Person} {id: $id}) SET ${PERSON_SET}, ${BUMP_N} RETURN n`,
  }),
  Organization: defineQuery<NodeRow>('curation.organization.update', {
    kuzu: `MATCH (n:${NODE.Organization} {id: $id}) SET ${ORGANIZATION_SET}, ${BUMP_K} RETURN n`,
    neo4j: `MATCH (n:${NODE.Organization} {id: $id}) SET ${ORGANIZATION_SET}, ${BUMP_N} RETURN n`,
  }),
  Project: defineQuery<NodeRow>('curation.project.update', {
    kuzu: `MATCH (n:${NODE.Project} {id: $id}) SET ${PROJECT_SET}, ${BUMP_K} RETURN n`,
    neo4j: `MATCH (n:${NODE.Project} {id: $id}) SET ${PROJECT_SET}, ${BUMP_N} RETURN n`,
  }),
  Skill: defineQuery<NodeRow>('curation.skill.update', {
    kuzu: `MATCH (n:${NODE.Skill} {id: $id}) SET ${SKILL_SET}, ${BUMP_K} RETURN n`,
    neo4j: `MATCH (n:${NODE.Skill} {id: $id}) SET ${SKILL_SET}, ${BUMP_N} RETURN n`,
  }),
  Sector: defineQuery<NodeRow>('curation.sector.update', {
    kuzu: `MATCH (n:${NODE.Sector} {id: $id}) SET ${SECTOR_SET}, ${BUMP_K} RETURN n`,
    neo4j: `MATCH (n:${NODE.Sector} {id: $id}) SET ${SECTOR_SET}, ${BUMP_N} RETURN n`,
  }),
  Event: defineQuery<NodeRow>('curation.event.update', {
    kuzu: `MATCH (n:${NODE.Event} {id: $id})
           SET ${EVENT_SET}, n.startsAt = timestamp($startsAt), n.endsAt = timestamp($endsAt), ${BUMP_K} RETURN n`,
    neo4j: `MATCH (n:${NODE.Event} {id: $id})
            SET ${EVENT_SET}, n.startsAt = datetime($startsAt), n.endsAt = datetime($endsAt), ${BUMP_N} RETURN n`,
  }),
} as const;

// ── State and deletion ─────────────────────────────────────────────────────────────

export const setState = {
  Person: defineQuery<NodeRow>('curation.person.setState', {
    kuzu: `MATCH (n:${NODE.Person} {id: $id}) SET n.state = $state, ${BUMP_K} RETURN n`,
    neo4j: `MATCH (n:${NODE.Person} {id: $id}) SET n.state = $state, ${BUMP_N} RETURN n`,
  }),
  Organization: defineQuery<NodeRow>('curation.organization.setState', {
    kuzu: `MATCH (n:${NODE.Organization} {id: $id}) SET n.state = $state, ${BUMP_K} RETURN n`,
    neo4j: `MATCH (n:${NODE.Organization} {id: $id}) SET n.state = $state, ${BUMP_N} RETURN n`,
  }),
  Project: defineQuery<NodeRow>('curation.project.setState', {
    kuzu: `MATCH (n:${NODE.Project} {id: $id}) SET n.state = $state, ${BUMP_K} RETURN n`,
    neo4j: `MATCH (n:${NODE.Project} {id: $id}) SET n.state = $state, ${BUMP_N} RETURN n`,
  }),
  Skill: defineQuery<NodeRow>('curation.skill.setState', {
    kuzu: `MATCH (n:${NODE.Skill} {id: $id}) SET n.state = $state, ${BUMP_K} RETURN n`,
    neo4j: `MATCH (n:${NODE.Skill} {id: $id}) SET n.state = $state, ${BUMP_N} RETURN n`,
  }),
  Sector: defineQuery<NodeRow>('curation.sector.setState', {
    kuzu: `MATCH (n:${NODE.Sector} {id: $id}) SET n.state = $state, ${BUMP_K} RETURN n`,
    neo4j: `MATCH (n:${NODE.Sector} {id: $id}) SET n.state = $state, ${BUMP_N} RETURN n`,
  }),
  Event: defineQuery<NodeRow>('curation.event.setState', {
    kuzu: `MATCH (n:${NODE.Event} {id: $id}) SET n.state = $state, ${BUMP_K} RETURN n`,
    neo4j: `MATCH (n:${NODE.Event} {id: $id}) SET n.state = $state, ${BUMP_N} RETURN n`,
  }),
} as const;

/** Removes the node and every relationship it has. */
export const deleteNode = {
  Person: defineQuery('curation.person.delete', `MATCH (n:${NODE.Person} {id: $id}) DETACH DELETE n`),
  Organization: defineQuery('curation.organization.delete', `MATCH (n:${NODE.Organization} {id: $id}) DETACH DELETE n`),
  Project: defineQuery('curation.project.delete', `MATCH (n:${NODE.Project} {id: $id}) DETACH DELETE n`),
  Skill: defineQuery('curation.skill.delete', `MATCH (n:${NODE.Skill} {id: $id}) DETACH DELETE n`),
  Sector: defineQuery('curation.sector.delete', `MATCH (n:${NODE.Sector} {id: $id}) DETACH DELETE n`),
  Event: defineQuery('curation.event.delete', `MATCH (n:${NODE.Event} {id: $id}) DETACH DELETE n`),
} as const;

// ── Staff lists ────────────────────────────────────────────────────────────────────
// A staff list is small next to the public ones (one kind, any state, by name); the
// optional search is a substring of the folded searchText or the slug.

const MATCHES = `($q = '' OR n.searchText CONTAINS $q OR n.slug CONTAINS $q)`;
const PAGE = `RETURN n, toLower(n.name) AS sortName ORDER BY sortName, n.id SKIP $skip LIMIT $limit`;
const COUNTS = `RETURN n.state AS state, count(*) AS n`;

export const listPage = {
  Person: defineQuery<NodeRow>('curation.person.list', `MATCH (n:${NODE.Person}) WHERE n.state IN $states AND ${MATCHES} ${PAGE}`),
  Organization: defineQuery<NodeRow>('curation.organization.list', `MATCH (n:${NODE.Organization}) WHERE n.state IN $states AND ${MATCHES} ${PAGE}`),
  Project: defineQuery<NodeRow>('curation.project.list', `MATCH (n:${NODE.Project}) WHERE n.state IN $states AND ${MATCHES} ${PAGE}`),
  Skill: defineQuery<NodeRow>('curation.skill.list', `MATCH (n:${NODE.Skill}) WHERE n.state IN $states AND ${MATCHES} ${PAGE}`),
  Sector: defineQuery<NodeRow>('curation.sector.list', `MATCH (n:${NODE.Sector}) WHERE n.state IN $states AND ${MATCHES} ${PAGE}`),
  Event: defineQuery<NodeRow>('curation.event.list', `MATCH (n:${NODE.Event}) WHERE n.state IN $states AND ${MATCHES} ${PAGE}`),
} as const;

export const stateCounts = {
  Person: defineQuery<StateCountRow>('curation.person.counts', `MATCH (n:${NODE.Person}) WHERE ${MATCHES} ${COUNTS}`),
  Organization: defineQuery<StateCountRow>('curation.organization.counts', `MATCH (n:${NODE.Organization}) WHERE ${MATCHES} ${COUNTS}`),
  Project: defineQuery<StateCountRow>('curation.project.counts', `MATCH (n:${NODE.Project}) WHERE ${MATCHES} ${COUNTS}`),
  Skill: defineQuery<StateCountRow>('curation.skill.counts', `MATCH (n:${NODE.Skill}) WHERE ${MATCHES} ${COUNTS}`),
  Sector: defineQuery<StateCountRow>('curation.sector.counts', `MATCH (n:${NODE.Sector}) WHERE ${MATCHES} ${COUNTS}`),
  Event: defineQuery<StateCountRow>('curation.event.counts', `MATCH (n:${NODE.Event}) WHERE ${MATCHES} ${COUNTS}`),
} as const;
