import { defineQuery, type CypherQuery } from '../graph/query';
import { NODE, REL } from '../graph/schema';

/**
 * Queries of the ecosystem map. They return ids and a few short fields only (PERFORMANCE.md:
 * every property returned after a join scans a node table), one statement per node label
 * and per relationship kind and endpoint pair; lib/map/graph.ts merges them. Only ACTIVE
 * nodes are public, and a path never passes through a node that is not.
 *
 * The whole-ecosystem statements each return ONE row of parallel lists (collected in
 * the same aggregation, so aligned; coalesce keeps Neo4j's collect from skipping nulls):
 * the Kùzu driver spends ~35 µs per row returned, so 20,000 rows cost ~0.75 s, while the
 * same values as lists cost ~10 ms a statement (5,000-node store, same run).
 *
 * They are bounded without id lists (an `IN $ids` over thousands of ids costs seconds on
 * Kùzu): nodes are taken in id order with a LIMIT, so the nodes kept of a label are
 * exactly the ACTIVE ones whose id is at most the largest kept id, and each edge
 * statement selects its two endpoints by those cut-offs.
 */

/** Parallel lists, one entry per node; Kùzu gives null instead of empty lists. */
export type MapNodeLists = { ids: string[] | null; slugs: string[] | null; names: string[] | null };
export type MapNamedNodeLists = MapNodeLists & { namesEn: string[] | null };
/** Parallel lists, one entry per edge. */
export type MapEdgeLists = { sources: string[] | null; targets: string[] | null };

// ----- the whole ecosystem: nodes of one label, in id order, at most $limit -----

const NODE_LISTS = `collect(n.id) AS ids, collect(coalesce(n.slug, '')) AS slugs, collect(coalesce(n.name, '')) AS names`;

export const ecosystemPeople = defineQuery<MapNodeLists>(
  'map.ecosystem.people',
  `MATCH (n:${NODE.Person}) WHERE n.state = 'ACTIVE' WITH n ORDER BY n.id LIMIT $limit RETURN ${NODE_LISTS}`,
);

export const ecosystemOrganizations = defineQuery<MapNodeLists>(
  'map.ecosystem.organizations',
  `MATCH (n:${NODE.Organization}) WHERE n.state = 'ACTIVE' WITH n ORDER BY n.id LIMIT $limit RETURN ${NODE_LISTS}`,
);

export const ecosystemProjects = defineQuery<MapNodeLists>(
  'map.ecosystem.projects',
  `MATCH (n:${NODE.Project}) WHERE n.state = 'ACTIVE' WITH n ORDER BY n.id LIMIT $limit RETURN ${NODE_LISTS}`,
);

export const ecosystemSkills = defineQuery<MapNamedNodeLists>(
  'map.ecosystem.skills',
  `MATCH (n:${NODE.Skill}) WHERE n.state = 'ACTIVE' WITH n ORDER BY n.id LIMIT $limit
   RETURN ${NODE_LISTS}, collect(coalesce(n.nameEn, '')) AS namesEn`,
);

export const ecosystemSectors = defineQuery<MapNamedNodeLists>(
  'map.ecosystem.sectors',
  `MATCH (n:${NODE.Sector}) WHERE n.state = 'ACTIVE' WITH n ORDER BY n.id LIMIT $limit
   RETURN ${NODE_LISTS}, collect(coalesce(n.nameEn, '')) AS namesEn`,
);

// ----- edges: within the cut-offs ($sourceMax, $targetMax) or among a small set ($ids) -----

const CUT = `a.state = 'ACTIVE' AND b.state = 'ACTIVE' AND a.id <= $sourceMax AND b.id <= $targetMax`;
const AMONG = `a.id IN $ids AND b.id IN $ids AND a.state = 'ACTIVE' AND b.state = 'ACTIVE'`;
const PAIRS = `WITH a.id AS s, b.id AS t LIMIT $limit RETURN collect(s) AS sources, collect(t) AS targets`;

/** One relationship kind between two labels, as the whole-ecosystem and the among-a-set statement. */
export interface EdgeQueries {
  readonly ecosystem: CypherQuery<MapEdgeLists>;
  readonly among: CypherQuery<MapEdgeLists>;
}

export const hasSkillEdges: EdgeQueries = {
  ecosystem: defineQuery<MapEdgeLists>(
    'map.ecosystem.edges.hasSkill',
    `MATCH (a:${NODE.Person})-[:${REL.HAS_SKILL}]->(b:${NODE.Skill}) WHERE ${CUT} ${PAIRS}`,
  ),
  among: defineQuery<MapEdgeLists>(
    'map.among.edges.hasSkill',
    `MATCH (a:${NODE.Person})-[:${REL.HAS_SKILL}]->(b:${NODE.Skill}) WHERE ${AMONG} ${PAIRS}`,
  ),
};

