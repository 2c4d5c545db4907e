import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';

/**
 * Idempotent upserts for the demo community: nodes and relationships are created when
 * missing and left alone when present (ON CREATE SET), so seeding again never undoes
 * what staff changed since. Every row carries every key (Kùzu's UNWIND needs it).
 * Kùzu plans `UNWIND … MATCH {id: r.x}` as a scan, which is fine at demo size; bulk
 * loads at scale go through COPY (PERFORMANCE.md).
 */

const ts = { kuzu: 'timestamp(r.at)', neo4j: 'datetime(r.at)' } as const;

export const upsertSectors = defineQuery('seed.sectors', {
  kuzu: `UNWIND $rows AS r MERGE (n:${NODE.Sector} {id: r.id})
         ON CREATE SET n.slug = r.slug, n.name = r.name, n.nameEn = r.nameEn, n.description = r.description,
           n.descriptionEn = r.descriptionEn, n.searchText = r.searchText, n.state = 'ACTIVE', n.version = 1,
           n.createdAt = timestamp(r.at), n.updatedAt = timestamp(r.at)`,
  neo4j: `UNWIND $rows AS r MERGE (n:${NODE.Sector} {id: r.id})
          ON CREATE SET n.slug = r.slug, n.name = r.name, n.nameEn = r.nameEn, n.description = r.description,
            n.descriptionEn = r.descriptionEn, n.searchText = r.searchText, n.state = 'ACTIVE', n.version = 1,
            n.createdAt = datetime(r.at), n.updatedAt = datetime(r.at)`,
});

export const upsertSkills = defineQuery('seed.skills', {
  kuzu: `UNWIND $rows AS r MERGE (n:${NODE.Skill} {id: r.id})
         ON CREATE SET n.slug = r.slug, n.name = r.name, n.nameEn = r.nameEn, n.aliases = r.aliases,
           n.description = r.description, n.descriptionEn = r.descriptionEn, n.searchText = r.searchText,
           n.state = 'ACTIVE', n.version = 1, n.createdAt = timestamp(r.at), n.updatedAt = timestamp(r.at)`,
  neo4j: `UNWIND $rows AS r MERGE (n:${NODE.Skill} {id: r.id})
          ON CREATE SET n.slug = r.slug, n.name = r.name, n.nameEn = r.nameEn, n.aliases = r.aliases,
            n.description = r.description, n.descriptionEn = r.descriptionEn, n.searchText = r.searchText,
            n.state = 'ACTIVE', n.version = 1, n.createdAt = datetime(r.at), n.updatedAt = datetime(r.at)`,
});

export const upsertOrganizations = defineQuery('seed.organizations', {
  kuzu: `UNWIND $rows AS r MERGE (n:${NODE.Organization} {id: r.id})
         ON CREATE SET n.slug = r.slug, n.name = r.name, n.kind = r.kind, n.description = r.description,
           n.website = r.website, n.email = r.email, n.location = r.location, n.foundedYear = r.foundedYear,
           n.searchText = r.searchText, n.state = 'ACTIVE', n.version = 1,
           n.createdAt = timestamp(r.at), n.updatedAt = timestamp(r.at)`,
  neo4j: `UNWIND $rows AS r MERGE (n:${NODE.Organization} {id: r.id})
          ON CREATE SET n.slug = r.slug, n.name = r.name, n.kind = r.kind, n.description = r.description,
            n.website = r.website, n.email = r.email, n.location = r.location, n.foundedYear = r.foundedYear,
            n.searchText = r.searchText, n.state = 'ACTIVE', n.version = 1,
            n.createdAt = datetime(r.at), n.updatedAt = datetime(r.at)`,
});

export const upsertPeople = defineQuery('seed.people', {
  kuzu: `UNWIND $rows AS r MERGE (n:${NODE.Person} {id: r.id})
         ON CREATE SET n.slug = r.slug, n.name = r.name, n.headline = r.headline, n.bio = r.bio, n.email = r.email,
           n.phone = r.phone, n.website = r.website, n.location = r.location, n.availability = r.availability,
           n.contactVisibility = r.contactVisibility, n.searchText = r.searchText, n.state = 'ACTIVE', n.version = 1,
           n.createdAt = timestamp(r.at), n.updatedAt = timestamp(r.at)`,
  neo4j: `UNWIND $rows AS r MERGE (n:${NODE.Person} {id: r.id})
          ON CREATE SET n.slug = r.slug, n.name = r.name, n.headline = r.headline, n.bio = r.bio, n.email = r.email,
            n.phone = r.phone, n.website = r.website, n.location = r.location, n.availability = r.availability,
            n.contactVisibility = r.contactVisibility, n.searchText = r.searchText, n.state = 'ACTIVE', n.version = 1,
            n.createdAt = datetime(r.at), n.updatedAt = datetime(r.at)`,
});

export const upsertProjects = defineQuery('seed.projects', {
  kuzu: `UNWIND $rows AS r MERGE (n:${NODE.Project} {id: r.id})
         ON CREATE SET n.slug = r.slug, n.name = r.name, n.summary = r.summary, n.description = r.description,
           n.status = r.status, n.startDate = date(r.startDate), n.endDate = date(r.endDate), n.openCall = r.openCall,
           n.callOpen = r.callOpen, n.searchText = r.searchText, n.state = 'ACTIVE', n.version = 1,
           n.createdAt = timestamp(r.at), n.updatedAt = timestamp(r.at)`,
  neo4j: `UNWIND $rows AS r MERGE (n:${NODE.Project} {id: r.id})
          ON CREATE SET n.slug = r.slug, n.name = r.name, n.summary = r.summary, n.description = r.description,
            n.status = r.status, n.startDate = date(r.startDate), n.endDate = date(r.endDate), n.openCall = r.openCall,
            n.callOpen = r.callOpen, n.searchText = r.searchText, n.state = 'ACTIVE', n.version = 1,
            n.createdAt = datetime(r.at), n.updatedAt = datetime(r.at)`,
});

export const upsertEvents = defineQuery('seed.events', {
  kuzu: `UNWIND $rows AS r MERGE (n:${NODE.Event} {id: r.id})
         ON CREATE SET n.slug = r.slug, n.name = r.name, n.kind = r.kind, n.summary = r.summary,
           n.description = r.description, n.startsAt = timestamp(r.startsAt), n.endsAt = timestamp(r.endsAt),
           n.place = r.place, n.language = r.language, n.searchText = r.searchText, n.state = 'ACTIVE', n.version = 1,
           n.createdAt = timestamp(r.at), n.updatedAt = timestamp(r.at)`,
  neo4j: `UNWIND $rows AS r MERGE (n:${NODE.Event} {id: r.id})
          ON CREATE SET n.slug = r.slug, n.name = r.name, n.kind = r.kind, n.summary = r.summary,
            n.description = r.description, n.startsAt = datetime(r.startsAt), n.endsAt = datetime(r.endsAt),
            n.place = r.place, n.language = r.language, n.searchText = r.searchText, n.state = 'ACTIVE', n.version = 1,
            n.createdAt = datetime(r.at), n.updatedAt = datetime(r.at)`,
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
