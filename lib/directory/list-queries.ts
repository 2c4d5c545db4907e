import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';

/**
 * The directory lists (people, organizations, projects, skills, sectors, events).
 *
 * Shape (PERFORMANCE.md): a page statement returns only ids, in order, with
 * `SKIP $skip LIMIT $limit`; the total is a separate `count` statement; entities are
 * filled in afterwards by id (DataLoaders). Optional filters are written as
 * `($x IS NULL OR ...)` with parameters, so one text serves every combination.
 *
 * Orders on plain properties share one text and pick their key with
 * `CASE WHEN $sort = ...` (the unused keys are NULL for every row); orders on an
 * aggregate (member count, people per skill) have their own text, so the other orders
 * do not pay for the aggregation. Every ORDER BY ends on the id, so pages never overlap.
 *
 * Kùzu 0.11.3 rejects parameter names that are Cypher keywords (`$order`, `$from`,
 * `$to`, `$descending`: "Parser exception"), hence `$sort`, `$sinceIso`, `$untilIso`,
 * `$latestFirst`.
 *
 * The fragments below are module constants put together from constants only; values
 * always travel as parameters.
 */

type IdRow = { id: string };
type CountRow = { n: number };
type OwnerCountRow = { owner: string; n: number };

// ── People ──────────────────────────────────────────────────────────────────────────

/** Filters every people text applies to `p`, after its skill pattern. */
const PERSON_FILTERS = `p.state = 'ACTIVE'
  AND ($availability IS NULL OR p.availability = $availability)
  AND ($organization IS NULL OR EXISTS {
    MATCH (p)-[:${REL.MEMBER_OF}]->(org:${NODE.Organization} {slug: $organization}) WHERE org.state = 'ACTIVE' })`;

/** NAME: by name; RECENT: newest profile first, then by name. */
const PERSON_PAGE = `RETURN p.id AS id
  ORDER BY CASE WHEN $sort = 'RECENT' THEN p.createdAt END DESC, toLower(p.name), p.id
  SKIP $skip LIMIT $limit`;

// All-of skill filters use one fixed pattern per number of skills (1, 2, 3): on Kùzu
// they start from the skill nodes and are 3–5× faster than a generic form. Four or
// more skills use the generic form (`count(DISTINCT s) = size($skills)`). The service
// removes duplicate slugs first: Kùzu would let two pattern parts share one
// relationship where Neo4j would not.
const PEOPLE_ANY_SKILL = `MATCH (p:${NODE.Person}) WHERE ${PERSON_FILTERS}`;
const PEOPLE_ONE_SKILL = `MATCH (p:${NODE.Person})-[:${REL.HAS_SKILL}]->(:${NODE.Skill} {slug: $skill1})
  WHERE ${PERSON_FILTERS}`;
const PEOPLE_TWO_SKILLS = `MATCH (:${NODE.Skill} {slug: $skill1})<-[:${REL.HAS_SKILL}]-(p:${NODE.Person})-[:${REL.HAS_SKILL}]->(:${NODE.Skill} {slug: $skill2})
  WHERE ${PERSON_FILTERS}`;
const PEOPLE_THREE_SKILLS = `MATCH (:${NODE.Skill} {slug: $skill1})<-[:${REL.HAS_SKILL}]-(p:${NODE.Person})-[:${REL.HAS_SKILL}]->(:${NODE.Skill} {slug: $skill2}),
        (p)-[:${REL.HAS_SKILL}]->(:${NODE.Skill} {slug: $skill3})
  WHERE ${PERSON_FILTERS}`;
const PEOPLE_MANY_SKILLS = `MATCH (p:${NODE.Person})-[:${REL.HAS_SKILL}]->(s:${NODE.Skill})
  WHERE s.slug IN $skills AND ${PERSON_FILTERS}
  WITH p, count(DISTINCT s) AS held WHERE held = size($skills)`;

