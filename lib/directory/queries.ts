import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';
import type { GraphNode, Value } from '../graph/types';

/**
 * Read queries of the public directory. Only ACTIVE entities are public: pending
 * proposals and archived records never leave the store through these.
 * Relationship queries take a batch of owner ids ($ids) and return one row per link,
 * so a DataLoader resolves a whole page with one statement per relationship kind.
 */

type NodeRow = { n: GraphNode };
type LinkRow = { owner: string; id: string };

export const bySlug = {
  Person: defineQuery<NodeRow>('directory.person.bySlug', `MATCH (n:${NODE.Person} {slug: $slug}) WHERE n.state = 'ACTIVE' RETURN n`),
  Organization: defineQuery<NodeRow>('directory.organization.bySlug', `MATCH (n:${NODE.Organization} {slug: $slug}) WHERE n.state = 'ACTIVE' RETURN n`),
  Skill: defineQuery<NodeRow>('directory.skill.bySlug', `MATCH (n:${NODE.Skill} {slug: $slug}) WHERE n.state = 'ACTIVE' RETURN n`),
  Sector: defineQuery<NodeRow>('directory.sector.bySlug', `MATCH (n:${NODE.Sector} {slug: $slug}) WHERE n.state = 'ACTIVE' RETURN n`),
  Project: defineQuery<NodeRow>('directory.project.bySlug', `MATCH (n:${NODE.Project} {slug: $slug}) WHERE n.state = 'ACTIVE' RETURN n`),
  Event: defineQuery<NodeRow>('directory.event.bySlug', `MATCH (n:${NODE.Event} {slug: $slug}) WHERE n.state = 'ACTIVE' RETURN n`),
} as const;

export const byIds = {
  Person: defineQuery<NodeRow>('directory.person.byIds', `MATCH (n:${NODE.Person}) WHERE n.id IN $ids AND n.state = 'ACTIVE' RETURN n`),
  Organization: defineQuery<NodeRow>('directory.organization.byIds', `MATCH (n:${NODE.Organization}) WHERE n.id IN $ids AND n.state = 'ACTIVE' RETURN n`),
  Skill: defineQuery<NodeRow>('directory.skill.byIds', `MATCH (n:${NODE.Skill}) WHERE n.id IN $ids AND n.state = 'ACTIVE' RETURN n`),
  Sector: defineQuery<NodeRow>('directory.sector.byIds', `MATCH (n:${NODE.Sector}) WHERE n.id IN $ids AND n.state = 'ACTIVE' RETURN n`),
  Project: defineQuery<NodeRow>('directory.project.byIds', `MATCH (n:${NODE.Project}) WHERE n.id IN $ids AND n.state = 'ACTIVE' RETURN n`),
  Event: defineQuery<NodeRow>('directory.event.byIds', `MATCH (n:${NODE.Event}) WHERE n.id IN $ids AND n.state = 'ACTIVE' RETURN n`),
} as const;

/**
 * One public entity of a kind by id. Kùzu 0.11.3 plans `{id: $id}` as a primary-key
 * lookup but `id IN $ids` as a scan of the whole table: at 100,000 people 20 lookups
 * cost about 12 ms, one IN of 20 ids about 65 ms (findByIds picks).
 */
export const byId = {
  Person: defineQuery<NodeRow>('directory.person.byId', `MATCH (n:${NODE.Person} {id: $id}) WHERE n.state = 'ACTIVE' RETURN n`),
  Organization: defineQuery<NodeRow>('directory.organization.byId', `MATCH (n:${NODE.Organization} {id: $id}) WHERE n.state = 'ACTIVE' RETURN n`),
  Skill: defineQuery<NodeRow>('directory.skill.byId', `MATCH (n:${NODE.Skill} {id: $id}) WHERE n.state = 'ACTIVE' RETURN n`),
  Sector: defineQuery<NodeRow>('directory.sector.byId', `MATCH (n:${NODE.Sector} {id: $id}) WHERE n.state = 'ACTIVE' RETURN n`),
  Project: defineQuery<NodeRow>('directory.project.byId', `MATCH (n:${NODE.Project} {id: $id}) WHERE n.state = 'ACTIVE' RETURN n`),
  Event: defineQuery<NodeRow>('directory.event.byId', `MATCH (n:${NODE.Event} {id: $id}) WHERE n.state = 'ACTIVE' RETURN n`),
} as const;

