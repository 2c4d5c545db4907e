import { randomUUID } from 'node:crypto';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { NODE } from '../graph/schema';
import type { GraphStore, QueryRunner } from '../graph/store';
import { recordAudit } from '../write/audit';
import { COLUMNS, KIND_LABEL, type Kind } from './formats';
import type { ParsedFile } from './parse';
import { planImport, type ImportReport, type PlannedEntity } from './plan';
import { loadSnapshot } from './snapshot';
import { writePlan, type WriteCounts } from './write';

/**
 * Bulk import from CSV: preview (plan, write nothing) and apply (plan again inside one
 * write unit of work; if any row is rejected write nothing, else write everything).
 * Applying the same files twice writes nothing the second time: every row is UNCHANGED.
 */

export type ApplyResult =
  | { readonly applied: false; readonly report: ImportReport }
  | { readonly applied: true; readonly report: ImportReport; readonly importId: string | null; readonly written: WriteCounts };

/** What each row of `files` would do, without writing anything. */
export async function previewImport(store: GraphStore, viewer: Viewer | null, files: readonly ParsedFile[]): Promise<ImportReport> {
  authorize(viewer, 'network.import');
  const snapshot = await store.read((tx) => loadSnapshot(tx, files));
  return planImport(files, snapshot).report;
}

const SINGULAR: Record<Kind, string> = {
  sectors: 'sector',
  skills: 'skill',
  organizations: 'organization',
  people: 'person',
  projects: 'project',
};

function auditPair(e: PlannedEntity): { before: Record<string, unknown> | null; after: Record<string, unknown> } {
  if (!e.existing) {
    const after: Record<string, unknown> = { slug: e.slug };
    for (const column of COLUMNS[e.kind]) {
      const value = e.values[column.name];
      if (column.name !== 'slug' && value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) after[column.name] = value;
    }
    return { before: null, after };
  }
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const column of e.changed) {
    before[column] = e.existing.values[column] ?? null;
    after[column] = e.values[column] ?? null;
  }
  return { before, after };
}

function summary(report: ImportReport): string {
  const files = report.files.map((f) => `${f.fileName} (${f.kind}): ${f.counts.CREATE} created, ${f.counts.UPDATE} updated, ${f.counts.UNCHANGED} unchanged`);
  return `CSV import: ${report.counts.CREATE} created, ${report.counts.UPDATE} updated, ${report.counts.UNCHANGED} unchanged. ${files.join('; ')}`;
}

async function recordImport(tx: QueryRunner, viewer: Viewer, entities: readonly PlannedEntity[], report: ImportReport, at: Date): Promise<string> {
  const importId = randomUUID();
  for (const e of entities) {
    await recordAudit(
      tx,
      {
        actorId: viewer.accountId,
        action: `${SINGULAR[e.kind]}.${e.existing ? 'update' : 'create'}`,
        entityLabel: KIND_LABEL[e.kind],
        entityId: e.id,
        ...auditPair(e),
        note: `CSV import ${importId}`,
      },
      at,
    );
  }
  // The import is no entity of its own: its summary entry is addressed by the import id
  // (which the per-entity entries quote in their note).
  await recordAudit(tx, { actorId: viewer.accountId, action: 'network.import', entityLabel: NODE.AuditEntry, entityId: importId, note: summary(report) }, at);
  return importId;
}

/**
 * Applies `files` atomically: plans inside one write unit of work (so nothing changes
 * between planning and writing), writes nothing if any row is rejected, and otherwise
 * writes every change, one audit entry per entity and one for the import.
 */
export async function applyImport(store: GraphStore, viewer: Viewer | null, files: readonly ParsedFile[]): Promise<ApplyResult> {
  authorize(viewer, 'network.import');
  return store.write(async (tx): Promise<ApplyResult> => {
    const snapshot = await loadSnapshot(tx, files);
    const plan = planImport(files, snapshot);
    if (plan.report.counts.REJECT > 0) return { applied: false, report: plan.report };
    const now = new Date();
    const written = await writePlan(tx, plan.entities, snapshot, now.toISOString());
    const importId = plan.entities.length > 0 ? await recordImport(tx, viewer, plan.entities, plan.report, now) : null;
    return { applied: true, report: plan.report, importId, written };
  });
}
