import { defineQuery, type CypherQuery } from '../graph/query';
import { NODE, nodeSchema, type NodeLabel } from '../graph/schema';
import type { EntityKind } from '../directory/model';

/**
 * Search in the store, one ranked query and one count per entity kind. Parameters (see
 * plan.ts): $fts the Lucene query (Neo4j), $needles the string tests every hit passes,
 * $phrase and $exact for the name tiers, $first the page size.
 *
 * On Neo4j they read the full-text index. On Kùzu search runs on the in-memory index
 * (search-index.ts; Kùzu's own full-text index is unusable, text-index.ts says why), and
 * these statements, plain scans with no text score, only answer when that index cannot
 * be built.
 *
 * Ranking: `tier` first (2 = the name is exactly the query, 1 = the name starts with
 * it, 0 = the words are elsewhere), then the index's BM25 `score`, then id so equal
 * scores keep a stable order. Only ids and numbers leave the store; entities are filled
 * in afterwards through the per-request loaders (PERFORMANCE.md: rank on ids).
 * The order is in RETURN, never in a WITH before LIMIT (a Kùzu 0.11 crash).
 */

export type HitRow = { id: string; score: number; tier: number };
export type CountRow = { total: number };
export type IndexTextsRow = { ids: string[]; texts: string[] };

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
    kuzu: `MATCH (node:${NODE.Person}) WITH node, 0.0 AS score ${MATCHING} ${RANKED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Person}', $fts) YIELD node, score ${MATCHING} ${RANKED}`,
  }),
  Organization: defineQuery<HitRow>('search.organization.hits', {
    kuzu: `MATCH (node:${NODE.Organization}) WITH node, 0.0 AS score ${MATCHING} ${RANKED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Organization}', $fts) YIELD node, score ${MATCHING} ${RANKED}`,
  }),
  Skill: defineQuery<HitRow>('search.skill.hits', {
    kuzu: `MATCH (node:${NODE.Skill}) WITH node, 0.0 AS score ${MATCHING} ${RANKED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Skill}', $fts) YIELD node, score ${MATCHING} ${RANKED}`,
  }),
  Sector: defineQuery<HitRow>('search.sector.hits', {
    kuzu: `MATCH (node:${NODE.Sector}) WITH node, 0.0 AS score ${MATCHING} ${RANKED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Sector}', $fts) YIELD node, score ${MATCHING} ${RANKED}`,
  }),
  Project: defineQuery<HitRow>('search.project.hits', {
    kuzu: `MATCH (node:${NODE.Project}) WITH node, 0.0 AS score ${MATCHING} ${RANKED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Project}', $fts) YIELD node, score ${MATCHING} ${RANKED}`,
  }),
  Event: defineQuery<HitRow>('search.event.hits', {
    kuzu: `MATCH (node:${NODE.Event}) WITH node, 0.0 AS score ${MATCHING} ${RANKED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Event}', $fts) YIELD node, score ${MATCHING} ${RANKED}`,
  }),
};

/** How many public entities match, beyond the page (a separate statement: PERFORMANCE.md). */
export const searchCounts: Record<EntityKind, CypherQuery<CountRow>> = {
  Person: defineQuery<CountRow>('search.person.count', {
    kuzu: `MATCH (node:${NODE.Person}) WITH node, 0.0 AS score ${MATCHING} ${COUNTED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Person}', $fts) YIELD node, score ${MATCHING} ${COUNTED}`,
  }),
  Organization: defineQuery<CountRow>('search.organization.count', {
    kuzu: `MATCH (node:${NODE.Organization}) WITH node, 0.0 AS score ${MATCHING} ${COUNTED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Organization}', $fts) YIELD node, score ${MATCHING} ${COUNTED}`,
  }),
  Skill: defineQuery<CountRow>('search.skill.count', {
    kuzu: `MATCH (node:${NODE.Skill}) WITH node, 0.0 AS score ${MATCHING} ${COUNTED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Skill}', $fts) YIELD node, score ${MATCHING} ${COUNTED}`,
  }),
  Sector: defineQuery<CountRow>('search.sector.count', {
    kuzu: `MATCH (node:${NODE.Sector}) WITH node, 0.0 AS score ${MATCHING} ${COUNTED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Sector}', $fts) YIELD node, score ${MATCHING} ${COUNTED}`,
  }),
  Project: defineQuery<CountRow>('search.project.count', {
    kuzu: `MATCH (node:${NODE.Project}) WITH node, 0.0 AS score ${MATCHING} ${COUNTED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Project}', $fts) YIELD node, score ${MATCHING} ${COUNTED}`,
  }),
  Event: defineQuery<CountRow>('search.event.count', {
    kuzu: `MATCH (node:${NODE.Event}) WITH node, 0.0 AS score ${MATCHING} ${COUNTED}`,
    neo4j: `CALL db.index.fulltext.queryNodes('${INDEX.Event}', $fts) YIELD node, score ${MATCHING} ${COUNTED}`,
  }),
};

/**
 * What the in-memory search index holds per kind: every public entity's id and
 * searchText, as one row of two aligned lists (Kùzu hands rows to JavaScript at about
 * 70 µs each; lists cost a fraction of that).
 */
const INDEX_TEXTS = `RETURN collect(n.id) AS ids, collect(coalesce(n.searchText, '')) AS texts`;

export const searchIndexTexts: Record<EntityKind, CypherQuery<IndexTextsRow>> = {
  Person: defineQuery<IndexTextsRow>('search.index.person', `MATCH (n:${NODE.Person}) WHERE n.state = 'ACTIVE' ${INDEX_TEXTS}`),
  Organization: defineQuery<IndexTextsRow>('search.index.organization', `MATCH (n:${NODE.Organization}) WHERE n.state = 'ACTIVE' ${INDEX_TEXTS}`),
  Skill: defineQuery<IndexTextsRow>('search.index.skill', `MATCH (n:${NODE.Skill}) WHERE n.state = 'ACTIVE' ${INDEX_TEXTS}`),
  Sector: defineQuery<IndexTextsRow>('search.index.sector', `MATCH (n:${NODE.Sector}) WHERE n.state = 'ACTIVE' ${INDEX_TEXTS}`),
  Project: defineQuery<IndexTextsRow>('search.index.project', `MATCH (n:${NODE.Project}) WHERE n.state = 'ACTIVE' ${INDEX_TEXTS}`),
  Event: defineQuery<IndexTextsRow>('search.index.event', `MATCH (n:${NODE.Event}) WHERE n.state = 'ACTIVE' ${INDEX_TEXTS}`),
};