export const memberOfEdges: EdgeQueries = {
  ecosystem: defineQuery<MapEdgeLists>(
    'map.ecosystem.edges.memberOf',
    `MATCH (a:${NODE.Person})-[:${REL.MEMBER_OF}]->(b:${NODE.Organization}) WHERE ${CUT} ${PAIRS}`,
  ),
  among: defineQuery<MapEdgeLists>(
    'map.among.edges.memberOf',
    `MATCH (a:${NODE.Person})-[:${REL.MEMBER_OF}]->(b:${NODE.Organization}) WHERE ${AMONG} ${PAIRS}`,
  ),
};

export const personContributesEdges: EdgeQueries = {
  ecosystem: defineQuery<MapEdgeLists>(
    'map.ecosystem.edges.personContributes',
    `MATCH (a:${NODE.Person})-[:${REL.CONTRIBUTES_TO}]->(b:${NODE.Project}) WHERE ${CUT} ${PAIRS}`,
  ),
  among: defineQuery<MapEdgeLists>(
    'map.among.edges.personContributes',
    `MATCH (a:${NODE.Person})-[:${REL.CONTRIBUTES_TO}]->(b:${NODE.Project}) WHERE ${AMONG} ${PAIRS}`,
  ),
};

export const organizationContributesEdges: EdgeQueries = {
  ecosystem: defineQuery<MapEdgeLists>(
    'map.ecosystem.edges.organizationContributes',
    `MATCH (a:${NODE.Organization})-[:${REL.CONTRIBUTES_TO}]->(b:${NODE.Project}) WHERE ${CUT} ${PAIRS}`,
  ),
  among: defineQuery<MapEdgeLists>(
    'map.among.edges.organizationContributes',
    `MATCH (a:${NODE.Organization})-[:${REL.CONTRIBUTES_TO}]->(b:${NODE.Project}) WHERE ${AMONG} ${PAIRS}`,
  ),
};

export const organizationSectorEdges: EdgeQueries = {
  ecosystem: defineQuery<MapEdgeLists>(
    'map.ecosystem.edges.organizationSector',
    `MATCH (a:${NODE.Organization})-[:${REL.IN_SECTOR}]->(b:${NODE.Sector}) WHERE ${CUT} ${PAIRS}`,
  ),
  among: defineQuery<MapEdgeLists>(
    'map.among.edges.organizationSector',
    `MATCH (a:${NODE.Organization})-[:${REL.IN_SECTOR}]->(b:${NODE.Sector}) WHERE ${AMONG} ${PAIRS}`,
  ),
};

export const projectSectorEdges: EdgeQueries = {
  ecosystem: defineQuery<MapEdgeLists>(
    'map.ecosystem.edges.projectSector',
    `MATCH (a:${NODE.Project})-[:${REL.IN_SECTOR}]->(b:${NODE.Sector}) WHERE ${CUT} ${PAIRS}`,
  ),
  among: defineQuery<MapEdgeLists>(
    'map.among.edges.projectSector',
    `MATCH (a:${NODE.Project})-[:${REL.IN_SECTOR}]->(b:${NODE.Sector}) WHERE ${AMONG} ${PAIRS}`,
  ),
};

export const collaborationEdges: EdgeQueries = {
  ecosystem: defineQuery<MapEdgeLists>(
    'map.ecosystem.edges.collaboration',
    `MATCH (a:${NODE.Organization})-[:${REL.COLLABORATES_WITH}]->(b:${NODE.Organization}) WHERE ${CUT} ${PAIRS}`,
  ),
  among: defineQuery<MapEdgeLists>(
    'map.among.edges.collaboration',
    `MATCH (a:${NODE.Organization})-[:${REL.COLLABORATES_WITH}]->(b:${NODE.Organization}) WHERE ${AMONG} ${PAIRS}`,
  ),
};

export const needsEdges: EdgeQueries = {
  ecosystem: defineQuery<MapEdgeLists>(
    'map.ecosystem.edges.needs',
    `MATCH (a:${NODE.Project})-[:${REL.NEEDS}]->(b:${NODE.Skill}) WHERE ${CUT} ${PAIRS}`,
  ),
  among: defineQuery<MapEdgeLists>(
    'map.among.edges.needs',
    `MATCH (a:${NODE.Project})-[:${REL.NEEDS}]->(b:${NODE.Skill}) WHERE ${AMONG} ${PAIRS}`,
  ),
};

// ----- a neighbourhood: the centre, then the nodes within 1 or 2 hops -----

/** A node of any mapped label; `label` is the node label (Person, Organization, ...). */
export type MapAnyNodeRow = { id: string; slug: string; name: string; nameEn: string | null; label: string };
export type MapNeighbourRow = MapAnyNodeRow & { hops: number };

