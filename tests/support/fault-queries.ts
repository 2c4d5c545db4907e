import { defineQuery } from '@/lib/graph/query';
import { NODE } from '@/lib/graph/schema';

/**
 * Registered statements used only by the fault-tolerance tests (tests/reliability):
 * a write loop's one-node insert, its read-back, and a read that keeps a connection busy.
 */
export const insertProbeSkill = defineQuery('test.faults.insertProbeSkill', {
  kuzu: `CREATE (n:${NODE.Skill} {id: $id, slug: $id, name: $name, searchText: $name, state: 'ACTIVE', version: 1})`,
  neo4j: `CREATE (n:${NODE.Skill} {id: $id, slug: $id, name: $name, searchText: $name, state: 'ACTIVE', version: 1})`,
});

export const probeSkillIds = defineQuery<{ id: string }>('test.faults.probeSkillIds', {
  kuzu: `MATCH (n:${NODE.Skill}) WHERE n.id STARTS WITH $prefix RETURN n.id AS id`,
  neo4j: `MATCH (n:${NODE.Skill}) WHERE n.id STARTS WITH $prefix RETURN n.id AS id`,
});

/** A read that keeps a connection busy for about a second at `outer` = 20,000 (60 million generated rows filtered and counted). */
export const slowRead = defineQuery<{ n: number }>('test.faults.slowRead', {
  kuzu: `UNWIND range(1, CAST($outer AS INT64)) AS x UNWIND range(1, 3000) AS y WITH x, y WHERE (x + y) % 7 = 3 RETURN count(*) AS n`,
  neo4j: `UNWIND range(1, toInteger($outer)) AS x UNWIND range(1, 3000) AS y WITH x, y WHERE (x + y) % 7 = 3 RETURN count(*) AS n`,
});