/** People lists by number of required skills: `[0]` none, `[1]`..`[3]` fixed patterns, `many` 4+. */
export const peopleList = {
  page: [
    defineQuery<IdRow>('directory.list.people.page0', `${PEOPLE_ANY_SKILL} ${PERSON_PAGE}`),
    defineQuery<IdRow>('directory.list.people.page1', `${PEOPLE_ONE_SKILL} ${PERSON_PAGE}`),
    defineQuery<IdRow>('directory.list.people.page2', `${PEOPLE_TWO_SKILLS} ${PERSON_PAGE}`),
    defineQuery<IdRow>('directory.list.people.page3', `${PEOPLE_THREE_SKILLS} ${PERSON_PAGE}`),
  ],
  count: [
    defineQuery<CountRow>('directory.list.people.count0', `${PEOPLE_ANY_SKILL} RETURN count(p) AS n`),
    defineQuery<CountRow>('directory.list.people.count1', `${PEOPLE_ONE_SKILL} RETURN count(p) AS n`),
    defineQuery<CountRow>('directory.list.people.count2', `${PEOPLE_TWO_SKILLS} RETURN count(p) AS n`),
    defineQuery<CountRow>('directory.list.people.count3', `${PEOPLE_THREE_SKILLS} RETURN count(p) AS n`),
  ],
  pageMany: defineQuery<IdRow>('directory.list.people.pageMany', `${PEOPLE_MANY_SKILLS} ${PERSON_PAGE}`),
  countMany: defineQuery<CountRow>('directory.list.people.countMany', `${PEOPLE_MANY_SKILLS} RETURN count(p) AS n`),
} as const;

// ── Organizations ───────────────────────────────────────────────────────────────────

const ORGANIZATIONS = `MATCH (o:${NODE.Organization})
  WHERE o.state = 'ACTIVE'
    AND ($kind IS NULL OR o.kind = $kind)
    AND ($sector IS NULL OR EXISTS {
      MATCH (o)-[:${REL.IN_SECTOR}]->(s:${NODE.Sector} {slug: $sector}) WHERE s.state = 'ACTIVE' })`;

export const organizationList = {
  /** NAME: by name; FOUNDED: oldest first (unknown years last), then by name. */
  page: defineQuery<IdRow>(
    'directory.list.organizations.page',
    `${ORGANIZATIONS}
     RETURN o.id AS id
     ORDER BY CASE WHEN $sort = 'FOUNDED' THEN o.foundedYear END, toLower(o.name), o.id
     SKIP $skip LIMIT $limit`,
  ),
  /** MEMBERS: most public members first. */
  pageByMembers: defineQuery<IdRow>(
    'directory.list.organizations.pageByMembers',
    `${ORGANIZATIONS}
     OPTIONAL MATCH (p:${NODE.Person})-[:${REL.MEMBER_OF}]->(o) WHERE p.state = 'ACTIVE'
     WITH o, count(p) AS members
     RETURN o.id AS id
     ORDER BY members DESC, toLower(o.name), o.id
     SKIP $skip LIMIT $limit`,
  ),
  count: defineQuery<CountRow>('directory.list.organizations.count', `${ORGANIZATIONS} RETURN count(o) AS n`),
} as const;

// ── Projects ────────────────────────────────────────────────────────────────────────

const PROJECTS = `MATCH (n:${NODE.Project})
  WHERE n.state = 'ACTIVE'
    AND ($status IS NULL OR n.status = $status)
    AND ($callOpen IS NULL OR coalesce(n.callOpen, false) = $callOpen)
    AND ($sector IS NULL OR EXISTS {
      MATCH (n)-[:${REL.IN_SECTOR}]->(s:${NODE.Sector} {slug: $sector}) WHERE s.state = 'ACTIVE' })`;

export const projectList = {
  /**
   * NAME: by name; START_DATE: latest start first, projects without a date last (a
   * DESC key alone would put NULLs first on both engines); RECENT: newest record first.
   */
  page: defineQuery<IdRow>(
    'directory.list.projects.page',
    `${PROJECTS}
     RETURN n.id AS id
     ORDER BY CASE WHEN $sort = 'START_DATE' THEN n.startDate IS NULL END,
              CASE WHEN $sort = 'START_DATE' THEN n.startDate END DESC,
              CASE WHEN $sort = 'RECENT' THEN n.createdAt END DESC,
              toLower(n.name), n.id
     SKIP $skip LIMIT $limit`,
  ),
  count: defineQuery<CountRow>('directory.list.projects.count', `${PROJECTS} RETURN count(n) AS n`),
} as const;

// ── Events ──────────────────────────────────────────────────────────────────────────

// `$upcoming`: true keeps events not yet over (an ongoing course counts), false keeps
// those that are over, NULL keeps all. `$nowIso` is always given.
const EVENTS_KUZU = `MATCH (e:${NODE.Event})
  WHERE e.state = 'ACTIVE'
    AND ($kind IS NULL OR e.kind = $kind)
    AND ($sinceIso IS NULL OR e.startsAt >= timestamp($sinceIso))
    AND ($untilIso IS NULL OR e.startsAt < timestamp($untilIso))
    AND ($upcoming IS NULL OR (coalesce(e.endsAt, e.startsAt) >= timestamp($nowIso)) = $upcoming)`;
