import { graphSchema, NODE, type GraphSchema, type NodeLabel } from './schema';
import { defineQuery } from './query';
import type { MigrationReport, QueryRunner } from './store';

/** One schema change, rendered to DDL by each adapter (ddl-kuzu.ts, ddl-neo4j.ts). */
export type SchemaOp =
  | { readonly op: 'createNode'; readonly label: string }
  | { readonly op: 'createRelationship'; readonly type: string }
  | { readonly op: 'addProperty'; readonly label: string; readonly property: string }
  /** Kùzu only: its full-text indexes are replaced by the in-memory search index (lib/search/text-index.ts). */
  | { readonly op: 'dropKuzuFulltextIndex'; readonly label: string };

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly ops: readonly SchemaOp[];
}

const ENTITY_LABELS: readonly NodeLabel[] = [NODE.Person, NODE.Organization, NODE.Skill, NODE.Sector, NODE.Project, NODE.Event];

/**
 * The versioned migrations, oldest first. Every op is idempotent (IF NOT EXISTS, or a
 * check of the catalogue first), so a migration interrupted half-way runs again safely.
 * Add a new entry for every schema change; never edit an applied one.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'baseline: node and relationship tables, constraints, indexes, full-text indexes',
    ops: [
      ...graphSchema.nodes.map((n) => ({ op: 'createNode', label: n.label }) as const),
      ...graphSchema.relationships.map((r) => ({ op: 'createRelationship', type: r.type }) as const),
    ],
  },
  {
    version: 2,
    name: 'sign-in and curation: invitations, proposals, proposer and review note, deletion requests',
    ops: [
      { op: 'createNode', label: NODE.Invitation },
      { op: 'createNode', label: NODE.Proposal },
      ...ENTITY_LABELS.flatMap((label) => [
        { op: 'addProperty', label, property: 'proposedBy' } as const,
        { op: 'addProperty', label, property: 'reviewNote' } as const,
      ]),
      { op: 'addProperty', label: NODE.Person, property: 'deletionRequestedAt' },
    ],
  },
  {
    version: 3,
    name: 'Kùzu: search on an in-memory index, without full-text indexes (they broke under inserts in Kùzu 0.11.3)',
    ops: graphSchema.nodes.filter((n) => n.fulltext).map((n) => ({ op: 'dropKuzuFulltextIndex', label: n.label }) as const),
  },
];

export const appliedMigrations = defineQuery<{ version: number }>(
  'migrations.applied',
  `MATCH (m:${NODE.SchemaMigration}) RETURN m.version AS version ORDER BY version`,
);

export const recordMigration = defineQuery('migrations.record', {
  kuzu: `MERGE (m:${NODE.SchemaMigration} {version: $version})
         SET m.name = $name, m.appliedAt = timestamp($at)`,
  neo4j: `MERGE (m:${NODE.SchemaMigration} {version: $version})
          SET m.name = $name, m.appliedAt = datetime($at)`,
});

/** What an adapter provides so the shared runner can migrate it. */
export interface MigrationTarget {
  /** Creates the bookkeeping table/label, if the engine needs one. */
  prepare(): Promise<void>;
  /** Applies one op idempotently. */
  apply(op: SchemaOp, schema: GraphSchema): Promise<void>;
  /** Runs bookkeeping statements in one write transaction. */
  write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T>;
  read<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T>;
}

/** Applies every pending migration in order and records it. */
export async function runMigrations(
  target: MigrationTarget,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationReport> {
  await target.prepare();
  const done = new Set(
    (await target.read((tx) => tx.run(appliedMigrations))).map((row) => row.version),
  );
  const applied: { version: number; name: string }[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(migration.version)) continue;
    for (const op of migration.ops) await target.apply(op, graphSchema);
    await target.write((tx) =>
      tx.run(recordMigration, {
        version: migration.version,
        name: migration.name,
        at: new Date().toISOString(),
      }),
    );
    applied.push({ version: migration.version, name: migration.name });
  }
  const version = Math.max(0, ...done, ...applied.map((a) => a.version));
  return { applied, version };
}
