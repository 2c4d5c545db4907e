import { defineQuery } from '@/lib/graph/query';
import { NODE, REL } from '@/lib/graph/schema';

/** Queries the store contract suite runs on every adapter; linted like the app's own. */

export const createOrganization = defineQuery<{ id: string }>('contract.createOrganization', {
  kuzu: `CREATE (o:${NODE.Organization} {id: $id, slug: $slug, name: $name, kind: $kind, foundedYear: $foundedYear,
           latitude: $latitude, longitude: $longitude, description: $description, version: 1,
           createdAt: timestamp($now), updatedAt: timestamp($now)})
         RETURN o.id AS id`,
  neo4j: `CREATE (o:${NODE.Organization} {id: $id, slug: $slug, name: $name, kind: $kind, foundedYear: $foundedYear,
           latitude: $latitude, longitude: $longitude, description: $description, version: 1,
           createdAt: datetime($now), updatedAt: datetime($now)})
         RETURN o.id AS id`,
});

export const organizationById = defineQuery<{
  id: string;
  name: string;
  kind: string;
  foundedYear: number | null;
  latitude: number | null;
  longitude: number | null;
  description: string | null;
  version: number;
  createdAt: Date;
}>(
  'contract.organizationById',
  `MATCH (o:${NODE.Organization} {id: $id})
   RETURN o.id AS id, o.name AS name, o.kind AS kind, o.foundedYear AS foundedYear, o.latitude AS latitude,
          o.longitude AS longitude, o.description AS description, o.version AS version, o.createdAt AS createdAt`,
);

export const organizationNode = defineQuery('contract.organizationNode', `MATCH (o:${NODE.Organization} {id: $id}) RETURN o`);

export const renameOrganization = defineQuery<{ name: string; version: number }>(
  'contract.renameOrganization',
  `MATCH (o:${NODE.Organization} {id: $id})
   SET o.name = $name, o.version = o.version + 1
   RETURN o.name AS name, o.version AS version`,
);

export const deleteNode = defineQuery<{ deleted: number }>(
  'contract.deleteOrganization',
  `MATCH (o:${NODE.Organization} {id: $id}) DETACH DELETE o RETURN count(*) AS deleted`,
);

export const countOrganizations = defineQuery<{ n: number }>(
  'contract.countOrganizations',
  `MATCH (o:${NODE.Organization}) WHERE o.id STARTS WITH $prefix RETURN count(o) AS n`,
);

export const createProject = defineQuery<{ id: string }>(
  'contract.createProject',
  `CREATE (p:${NODE.Project} {id: $id, slug: $slug, name: $name, startDate: date($startDate), callOpen: $callOpen,
     status: $status, version: 1})
   RETURN p.id AS id`,
);

export const projectById = defineQuery<{ id: string; startDate: Date | null; callOpen: boolean | null; endDate: Date | null }>(
  'contract.projectById',
  `MATCH (p:${NODE.Project} {id: $id})
   RETURN p.id AS id, p.startDate AS startDate, p.callOpen AS callOpen, p.endDate AS endDate`,
);

export const projectsStartingAfter = defineQuery<{ id: string }>(
  'contract.projectsStartingAfter',
  `MATCH (p:${NODE.Project}) WHERE p.id STARTS WITH $prefix AND p.startDate > date($after)
   RETURN p.id AS id ORDER BY id`,
);

export const createSkill = defineQuery<{ id: string; aliases: string[] }>(
  'contract.createSkill',
  `CREATE (s:${NODE.Skill} {id: $id, slug: $slug, name: $name, nameEn: $nameEn, aliases: $aliases, version: 1})
   RETURN s.id AS id, s.aliases AS aliases`,
);

export const skillsWithAlias = defineQuery<{ id: string }>(
  'contract.skillsWithAlias',
  `MATCH (s:${NODE.Skill}) WHERE s.id STARTS WITH $prefix AND $alias IN s.aliases RETURN s.id AS id ORDER BY id`,
);