const EVENTS_NEO4J = `MATCH (e:${NODE.Event})
  WHERE e.state = 'ACTIVE'
    AND ($kind IS NULL OR e.kind = $kind)
    AND ($sinceIso IS NULL OR e.startsAt >= datetime($sinceIso))
    AND ($untilIso IS NULL OR e.startsAt < datetime($untilIso))
    AND ($upcoming IS NULL OR (coalesce(e.endsAt, e.startsAt) >= datetime($nowIso)) = $upcoming)`;
const EVENT_PAGE = `RETURN e.id AS id
  ORDER BY CASE WHEN $latestFirst THEN e.startsAt END DESC, e.startsAt, e.id
  SKIP $skip LIMIT $limit`;

export const eventList = {
  /** By start: soonest first, or latest first when `$latestFirst`. */
  page: defineQuery<IdRow>('directory.list.events.page', {
    kuzu: `${EVENTS_KUZU} ${EVENT_PAGE}`,
    neo4j: `${EVENTS_NEO4J} ${EVENT_PAGE}`,
  }),
  count: defineQuery<CountRow>('directory.list.events.count', {
    kuzu: `${EVENTS_KUZU} RETURN count(e) AS n`,
    neo4j: `${EVENTS_NEO4J} RETURN count(e) AS n`,
  }),
} as const;

// ── Skills and sectors (totals: counts.skills / counts.sectors in queries.ts) ───────

export const skillList = {
  /** NAME: by Italian name; NAME_EN: by English name where there is one. */
  page: defineQuery<IdRow>(
    'directory.list.skills.page',
    `MATCH (s:${NODE.Skill}) WHERE s.state = 'ACTIVE'
     RETURN s.id AS id
     ORDER BY CASE WHEN $sort = 'NAME_EN' THEN toLower(coalesce(s.nameEn, s.name)) END, toLower(s.name), s.id
     SKIP $skip LIMIT $limit`,
  ),
  /** PEOPLE: most people with the skill first. */
  pageByPeople: defineQuery<IdRow>(
    'directory.list.skills.pageByPeople',
    `MATCH (s:${NODE.Skill}) WHERE s.state = 'ACTIVE'
     OPTIONAL MATCH (p:${NODE.Person})-[:${REL.HAS_SKILL}]->(s) WHERE p.state = 'ACTIVE'
     WITH s, count(p) AS people
     RETURN s.id AS id
     ORDER BY people DESC, toLower(s.name), s.id
     SKIP $skip LIMIT $limit`,
  ),
} as const;

export const sectorList = {
  /** NAME: by Italian name; NAME_EN: by English name where there is one. */
  page: defineQuery<IdRow>(
    'directory.list.sectors.page',
    `MATCH (s:${NODE.Sector}) WHERE s.state = 'ACTIVE'
     RETURN s.id AS id
     ORDER BY CASE WHEN $sort = 'NAME_EN' THEN toLower(coalesce(s.nameEn, s.name)) END, toLower(s.name), s.id
     SKIP $skip LIMIT $limit`,
  ),
} as const;

// ── Counts shown on cards, for a batch of owners ($ids; owners without links get no row) ──

export const cardCounts = {
  organizationMembers: defineQuery<OwnerCountRow>(
    'directory.list.count.organizationMembers',
    `MATCH (p:${NODE.Person})-[:${REL.MEMBER_OF}]->(o:${NODE.Organization})
     WHERE o.id IN $ids AND p.state = 'ACTIVE'
     RETURN o.id AS owner, count(p) AS n`,
  ),
  skillPeople: defineQuery<OwnerCountRow>(
    'directory.list.count.skillPeople',
    `MATCH (p:${NODE.Person})-[:${REL.HAS_SKILL}]->(s:${NODE.Skill})
     WHERE s.id IN $ids AND p.state = 'ACTIVE'
     RETURN s.id AS owner, count(p) AS n`,
  ),
  sectorOrganizations: defineQuery<OwnerCountRow>(
    'directory.list.count.sectorOrganizations',
    `MATCH (o:${NODE.Organization})-[:${REL.IN_SECTOR}]->(s:${NODE.Sector})
     WHERE s.id IN $ids AND o.state = 'ACTIVE'
     RETURN s.id AS owner, count(o) AS n`,
  ),
  sectorProjects: defineQuery<OwnerCountRow>(
    'directory.list.count.sectorProjects',
    `MATCH (pr:${NODE.Project})-[:${REL.IN_SECTOR}]->(s:${NODE.Sector})
     WHERE s.id IN $ids AND pr.state = 'ACTIVE'
     RETURN s.id AS owner, count(pr) AS n`,
  ),
} as const;
