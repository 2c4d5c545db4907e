import { defineQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';

/**
 * Full reads that build the collaborator search's in-memory skill index
 * (skill-index.ts). Each returns few rows holding long lists: Kùzu 0.11.3's Node API
 * hands rows to JavaScript at about 70 µs a row (100,000 people as rows: 7–10 s; as one
 * row of lists: about 1 s), and a join that reads `p.id` scans that whole column, so in
 * Kùzu people are keyed by their internal offset (`offset(id(p))`) and Neo4j, which
 * has neither cost, keys them by id. `collect` skips nulls, hence the coalesce: the
 * lists of one row must stay aligned.
 */
type Key = number | string;

/**
 * Every person, as aligned lists: key, id, state, availability, and what a results list
 * shows (slug, name, headline); '' for none.
 */
export const indexPeople = defineQuery<{
  keys: Key[];
  ids: string[];
  states: string[];
  availabilities: string[];
  slugs: string[];
  names: string[];
  headlines: string[];
}>('matching.index.people', {
  kuzu: `MATCH (p:${NODE.Person})
         RETURN collect(offset(id(p))) AS keys, collect(p.id) AS ids,
                collect(coalesce(p.state, '')) AS states, collect(coalesce(p.availability, '')) AS availabilities,
                collect(coalesce(p.slug, '')) AS slugs, collect(coalesce(p.name, '')) AS names,
                collect(coalesce(p.headline, '')) AS headlines`,
  neo4j: `MATCH (p:${NODE.Person})
          RETURN collect(p.id) AS keys, collect(p.id) AS ids,
                 collect(coalesce(p.state, '')) AS states, collect(coalesce(p.availability, '')) AS availabilities,
                 collect(coalesce(p.slug, '')) AS slugs, collect(coalesce(p.name, '')) AS names,
                 collect(coalesce(p.headline, '')) AS headlines`,
});

/** Per skill held, its holders' keys and their levels (aligned). */
export const indexHoldings = defineQuery<{ skill: string; people: Key[]; levels: number[] }>('matching.index.holdings', {
  kuzu: `MATCH (p:${NODE.Person})-[h:${REL.HAS_SKILL}]->(s:${NODE.Skill})
         RETURN s.id AS skill, collect(offset(id(p))) AS people, collect(coalesce(h.level, 0)) AS levels`,
  neo4j: `MATCH (p:${NODE.Person})-[h:${REL.HAS_SKILL}]->(s:${NODE.Skill})
          RETURN s.id AS skill, collect(p.id) AS people, collect(coalesce(h.level, 0)) AS levels`,
});

/** Per endorsed skill, the endorsed people's keys and how many public endorsers each has for it. */
export const indexEndorsements = defineQuery<{ skill: string; people: Key[]; counts: number[] }>('matching.index.endorsements', {
  kuzu: `MATCH (p:${NODE.Person})<-[e:${REL.ENDORSES}]-(en:${NODE.Person})
         WITH offset(id(p)) AS person, e.skill AS skill, en.state AS state
         WHERE state = 'ACTIVE'
         WITH skill, person, count(*) AS n
         RETURN skill, collect(person) AS people, collect(n) AS counts`,
  neo4j: `MATCH (p:${NODE.Person})<-[e:${REL.ENDORSES}]-(en:${NODE.Person})
          WITH p.id AS person, e.skill AS skill, en.state AS state
          WHERE state = 'ACTIVE'
          WITH skill, person, count(*) AS n
          RETURN skill, collect(person) AS people, collect(n) AS counts`,
});
