import { defineQuery, type CypherQuery } from '../graph/query';
import { NODE, nodeSchema, type NodeLabel } from '../graph/schema';
import type { EntityKind } from '../directory/model';

/**
 * Full-text search, one ranked query and one count per entity kind. Parameters (see
 * plan.ts): $fts the index query (Kùzu words or Lucene syntax), $needles the string tests
 * every hit passes, $phrase and $exact for the name tiers, $first the page size.
 *
 * Ranking: `tier` first (2 = the name is exactly the query, 1 = the name starts with
 * it, 0 = the words are elsewhere), then the index's BM25 `score`, then id so equal
 * scores keep a stable order. Only ids and numbers leave the store; entities are filled
 * in afterwards through the per-request loaders (PERFORMANCE.md: rank on ids).
 * The order is in RETURN, never in a WITH before LIMIT (a Kùzu 0.11 crash).
 */

export type HitRow = { id: string; score: number; tier: number };
export type CountRow = { total: number };

function indexOf(label: NodeLabel): string {
  const name = nodeSchema(label).fulltext?.name;
  if (!name) throw new Error(`${label} has no full-text index`);
  return name;
}

/** Index names, from the schema (lib/graph/schema.ts), so DDL and queries agree. */
const INDEX = {
  Person: indexOf(NODE.Person),
  Organization: indexOf(NODE.Organization),
  Skill: indexOf(NODE.Skill),
  Sector: indexOf(NODE.Sector),
  Project: indexOf(NODE.Project),
  Event: indexOf(NODE.Event),
} as const;

/** Public entities whose searchText holds every word (the last as a word start). */
const MATCHING = `WITH node, score
  WHERE node.state = 'ACTIVE' AND all(needle IN $needles WHERE (' ' + node.searchText + ' ') CONTAINS needle)`;

const RANKED = `RETURN node.id AS id, score,
    CASE WHEN node.searchText STARTS WITH $exact THEN 2 WHEN node.searchText STARTS WITH $phrase THEN 1 ELSE 0 END AS tier
  ORDER BY tier DESC, score DESC, id
  LIMIT $first`;

const COUNTED = `RETURN count(node) AS total`;

export const searchHits: Record<EntityKind, CypherQuery<HitRow>> = {
  Person: defineQuery<HitRow>('search.person.hits', {
    kuzu: `CALL QUERY_FTS_INDEX('${NODE.Person}', '${INDEX.Person}', $fts) ${MATCHING} ${RANKED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Person}', $fts) YIELD node, score ${MATCHING} ${RANKED}`,
  }),
  Organization: defineQuery<HitRow>('search.organization.hits', {
    kuzu: `CALL QUERY_FTS_INDEX('${NODE.Organization}', '${INDEX.Organization}', $fts) ${MATCHING} ${RANKED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Organization}', $fts) YIELD node, score ${MATCHING} ${RANKED}`,
  }),
  Skill: defineQuery<HitRow>('search.skill.hits', {
    kuzu: `CALL QUERY_FTS_INDEX('${NODE.Skill}', '${INDEX.Skill}', $fts) ${MATCHING} ${RANKED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Skill}', $fts) YIELD node, score ${MATCHING} ${RANKED}`,
  }),
  Sector: defineQuery<HitRow>('search.sector.hits', {
    kuzu: `CALL QUERY_FTS_INDEX('${NODE.Sector}', '${INDEX.Sector}', $fts) ${MATCHING} ${RANKED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Sector}', $fts) YIELD node, score ${MATCHING} ${RANKED}`,
  }),
  Project: defineQuery<HitRow>('search.project.hits', {
    kuzu: `CALL QUERY_FTS_INDEX('${NODE.Project}', '${INDEX.Project}', $fts) ${MATCHING} ${RANKED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Project}', $fts) YIELD node, score ${MATCHING} ${RANKED}`,
  }),
  Event: defineQuery<HitRow>('search.event.hits', {
    kuzu: `CALL QUERY_FTS_INDEX('${NODE.Event}', '${INDEX.Event}', $fts) ${MATCHING} ${RANKED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Event}', $fts) YIELD node, score ${MATCHING} ${RANKED}`,
  }),
};

/** How many public entities match, beyond the page (a separate statement: PERFORMANCE.md). */
export const searchCounts: Record<EntityKind, CypherQuery<CountRow>> = {
  Person: defineQuery<CountRow>('search.person.count', {
    kuzu: `CALL QUERY_FTS_INDEX('${NODE.Person}', '${INDEX.Person}', $fts) ${MATCHING} ${COUNTED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Person}', $fts) YIELD node, score ${MATCHING} ${COUNTED}`,
  }),
  Organization: defineQuery<CountRow>('search.organization.count', {
    kuzu: `CALL QUERY_FTS_INDEX('${NODE.Organization}', '${INDEX.Organization}', $fts) ${MATCHING} ${COUNTED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Organization}', $fts) YIELD node, score ${MATCHING} ${COUNTED}`,
  }),
  Skill: defineQuery<CountRow>('search.skill.count', {
    kuzu: `CALL QUERY_FTS_INDEX('${NODE.Skill}', '${INDEX.Skill}', $fts) ${MATCHING} ${COUNTED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Skill}', $fts) YIELD node, score ${MATCHING} ${COUNTED}`,
  }),
  Sector: defineQuery<CountRow>('search.sector.count', {
    kuzu: `CALL QUERY_FTS_INDEX('${NODE.Sector}', '${INDEX.Sector}', $fts) ${MATCHING} ${COUNTED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Sector}', $fts) YIELD node, score ${MATCHING} ${COUNTED}`,
  }),
  Project: defineQuery<CountRow>('search.project.count', {
    kuzu: `CALL QUERY_FTS_INDEX('${NODE.Project}', '${INDEX.Project}', $fts) ${MATCHING} ${COUNTED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Project}', $fts) YIELD node, score ${MATCHING} ${COUNTED}`,
  }),
  Event: defineQuery<CountRow>('search.event.count', {
    kuzu: `CALL QUERY_FTS_INDEX('${NODE.Event}', '${INDEX.Event}', $fts) ${MATCHING} ${COUNTED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Event}', $fts) YIELD node, score ${MATCHING} ${COUNTED}`,
  }),
};