export const createEvent = defineQuery<{ startsAt: Date }>('contract.createEvent', {
  kuzu: `CREATE (e:${NODE.Event} {id: $id, slug: $slug, name: $name, startsAt: timestamp($startsAt), version: 1})
         RETURN e.startsAt AS startsAt`,
  neo4j: `CREATE (e:${NODE.Event} {id: $id, slug: $slug, name: $name, startsAt: datetime($startsAt), version: 1})
          RETURN e.startsAt AS startsAt`,
});

export const createPerson = defineQuery<{ id: string }>(
  'contract.createPerson',
  `CREATE (p:${NODE.Person} {id: $id, slug: $slug, name: $name, version: 1}) RETURN p.id AS id`,
);

export const addSkill = defineQuery<{ level: number }>(
  'contract.addSkill',
  `MATCH (p:${NODE.Person} {id: $person}), (s:${NODE.Skill} {id: $skill})
   CREATE (p)-[h:${REL.HAS_SKILL} {level: $level, since: date($since)}]->(s)
   RETURN h.level AS level`,
);

export const skillsOfPerson = defineQuery<{ skill: string; level: number; since: Date | null }>(
  'contract.skillsOfPerson',
  `MATCH (:${NODE.Person} {id: $person})-[h:${REL.HAS_SKILL}]->(s:${NODE.Skill})
   RETURN s.id AS skill, h.level AS level, h.since AS since ORDER BY skill`,
);

export const setSkillLevel = defineQuery<{ level: number }>(
  'contract.setSkillLevel',
  `MATCH (:${NODE.Person} {id: $person})-[h:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $skill})
   SET h.level = $level RETURN h.level AS level`,
);

export const removeSkill = defineQuery<{ removed: number }>(
  'contract.removeSkill',
  `MATCH (:${NODE.Person} {id: $person})-[h:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $skill})
   DELETE h RETURN count(*) AS removed`,
);

export const skillRelationship = defineQuery(
  'contract.skillRelationship',
  `MATCH (:${NODE.Person} {id: $person})-[h:${REL.HAS_SKILL}]->(:${NODE.Skill} {id: $skill}) RETURN h`,
);

export const joinOrganization = defineQuery(
  'contract.joinOrganization',
  `MATCH (p:${NODE.Person} {id: $person}), (o:${NODE.Organization} {id: $organization})
   CREATE (p)-[:${REL.MEMBER_OF} {role: $role}]->(o)`,
);

export const pathBetween = defineQuery('contract.pathBetween', {
  kuzu: `MATCH path = (a:${NODE.Person} {id: $from})-[:${REL.MEMBER_OF}* SHORTEST 1..4]-(b:${NODE.Person} {id: $to})
         RETURN path`,
  neo4j: `MATCH path = shortestPath((a:${NODE.Person} {id: $from})-[:${REL.MEMBER_OF}*1..4]-(b:${NODE.Person} {id: $to}))
          RETURN path`,
});

export const unwindPeople = defineQuery<{ created: number }>(
  'contract.unwindPeople',
  `UNWIND $rows AS row
   CREATE (p:${NODE.Person} {id: row.id, slug: row.slug, name: row.name, version: 1})
   RETURN count(p) AS created`,
);

export const pageOfPeople = defineQuery<{ id: string }>(
  'contract.pageOfPeople',
  `MATCH (p:${NODE.Person}) WHERE p.id IN $ids RETURN p.id AS id ORDER BY id SKIP $skip LIMIT $limit`,
);

export const echo = defineQuery<{ text: string; n: number; f: number; yes: boolean; nothing: null; list: string[]; map: { a: number } }>(
  'contract.echo',
  'RETURN $text AS text, $n AS n, $f AS f, $yes AS yes, $nothing AS nothing, $list AS list, $map AS map',
);

/** Removes what one run of the suite created (the Neo4j run shares a database). */
export const cleanup = defineQuery('contract.cleanup', {
  kuzu: `MATCH (n:${NODE.Organization}:${NODE.Person}:${NODE.Project}:${NODE.Skill}:${NODE.Event})
         WHERE n.id STARTS WITH $prefix DETACH DELETE n`,
  neo4j: `MATCH (n) WHERE (n:${NODE.Organization} OR n:${NODE.Person} OR n:${NODE.Project} OR n:${NODE.Skill} OR n:${NODE.Event})
          AND n.id STARTS WITH $prefix DETACH DELETE n`,
});
