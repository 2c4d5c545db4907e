import { kuzuNodeTable, kuzuRelTable, kuzuStatements } from '@/lib/graph/ddl-kuzu';
import { neo4jNodeStatements } from '@/lib/graph/ddl-neo4j';
import { stableId } from '@/lib/graph/ids';
import { graphSchema, nodeSchema, NODE, REL } from '@/lib/graph/schema';

describe('graph schema as data', () => {
  test('every relationship endpoint is a known label', () => {
    const labels = new Set(graphSchema.nodes.map((n) => n.label));
    for (const rel of graphSchema.relationships) {
      for (const [from, to] of rel.endpoints) {
        expect(labels.has(from)).toBe(true);
        expect(labels.has(to)).toBe(true);
      }
    }
  });

  test('the constants name exactly the schema', () => {
    expect(new Set(Object.values(NODE))).toEqual(new Set(graphSchema.nodes.map((n) => n.label)));
    expect(new Set(Object.values(REL))).toEqual(new Set(graphSchema.relationships.map((r) => r.type)));
  });

  test('every entity has an id primary key, a unique slug and a full-text index over searchText', () => {
    for (const label of [NODE.Person, NODE.Organization, NODE.Skill, NODE.Sector, NODE.Project, NODE.Event]) {
      const node = nodeSchema(label);
      expect(node.primaryKey).toBe('id');
      expect(node.unique).toContain('slug');
      expect(node.fulltext?.properties).toEqual(['searchText']);
    }
  });
});

describe('Kùzu DDL', () => {
  test('a node table with typed columns and its primary key', () => {
    const ddl = kuzuNodeTable(nodeSchema(NODE.Skill));
    expect(ddl).toMatch(/^CREATE NODE TABLE IF NOT EXISTS Skill\(id STRING PRIMARY KEY, /);
    expect(ddl).toContain('aliases STRING[]');
  });

  test('a relationship table with several endpoint pairs', () => {
    const rel = graphSchema.relationships.find((r) => r.type === REL.CONTRIBUTES_TO)!;
    expect(kuzuRelTable(rel)).toBe(
      'CREATE REL TABLE IF NOT EXISTS CONTRIBUTES_TO(FROM Person TO Project, FROM Organization TO Project, role STRING, since DATE, until DATE)',
    );
  });

  test('booleans are BOOL, and Kùzu gets no full-text index (search runs in memory)', () => {
    const { ddl, dropIndex } = kuzuStatements({ op: 'createNode', label: NODE.Project }, graphSchema);
    expect(ddl).toHaveLength(1);
    expect(ddl[0]).toContain('callOpen BOOL');
    expect(dropIndex).toBeUndefined();
  });

  test('migration 3 drops the Kùzu full-text index of a store that has one, guarded by the catalogue', () => {
    expect(kuzuStatements({ op: 'dropKuzuFulltextIndex', label: NODE.Project }, graphSchema)).toEqual({
      ddl: [],
      dropIndex: { table: 'Project', name: 'project_search', ddl: "CALL DROP_FTS_INDEX('Project', 'project_search')" },
    });
  });

  test('an added property is idempotent', () => {
    expect(kuzuStatements({ op: 'addProperty', label: NODE.Person, property: 'headline' }, graphSchema).ddl).toEqual([
      'ALTER TABLE Person ADD IF NOT EXISTS headline STRING',
    ]);
  });
});

describe('Neo4j DDL', () => {
  test('uniqueness constraints, range indexes and an accent-folding full-text index, all IF NOT EXISTS', () => {
    const statements = neo4jNodeStatements(nodeSchema(NODE.Person));
    expect(statements).toContain('CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE');
    expect(statements).toContain('CREATE CONSTRAINT person_slug_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.slug IS UNIQUE');
    expect(statements).toContain('CREATE INDEX person_state IF NOT EXISTS FOR (n:Person) ON (n.state)');
    expect(statements.some((s) => s.startsWith('CREATE FULLTEXT INDEX person_search IF NOT EXISTS') && s.includes('standard-folding'))).toBe(true);
    expect(statements.every((s) => s.includes('IF NOT EXISTS'))).toBe(true);
  });
});

describe('stableId', () => {
  test('is a deterministic UUID per namespace and name', () => {
    const id = stableId('person', 'giulia-marchetti');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableId('person', 'giulia-marchetti')).toBe(id);
    expect(stableId('skill', 'giulia-marchetti')).not.toBe(id);
  });
});