/** Any public entity by id, whatever its label (for `node(id)`). */
export const entityById = defineQuery<NodeRow>('directory.entity.byId', {
  // Kùzu reads `(n:A:B)` as A OR B.
  kuzu: `MATCH (n:${NODE.Person}:${NODE.Organization}:${NODE.Skill}:${NODE.Sector}:${NODE.Project}:${NODE.Event})
         WHERE n.id = $id AND n.state = 'ACTIVE' RETURN n`,
  neo4j: `MATCH (n) WHERE n.id = $id AND n.state = 'ACTIVE'
          AND (n:${NODE.Person} OR n:${NODE.Organization} OR n:${NODE.Skill} OR n:${NODE.Sector} OR n:${NODE.Project} OR n:${NODE.Event})
          RETURN n`,
});

// People
export const skillsOfPeople = defineQuery<LinkRow & { level: number; since: Value }>(
  'directory.person.skills',
  `MATCH (p:${NODE.Person})-[h:${REL.HAS_SKILL}]->(s:${NODE.Skill})
   WHERE p.id IN $ids AND s.state = 'ACTIVE'
   RETURN p.id AS owner, s.id AS id, h.level AS level, h.since AS since
   ORDER BY owner, level DESC, s.name`,
);

export const membershipsOfPeople = defineQuery<LinkRow & { role: string | null; since: Value; until: Value; isManager: boolean | null }>(
  'directory.person.memberships',
  `MATCH (p:${NODE.Person})-[m:${REL.MEMBER_OF}]->(o:${NODE.Organization})
   WHERE p.id IN $ids AND o.state = 'ACTIVE'
   RETURN p.id AS owner, o.id AS id, m.role AS role, m.since AS since, m.until AS until, m.isManager AS isManager
   ORDER BY owner, o.name`,
);

export const contributionsOfPeople = defineQuery<LinkRow & { role: string | null; since: Value; until: Value }>(
  'directory.person.contributions',
  `MATCH (p:${NODE.Person})-[c:${REL.CONTRIBUTES_TO}]->(pr:${NODE.Project})
   WHERE p.id IN $ids AND pr.state = 'ACTIVE'
   RETURN p.id AS owner, pr.id AS id, c.role AS role, c.since AS since, c.until AS until
   ORDER BY owner, pr.name`,
);

export const eventsOfPeople = defineQuery<LinkRow & { teaches: boolean }>(
  'directory.person.events',
  {
    kuzu: `MATCH (p:${NODE.Person})-[r:${REL.TEACHES}|${REL.ATTENDS}]->(e:${NODE.Event})
           WHERE p.id IN $ids AND e.state = 'ACTIVE'
           RETURN DISTINCT p.id AS owner, e.id AS id, label(r) = '${REL.TEACHES}' AS teaches
           ORDER BY owner, id`,
    neo4j: `MATCH (p:${NODE.Person})-[r:${REL.TEACHES}|${REL.ATTENDS}]->(e:${NODE.Event})
            WHERE p.id IN $ids AND e.state = 'ACTIVE'
            RETURN DISTINCT p.id AS owner, e.id AS id, type(r) = '${REL.TEACHES}' AS teaches
            ORDER BY owner, id`,
  },
);

// Organizations
export const membersOfOrganizations = defineQuery<LinkRow & { role: string | null; since: Value; until: Value; isManager: boolean | null }>(
  'directory.organization.members',
  `MATCH (p:${NODE.Person})-[m:${REL.MEMBER_OF}]->(o:${NODE.Organization})
   WHERE o.id IN $ids AND p.state = 'ACTIVE'
   RETURN o.id AS owner, p.id AS id, m.role AS role, m.since AS since, m.until AS until, m.isManager AS isManager
   ORDER BY owner, p.name`,
);

export const sectorsOfOrganizations = defineQuery<LinkRow>(
  'directory.organization.sectors',
  `MATCH (o:${NODE.Organization})-[:${REL.IN_SECTOR}]->(s:${NODE.Sector})
   WHERE o.id IN $ids AND s.state = 'ACTIVE'
   RETURN o.id AS owner, s.id AS id ORDER BY owner, s.name`,
);

export const projectsOfOrganizations = defineQuery<LinkRow & { role: string | null }>(
  'directory.organization.projects',
  `MATCH (o:${NODE.Organization})-[c:${REL.CONTRIBUTES_TO}]->(pr:${NODE.Project})
   WHERE o.id IN $ids AND pr.state = 'ACTIVE'
   RETURN o.id AS owner, pr.id AS id, c.role AS role ORDER BY owner, pr.name`,
);

export const partnersOfOrganizations = defineQuery<LinkRow & { since: Value; note: string | null }>(
  'directory.organization.partners',
  `MATCH (o:${NODE.Organization})-[c:${REL.COLLABORATES_WITH}]-(x:${NODE.Organization})
   WHERE o.id IN $ids AND x.state = 'ACTIVE'
   RETURN o.id AS owner, x.id AS id, c.since AS since, c.note AS note ORDER BY owner, x.name`,
);

