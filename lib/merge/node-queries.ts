import { defineQuery } from '../graph/query';
import { NODE } from '../graph/schema';
import type { GraphNode } from '../graph/types';

/**
 * Reading, deleting and updating the two nodes of a merge, one literal text per label.
 */

type NodeRow = { n: GraphNode };
/** One relationship of a node, with the id of the node at its other end. */
export type NeighbourRow = { type: string; skill: string | null; otherId: string };

export const readNode = {
  Skill: defineQuery<NodeRow>('merge.read.Skill', `MATCH (n:${NODE.Skill} {id: $id}) RETURN n`),
  Person: defineQuery<NodeRow>('merge.read.Person', `MATCH (n:${NODE.Person} {id: $id}) RETURN n`),
  Organization: defineQuery<NodeRow>('merge.read.Organization', `MATCH (n:${NODE.Organization} {id: $id}) RETURN n`),
} as const;

// The relationship's type and endorsed skill rather than the whole relationship: Kùzu
// 0.11.3 crashes the process returning a whole relationship of an untyped pattern after
// relationships were created in the same transaction.
export const outgoing = {
  Skill: defineQuery<NeighbourRow>('merge.out.Skill', {
    kuzu: `MATCH (:${NODE.Skill} {id: $id})-[r]->(x) RETURN label(r) AS type, r.skill AS skill, x.id AS otherId`,
    neo4j: `MATCH (:${NODE.Skill} {id: $id})-[r]->(x) RETURN type(r) AS type, r.skill AS skill, x.id AS otherId`,
  }),
  Person: defineQuery<NeighbourRow>('merge.out.Person', {
    kuzu: `MATCH (:${NODE.Person} {id: $id})-[r]->(x) RETURN label(r) AS type, r.skill AS skill, x.id AS otherId`,
    neo4j: `MATCH (:${NODE.Person} {id: $id})-[r]->(x) RETURN type(r) AS type, r.skill AS skill, x.id AS otherId`,
  }),
  Organization: defineQuery<NeighbourRow>('merge.out.Organization', {
    kuzu: `MATCH (:${NODE.Organization} {id: $id})-[r]->(x) RETURN label(r) AS type, r.skill AS skill, x.id AS otherId`,
    neo4j: `MATCH (:${NODE.Organization} {id: $id})-[r]->(x) RETURN type(r) AS type, r.skill AS skill, x.id AS otherId`,
  }),
} as const;

export const incoming = {
  Skill: defineQuery<NeighbourRow>('merge.in.Skill', {
    kuzu: `MATCH (:${NODE.Skill} {id: $id})<-[r]-(x) RETURN label(r) AS type, r.skill AS skill, x.id AS otherId`,
    neo4j: `MATCH (:${NODE.Skill} {id: $id})<-[r]-(x) RETURN type(r) AS type, r.skill AS skill, x.id AS otherId`,
  }),
  Person: defineQuery<NeighbourRow>('merge.in.Person', {
    kuzu: `MATCH (:${NODE.Person} {id: $id})<-[r]-(x) RETURN label(r) AS type, r.skill AS skill, x.id AS otherId`,
    neo4j: `MATCH (:${NODE.Person} {id: $id})<-[r]-(x) RETURN type(r) AS type, r.skill AS skill, x.id AS otherId`,
  }),
  Organization: defineQuery<NeighbourRow>('merge.in.Organization', {
    kuzu: `MATCH (:${NODE.Organization} {id: $id})<-[r]-(x) RETURN label(r) AS type, r.skill AS skill, x.id AS otherId`,
    neo4j: `MATCH (:${NODE.Organization} {id: $id})<-[r]-(x) RETURN type(r) AS type, r.skill AS skill, x.id AS otherId`,
  }),
} as const;

export const deleteNode = {
  Skill: defineQuery('merge.delete.Skill', `MATCH (n:${NODE.Skill} {id: $id}) DETACH DELETE n`),
  Person: defineQuery('merge.delete.Person', `MATCH (n:${NODE.Person} {id: $id}) DETACH DELETE n`),
  Organization: defineQuery('merge.delete.Organization', `MATCH (n:${NODE.Organization} {id: $id}) DETACH DELETE n`),
} as const;

