import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';

/**
 * Idempotent upserts for the demo community: nodes and relationships are created when
 * missing and left alone when present (ON CREATE SET), so seeding again never undoes
 * what staff changed since.
 *
 * Nodes are written one per statement: Kùzu 0.11.3 indexes every row of a multi-row
 * `UNWIND … MERGE … ON CREATE SET n.searchText = r.x` with the FIRST row's text in its
 * full-text index, and types each UNWIND row field from the first row. Relationships
 * (no full-text index) go in UNWIND batches, whose rows carry every key.
 * Kùzu plans `UNWIND … MATCH {id: r.x}` as a scan, which is fine at demo size; bulk
 * loads at scale go through COPY (PERFORMANCE.md).
 */

const ts = { kuzu: 'timestamp(r.at)', neo4j: 'datetime(r.at)' } as const;

export const upsertSectors = defineQuery('seed.sectors', {
  kuzu: `MERGE (n:${NODE.Sector} {id: $id})
         ON CREATE SET n.slug = $slug, n.name = $name, n.nameEn = $nameEn, n.description = $description,
           n.descriptionEn = $descriptionEn, n.searchText = $searchText, n.state = 'ACTIVE', n.version = 1,
           n.createdAt = timestamp($at), n.updatedAt = timestamp($at)`,
  neo4j: `MERGE (n:${NODE.Sector} {id: $id})
          ON CREATE SET n.slug = $slug, n.name = $name, n.nameEn = $nameEn, n.description = $description,
            n.descriptionEn = $descriptionEn, n.searchText = $searchText, n.state = 'ACTIVE', n.version = 1,
            n.createdAt = datetime($at), n.updatedAt = datetime($at)`,
});

export const upsertSkills = defineQuery('seed.skills', {
  kuzu: `MERGE (n:${NODE.Skill} {id: $id})
         ON CREATE SET n.slug = $slug, n.name = $name, n.nameEn = $nameEn, n.aliases = $aliases,
           n.description = $description, n.descriptionEn = $descriptionEn, n.searchText = $searchText,
           n.state = 'ACTIVE', n.version = 1, n.createdAt = timestamp($at), n.updatedAt = timestamp($at)`,
  neo4j: `MERGE (n:${NODE.Skill} {id: $id})
          ON CREATE SET n.slug = $slug, n.name = $name, n.nameEn = $nameEn, n.aliases = $aliases,
            n.description = $description, n.descriptionEn = $descriptionEn, n.searchText = $searchText,
            n.state = 'ACTIVE', n.version = 1, n.createdAt = datetime($at), n.updatedAt = datetime($at)`,
});

export const upsertOrganizations = defineQuery('seed.organizations', {
  kuzu: `MERGE (n:${NODE.Organization} {id: $id})
         ON CREATE SET n.slug = $slug, n.name = $name, n.kind = $kind, n.description = $description,
           n.website = $website, n.email = $email, n.location = $location, n.foundedYear = $foundedYear,
           n.searchText = $searchText, n.state = 'ACTIVE', n.version = 1,
           n.createdAt = timestamp($at), n.updatedAt = timestamp($at)`,
  neo4j: `MERGE (n:${NODE.Organization} {id: $id})
          ON CREATE SET n.slug = $slug, n.name = $name, n.kind = $kind, n.description = $description,
            n.website = $website, n.email = $email, n.location = $location, n.foundedYear = $foundedYear,
            n.searchText = $searchText, n.state = 'ACTIVE', n.version = 1,
            n.createdAt = datetime($at), n.updatedAt = datetime($at)`,
});

export const upsertPeople = defineQuery('seed.people', {
  kuzu: `MERGE (n:${NODE.Person} {id: $id})
         ON CREATE SET n.slug = $slug, n.name = $name, n.headline = $headline, n.bio = $bio, n.email = $email,
           n.phone = $phone, n.website = $website, n.location = $location, n.availability = $availability,
           n.contactVisibility = $contactVisibility, n.searchText = $searchText, n.state = 'ACTIVE', n.version = 1,
           n.createdAt = timestamp($at), n.updatedAt = timestamp($at)`,
  neo4j: `MERGE (n:${NODE.Person} {id: $id})
          ON CREATE SET n.slug = $slug, n.name = $name, n.headline = $headline, n.bio = $bio, n.email = $email,
            n.phone = $phone, n.website = $website, n.location = $location, n.availability = $availability,
            n.contactVisibility = $contactVisibility, n.searchText = $searchText, n.state = 'ACTIVE', n.version = 1,
            n.createdAt = datetime($at), n.updatedAt = datetime($at)`,
});