// Projects
export const contributorsOfProjects = defineQuery<LinkRow & { role: string | null; since: Value; until: Value }>(
  'directory.project.people',
  `MATCH (p:${NODE.Person})-[c:${REL.CONTRIBUTES_TO}]->(pr:${NODE.Project})
   WHERE pr.id IN $ids AND p.state = 'ACTIVE'
   RETURN pr.id AS owner, p.id AS id, c.role AS role, c.since AS since, c.until AS until
   ORDER BY owner, p.name`,
);

export const organizationsOfProjects = defineQuery<LinkRow & { role: string | null }>(
  'directory.project.organizations',
  `MATCH (o:${NODE.Organization})-[c:${REL.CONTRIBUTES_TO}]->(pr:${NODE.Project})
   WHERE pr.id IN $ids AND o.state = 'ACTIVE'
   RETURN pr.id AS owner, o.id AS id, c.role AS role ORDER BY owner, o.name`,
);

export const sectorsOfProjects = defineQuery<LinkRow>(
  'directory.project.sectors',
  `MATCH (pr:${NODE.Project})-[:${REL.IN_SECTOR}]->(s:${NODE.Sector})
   WHERE pr.id IN $ids AND s.state = 'ACTIVE'
   RETURN pr.id AS owner, s.id AS id ORDER BY owner, s.name`,
);

export const needsOfProjects = defineQuery<LinkRow & { level: number | null; note: string | null }>(
  'directory.project.needs',
  `MATCH (pr:${NODE.Project})-[n:${REL.NEEDS}]->(s:${NODE.Skill})
   WHERE pr.id IN $ids AND s.state = 'ACTIVE'
   RETURN pr.id AS owner, s.id AS id, n.level AS level, n.note AS note ORDER BY owner, level DESC, s.name`,
);

// Skills
export const holdersOfSkills = defineQuery<LinkRow & { level: number }>(
  'directory.skill.people',
  `MATCH (p:${NODE.Person})-[h:${REL.HAS_SKILL}]->(s:${NODE.Skill})
   WHERE s.id IN $ids AND p.state = 'ACTIVE'
   RETURN s.id AS owner, p.id AS id, h.level AS level ORDER BY owner, level DESC, p.name`,
);

export const projectsNeedingSkills = defineQuery<LinkRow & { level: number | null }>(
  'directory.skill.neededBy',
  `MATCH (pr:${NODE.Project})-[n:${REL.NEEDS}]->(s:${NODE.Skill})
   WHERE s.id IN $ids AND pr.state = 'ACTIVE'
   RETURN s.id AS owner, pr.id AS id, n.level AS level ORDER BY owner, pr.name`,
);

export const broaderOfSkills = defineQuery<LinkRow>(
  'directory.skill.broader',
  `MATCH (s:${NODE.Skill})-[:${REL.BROADER}]->(b:${NODE.Skill})
   WHERE s.id IN $ids AND b.state = 'ACTIVE'
   RETURN s.id AS owner, b.id AS id ORDER BY owner, b.name`,
);

export const narrowerOfSkills = defineQuery<LinkRow>(
  'directory.skill.narrower',
  `MATCH (n:${NODE.Skill})-[:${REL.BROADER}]->(s:${NODE.Skill})
   WHERE s.id IN $ids AND n.state = 'ACTIVE'
   RETURN s.id AS owner, n.id AS id ORDER BY owner, n.name`,
);

export const relatedOfSkills = defineQuery<LinkRow>(
  'directory.skill.related',
  `MATCH (s:${NODE.Skill})-[:${REL.RELATED_TO}]-(r:${NODE.Skill})
   WHERE s.id IN $ids AND r.state = 'ACTIVE'
   RETURN DISTINCT s.id AS owner, r.id AS id ORDER BY owner, id`,
);

export const eventsTeachingSkills = defineQuery<LinkRow>(
  'directory.skill.events',
  `MATCH (e:${NODE.Event})-[:${REL.TEACHES_SKILL}]->(s:${NODE.Skill})
   WHERE s.id IN $ids AND e.state = 'ACTIVE'
   RETURN s.id AS owner, e.id AS id ORDER BY owner, id`,
);

// Sectors
export const organizationsInSectors = defineQuery<LinkRow>(
  'directory.sector.organizations',
  `MATCH (o:${NODE.Organization})-[:${REL.IN_SECTOR}]->(s:${NODE.Sector})
   WHERE s.id IN $ids AND o.state = 'ACTIVE'
   RETURN s.id AS owner, o.id AS id ORDER BY owner, o.name`,
);

export const projectsInSectors = defineQuery<LinkRow>(
  'directory.sector.projects',
  `MATCH (pr:${NODE.Project})-[:${REL.IN_SECTOR}]->(s:${NODE.Sector})
   WHERE s.id IN $ids AND pr.state = 'ACTIVE'
   RETURN s.id AS owner, pr.id AS id ORDER BY owner, pr.name`,
);