/** The kept skill after the merge: aliases, filled-in descriptions, searchText, version. */
export const updateKeptSkill = defineQuery<NodeRow>('merge.update.Skill', {
  kuzu: `MATCH (n:${NODE.Skill} {id: $id})
         SET n.aliases = $aliases, n.description = $description, n.descriptionEn = $descriptionEn,
             n.searchText = $searchText, n.version = coalesce(n.version, 1) + 1, n.updatedAt = timestamp($at)
         RETURN n`,
  neo4j: `MATCH (n:${NODE.Skill} {id: $id})
          SET n.aliases = $aliases, n.description = $description, n.descriptionEn = $descriptionEn,
              n.searchText = $searchText, n.version = coalesce(n.version, 1) + 1, n.updatedAt = datetime($at)
          RETURN n`,
});

/** The kept person after the merge: empty fields filled in, searchText, version. */
export const updateKeptPerson = defineQuery<NodeRow>('merge.update.Person', {
  kuzu: `MATCH (n:${NODE.Person} {id: $id})
         SET n.headline = $headline, n.bio = $bio, n.email = $email, n.phone = $phone, n.website = $website,
             n.location = $location, n.searchText = $searchText, n.version = coalesce(n.version, 1) + 1,
             n.updatedAt = timestamp($at)
         RETURN n`,
  neo4j: `MATCH (n:${NODE.Person} {id: $id})
          SET n.headline = $headline, n.bio = $bio, n.email = $email, n.phone = $phone, n.website = $website,
              n.location = $location, n.searchText = $searchText, n.version = coalesce(n.version, 1) + 1,
              n.updatedAt = datetime($at)
          RETURN n`,
});

/** The kept organization after the merge: empty fields filled in, searchText, version. */
export const updateKeptOrganization = defineQuery<NodeRow>('merge.update.Organization', {
  kuzu: `MATCH (n:${NODE.Organization} {id: $id})
         SET n.description = $description, n.website = $website, n.email = $email, n.location = $location,
             n.foundedYear = $foundedYear, n.latitude = $latitude, n.longitude = $longitude,
             n.searchText = $searchText, n.version = coalesce(n.version, 1) + 1, n.updatedAt = timestamp($at)
         RETURN n`,
  neo4j: `MATCH (n:${NODE.Organization} {id: $id})
          SET n.description = $description, n.website = $website, n.email = $email, n.location = $location,
              n.foundedYear = $foundedYear, n.latitude = $latitude, n.longitude = $longitude,
              n.searchText = $searchText, n.version = coalesce(n.version, 1) + 1, n.updatedAt = datetime($at)
          RETURN n`,
});

/** Proposed relationships that name the merged node now name the kept one. */
export const proposalsFromRepoint = defineQuery<{ n: number }>(
  'merge.proposals.from.repoint',
  `MATCH (p:${NODE.Proposal}) WHERE p.fromId = $mergeId SET p.fromId = $keepId RETURN count(*) AS n`,
);
export const proposalsToRepoint = defineQuery<{ n: number }>(
  'merge.proposals.to.repoint',
  `MATCH (p:${NODE.Proposal}) WHERE p.toId = $mergeId SET p.toId = $keepId RETURN count(*) AS n`,
);

/** What duplicate detection compares, for every node of a label that is not a rejected proposal. */
export type CandidateRow = {
  id: string;
  slug: string;
  name: string;
  state: string | null;
  version: number | null;
  nameEn: string | null;
  aliases: string[] | null;
  email: string | null;
};

export const candidateRows = {
  Skill: defineQuery<CandidateRow>(
    'merge.candidates.Skill',
    `MATCH (n:${NODE.Skill}) WHERE n.state IS NULL OR n.state <> 'REJECTED'
     RETURN n.id AS id, n.slug AS slug, n.name AS name, n.state AS state, n.version AS version,
            n.nameEn AS nameEn, n.aliases AS aliases, NULL AS email
     ORDER BY id`,
  ),
  Person: defineQuery<CandidateRow>(
    'merge.candidates.Person',
    `MATCH (n:${NODE.Person}) WHERE n.state IS NULL OR n.state <> 'REJECTED'
     RETURN n.id AS id, n.slug AS slug, n.name AS name, n.state AS state, n.version AS version,
            NULL AS nameEn, NULL AS aliases, n.email AS email
     ORDER BY id`,
  ),
  Organization: defineQuery<CandidateRow>(
    'merge.candidates.Organization',
    `MATCH (n:${NODE.Organization}) WHERE n.state IS NULL OR n.state <> 'REJECTED'
     RETURN n.id AS id, n.slug AS slug, n.name AS name, n.state AS state, n.version AS version,
            NULL AS nameEn, NULL AS aliases, n.email AS email
     ORDER BY id`,
  ),
} as const;