export const centreNode = defineQuery<MapAnyNodeRow>('map.neighbourhood.centre', {
  // Kùzu reads `(n:A:B)` as A OR B and returns label(n) as a string.
  kuzu: `MATCH (n:${NODE.Person}:${NODE.Organization}:${NODE.Project}:${NODE.Skill}:${NODE.Sector})
         WHERE n.id = $id AND n.state = 'ACTIVE'
         RETURN n.id AS id, label(n) AS label, n.slug AS slug, n.name AS name, n.nameEn AS nameEn`,
  neo4j: `MATCH (n) WHERE n.id = $id AND n.state = 'ACTIVE'
          AND (n:${NODE.Person} OR n:${NODE.Organization} OR n:${NODE.Project} OR n:${NODE.Skill} OR n:${NODE.Sector})
          RETURN n.id AS id, labels(n)[0] AS label, n.slug AS slug, n.name AS name, n.nameEn AS nameEn`,
});

const MAP_RELS = `${REL.HAS_SKILL}|${REL.MEMBER_OF}|${REL.CONTRIBUTES_TO}|${REL.IN_SECTOR}|${REL.COLLABORATES_WITH}|${REL.NEEDS}`;
const MAP_LABELS_KUZU = `${NODE.Person}:${NODE.Organization}:${NODE.Project}:${NODE.Skill}:${NODE.Sector}`;
const MAP_LABELS_NEO4J = `(a:${NODE.Person} OR a:${NODE.Organization} OR a:${NODE.Project} OR a:${NODE.Skill} OR a:${NODE.Sector})`;

/*
 * Nearest first, so a cap keeps the closest nodes, and never through a node that is not
 * ACTIVE. Kùzu 0.11.3 ignores a recursive node predicate `(r, m | WHERE ...)` under
 * `* SHORTEST` (an archived organization still let its members through), so depth 2 is a
 * bounded walk with that predicate and the shortest length per node: on a synthetic
 * 100k-person, 2,000-skill graph with one skill held by half of the people this took
 * 85 ms against 62 ms for SHORTEST (median of 5, same run). Neo4j: the same walk, the
 * predicate over nodes(p).
 */
export const neighboursWithin1 = defineQuery<MapNeighbourRow>('map.neighbourhood.within1', {
  kuzu: `MATCH (a:${MAP_LABELS_KUZU})-[:${MAP_RELS}]-(n:${MAP_LABELS_KUZU})
         WHERE a.id = $id AND a.state = 'ACTIVE' AND n.state = 'ACTIVE' AND n.id <> $id
         RETURN DISTINCT n.id AS id, label(n) AS label, n.slug AS slug, n.name AS name, n.nameEn AS nameEn, 1 AS hops
         ORDER BY id LIMIT $limit`,
  neo4j: `MATCH (a) WHERE a.id = $id AND a.state = 'ACTIVE' AND ${MAP_LABELS_NEO4J}
          MATCH (a)-[:${MAP_RELS}]-(n)
          WHERE n.state = 'ACTIVE' AND n.id <> $id
          WITH DISTINCT n
          RETURN n.id AS id, labels(n)[0] AS label, n.slug AS slug, n.name AS name, n.nameEn AS nameEn, 1 AS hops
          ORDER BY id LIMIT $limit`,
});

export const neighboursWithin2 = defineQuery<MapNeighbourRow>('map.neighbourhood.within2', {
  kuzu: `MATCH (a:${MAP_LABELS_KUZU})-[e:${MAP_RELS}*1..2 (r, m | WHERE m.state = 'ACTIVE')]-(n:${MAP_LABELS_KUZU})
         WHERE a.id = $id AND a.state = 'ACTIVE' AND n.state = 'ACTIVE' AND n.id <> $id
         WITH n, min(length(e)) AS hops
         RETURN n.id AS id, label(n) AS label, n.slug AS slug, n.name AS name, n.nameEn AS nameEn, hops
         ORDER BY hops, id LIMIT $limit`,
  neo4j: `MATCH (a) WHERE a.id = $id AND a.state = 'ACTIVE' AND ${MAP_LABELS_NEO4J}
          MATCH p = (a)-[:${MAP_RELS}*1..2]-(n)
          WHERE n.state = 'ACTIVE' AND n.id <> $id AND all(x IN nodes(p) WHERE x.state = 'ACTIVE')
          WITH n, min(length(p)) AS hops
          RETURN n.id AS id, labels(n)[0] AS label, n.slug AS slug, n.name AS name, n.nameEn AS nameEn, hops
          ORDER BY hops, id LIMIT $limit`,
});

/** The sectors of a few organizations and projects, to colour a neighbourhood by sector. */
export const sectorsOfOwners = defineQuery<{ owner: string; sector: string }>(
  'map.neighbourhood.sectors',
  `MATCH (x)-[:${REL.IN_SECTOR}]->(s:${NODE.Sector})
   WHERE x.id IN $ids AND s.state = 'ACTIVE'
   RETURN x.id AS owner, s.slug AS sector ORDER BY owner, sector`,
);