// Events
export const organizingOrganizations = defineQuery<LinkRow & { role: string | null }>(
  'directory.event.organizations',
  `MATCH (e:${NODE.Event})-[r:${REL.ORGANIZED_BY}]->(o:${NODE.Organization})
   WHERE e.id IN $ids AND o.state = 'ACTIVE'
   RETURN e.id AS owner, o.id AS id, r.role AS role ORDER BY owner, o.name`,
);

export const organizingPeople = defineQuery<LinkRow & { role: string | null }>(
  'directory.event.people',
  `MATCH (e:${NODE.Event})-[r:${REL.ORGANIZED_BY}]->(p:${NODE.Person})
   WHERE e.id IN $ids AND p.state = 'ACTIVE'
   RETURN e.id AS owner, p.id AS id, r.role AS role ORDER BY owner, p.name`,
);

export const teachersOfEvents = defineQuery<LinkRow>(
  'directory.event.teachers',
  `MATCH (p:${NODE.Person})-[:${REL.TEACHES}]->(e:${NODE.Event})
   WHERE e.id IN $ids AND p.state = 'ACTIVE'
   RETURN e.id AS owner, p.id AS id ORDER BY owner, p.name`,
);

export const skillsOfEvents = defineQuery<LinkRow>(
  'directory.event.skills',
  `MATCH (e:${NODE.Event})-[:${REL.TEACHES_SKILL}]->(s:${NODE.Skill})
   WHERE e.id IN $ids AND s.state = 'ACTIVE'
   RETURN e.id AS owner, s.id AS id ORDER BY owner, s.name`,
);

export const attendeeCounts = defineQuery<{ owner: string; n: number }>(
  'directory.event.attendeeCount',
  `MATCH (p:${NODE.Person})-[:${REL.ATTENDS}]->(e:${NODE.Event})
   WHERE e.id IN $ids AND p.state = 'ACTIVE'
   RETURN e.id AS owner, count(p) AS n`,
);

// Counts for the home page. One statement per count: Kùzu answers each from a scan,
// and counts inside one pattern would multiply.
type CountRow = { n: number };
export const counts = {
  people: defineQuery<CountRow>('directory.count.people', `MATCH (n:${NODE.Person}) WHERE n.state = 'ACTIVE' RETURN count(n) AS n`),
  organizations: defineQuery<CountRow>('directory.count.organizations', `MATCH (n:${NODE.Organization}) WHERE n.state = 'ACTIVE' RETURN count(n) AS n`),
  skills: defineQuery<CountRow>('directory.count.skills', `MATCH (n:${NODE.Skill}) WHERE n.state = 'ACTIVE' RETURN count(n) AS n`),
  sectors: defineQuery<CountRow>('directory.count.sectors', `MATCH (n:${NODE.Sector}) WHERE n.state = 'ACTIVE' RETURN count(n) AS n`),
  projects: defineQuery<CountRow>('directory.count.projects', `MATCH (n:${NODE.Project}) WHERE n.state = 'ACTIVE' RETURN count(n) AS n`),
  events: defineQuery<CountRow>('directory.count.events', `MATCH (n:${NODE.Event}) WHERE n.state = 'ACTIVE' RETURN count(n) AS n`),
  collaborations: defineQuery<CountRow>(
    'directory.count.collaborations',
    `MATCH (a:${NODE.Organization})-[c:${REL.COLLABORATES_WITH}]->(b:${NODE.Organization})
     WHERE a.state = 'ACTIVE' AND b.state = 'ACTIVE' RETURN count(c) AS n`,
  ),
  openCalls: defineQuery<CountRow>(
    'directory.count.openCalls',
    `MATCH (n:${NODE.Project}) WHERE n.state = 'ACTIVE' AND n.callOpen = true RETURN count(n) AS n`,
  ),
} as const;

/** Whether the store holds any entity at all (decides the first-start seed). */
export const anyEntity = defineQuery<CountRow>(
  'directory.count.anyOrganization',
  `MATCH (n:${NODE.Organization}) RETURN count(n) AS n`,
);

/** Every public sector: a small taxonomy, listed whole. */
export const allSectors = defineQuery<NodeRow>(
  'directory.sector.all',
  `MATCH (n:${NODE.Sector}) WHERE n.state = 'ACTIVE' RETURN n ORDER BY n.name`,
);

/** The hub that hosts the community (the first HUB organization). */
export const hubOrganization = defineQuery<NodeRow>(
  'directory.organization.hub',
  `MATCH (n:${NODE.Organization}) WHERE n.kind = 'HUB' AND n.state = 'ACTIVE' RETURN n ORDER BY n.createdAt, n.id LIMIT 1`,
);