export const upsertProjects = defineQuery('seed.projects', {
  kuzu: `MERGE (n:${NODE.Project} {id: $id})
         ON CREATE SET n.slug = $slug, n.name = $name, n.summary = $summary, n.description = $description,
           n.status = $status, n.startDate = date($startDate), n.endDate = date($endDate), n.openCall = $openCall,
           n.callOpen = $callOpen, n.searchText = $searchText, n.state = 'ACTIVE', n.version = 1,
           n.createdAt = timestamp($at), n.updatedAt = timestamp($at)`,
  neo4j: `MERGE (n:${NODE.Project} {id: $id})
          ON CREATE SET n.slug = $slug, n.name = $name, n.summary = $summary, n.description = $description,
            n.status = $status, n.startDate = date($startDate), n.endDate = date($endDate), n.openCall = $openCall,
            n.callOpen = $callOpen, n.searchText = $searchText, n.state = 'ACTIVE', n.version = 1,
            n.createdAt = datetime($at), n.updatedAt = datetime($at)`,
});

export const upsertEvents = defineQuery('seed.events', {
  kuzu: `MERGE (n:${NODE.Event} {id: $id})
         ON CREATE SET n.slug = $slug, n.name = $name, n.kind = $kind, n.summary = $summary,
           n.description = $description, n.startsAt = timestamp($startsAt), n.endsAt = timestamp($endsAt),
           n.place = $place, n.language = $language, n.searchText = $searchText, n.state = 'ACTIVE', n.version = 1,
           n.createdAt = timestamp($at), n.updatedAt = timestamp($at)`,
  neo4j: `MERGE (n:${NODE.Event} {id: $id})
          ON CREATE SET n.slug = $slug, n.name = $name, n.kind = $kind, n.summary = $summary,
            n.description = $description, n.startsAt = datetime($startsAt), n.endsAt = datetime($endsAt),
            n.place = $place, n.language = $language, n.searchText = $searchText, n.state = 'ACTIVE', n.version = 1,
            n.createdAt = datetime($at), n.updatedAt = datetime($at)`,
});

export const upsertAccounts = defineQuery('seed.accounts', {
  kuzu: `UNWIND $rows AS r MATCH (p:${NODE.Person} {id: r.person})
         MERGE (a:${NODE.Account} {id: r.id})
         ON CREATE SET a.email = r.email, a.passwordHash = r.passwordHash, a.role = r.role, a.state = 'ACTIVE',
           a.failedSignIns = 0, a.tokenVersion = 1, a.version = 1, a.createdAt = timestamp(r.at), a.updatedAt = timestamp(r.at)
         MERGE (a)-[:${REL.IS}]->(p)`,
  neo4j: `UNWIND $rows AS r MATCH (p:${NODE.Person} {id: r.person})
          MERGE (a:${NODE.Account} {id: r.id})
          ON CREATE SET a.email = r.email, a.passwordHash = r.passwordHash, a.role = r.role, a.state = 'ACTIVE',
            a.failedSignIns = 0, a.tokenVersion = 1, a.version = 1, a.createdAt = datetime(r.at), a.updatedAt = datetime(r.at)
          MERGE (a)-[:${REL.IS}]->(p)`,
});

/** Which demo accounts exist already (their passwords are hashed only when missing). */
export const existingAccounts = defineQuery<{ id: string }>(
  'seed.existingAccounts',
  `MATCH (a:${NODE.Account}) WHERE a.id IN $ids RETURN a.id AS id`,
);

export const linkHasSkill = defineQuery(
  'seed.hasSkill',
  `UNWIND $rows AS r MATCH (a:${NODE.Person} {id: r.from}), (b:${NODE.Skill} {id: r.to})
   MERGE (a)-[h:${REL.HAS_SKILL}]->(b) ON CREATE SET h.level = r.level, h.since = date(r.since)`,
);

export const linkMemberOf = defineQuery(
  'seed.memberOf',
  `UNWIND $rows AS r MATCH (a:${NODE.Person} {id: r.from}), (b:${NODE.Organization} {id: r.to})
   MERGE (a)-[m:${REL.MEMBER_OF}]->(b)
   ON CREATE SET m.role = r.role, m.since = date(r.since), m.until = date(r.until), m.isManager = r.isManager`,
);

export const linkPersonContributes = defineQuery(
  'seed.personContributes',
  `UNWIND $rows AS r MATCH (a:${NODE.Person} {id: r.from}), (b:${NODE.Project} {id: r.to})
   MERGE (a)-[c:${REL.CONTRIBUTES_TO}]->(b) ON CREATE SET c.role = r.role, c.since = date(r.since)`,
);

export const linkOrganizationContributes = defineQuery(
  'seed.organizationContributes',
  `UNWIND $rows AS r MATCH (a:${NODE.Organization} {id: r.from}), (b:${NODE.Project} {id: r.to})
   MERGE (a)-[c:${REL.CONTRIBUTES_TO}]->(b) ON CREATE SET c.role = r.role`,
);

export const linkNeeds = defineQuery(
  'seed.needs',
  `UNWIND $rows AS r MATCH (a:${NODE.Project} {id: r.from}), (b:${NODE.Skill} {id: r.to})
   MERGE (a)-[n:${REL.NEEDS}]->(b) ON CREATE SET n.level = r.level, n.note = r.note`,
);

export const linkOrganizationSector = defineQuery(
  'seed.organizationSector',
  `UNWIND $rows AS r MATCH (a:${NODE.Organization} {id: r.from}), (b:${NODE.Sector} {id: r.to})
   MERGE (a)-[:${REL.IN_SECTOR}]->(b)`,
);

export const linkProjectSector = defineQuery(
  'seed.projectSector',
  `UNWIND $rows AS r MATCH (a:${NODE.Project} {id: r.from}), (b:${NODE.Sector} {id: r.to})
   MERGE (a)-[:${REL.IN_SECTOR}]->(b)`,
);

export const linkCollaboration = defineQuery(
  'seed.collaboration',
  `UNWIND $rows AS r MATCH (a:${NODE.Organization} {id: r.from}), (b:${NODE.Organization} {id: r.to})
   MERGE (a)-[c:${REL.COLLABORATES_WITH}]->(b) ON CREATE SET c.since = date(r.since), c.note = r.note`,
);

export const linkEndorsement = defineQuery('seed.endorsement', {
  kuzu: `UNWIND $rows AS r MATCH (a:${NODE.Person} {id: r.from}), (b:${NODE.Person} {id: r.to})
         MERGE (a)-[e:${REL.ENDORSES} {skill: r.skill}]->(b) ON CREATE SET e.at = ${ts.kuzu}`,
  neo4j: `UNWIND $rows AS r MATCH (a:${NODE.Person} {id: r.from}), (b:${NODE.Person} {id: r.to})
          MERGE (a)-[e:${REL.ENDORSES} {skill: r.skill}]->(b) ON CREATE SET e.at = ${ts.neo4j}`,
});

export const linkBroader = defineQuery(
  'seed.broader',
  `UNWIND $rows AS r MATCH (a:${NODE.Skill} {id: r.from}), (b:${NODE.Skill} {id: r.to}) MERGE (a)-[:${REL.BROADER}]->(b)`,
);

export const linkRelated = defineQuery(
  'seed.related',
  `UNWIND $rows AS r MATCH (a:${NODE.Skill} {id: r.from}), (b:${NODE.Skill} {id: r.to}) MERGE (a)-[:${REL.RELATED_TO}]->(b)`,
);

export const linkEventOrganization = defineQuery(
  'seed.eventOrganization',
  `UNWIND $rows AS r MATCH (a:${NODE.Event} {id: r.from}), (b:${NODE.Organization} {id: r.to})
   MERGE (a)-[o:${REL.ORGANIZED_BY}]->(b) ON CREATE SET o.role = r.role`,
);

export const linkEventPerson = defineQuery(
  'seed.eventPerson',
  `UNWIND $rows AS r MATCH (a:${NODE.Event} {id: r.from}), (b:${NODE.Person} {id: r.to})
   MERGE (a)-[o:${REL.ORGANIZED_BY}]->(b) ON CREATE SET o.role = r.role`,
);

export const linkTeaches = defineQuery(
  'seed.teaches',
  `UNWIND $rows AS r MATCH (a:${NODE.Person} {id: r.from}), (b:${NODE.Event} {id: r.to}) MERGE (a)-[:${REL.TEACHES}]->(b)`,
);

export const linkAttends = defineQuery(
  'seed.attends',
  `UNWIND $rows AS r MATCH (a:${NODE.Person} {id: r.from}), (b:${NODE.Event} {id: r.to}) MERGE (a)-[:${REL.ATTENDS}]->(b)`,
);

export const linkEventSkill = defineQuery(
  'seed.eventSkill',
  `UNWIND $rows AS r MATCH (a:${NODE.Event} {id: r.from}), (b:${NODE.Skill} {id: r.to}) MERGE (a)-[:${REL.TEACHES_SKILL}]->(b)`,
);
