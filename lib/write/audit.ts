import { randomUUID } from 'node:crypto';
import type { QueryRunner } from '../graph/store';
import type { NodeLabel } from '../graph/schema';
import { createAuditEntry } from './audit-queries';

/** One change, as the audit log records it. */
export interface AuditRecord {
  /** The account that made the change (null for the system: seed, migrations). */
  actorId: string | null;
  /** What happened, as `<area>.<verb>`, e.g. `person.update`, `skill.merge`, `proposal.reject`. */
  action: string;
  entityLabel: NodeLabel;
  entityId: string;
  /** The changed fields before and after (only what changed; null for creations/deletions). */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  note?: string | null;
}

/**
 * Records a change in the same unit of work as the change itself, so the log and the data
 * can never disagree. Audit entries are append-only: no API operation edits or deletes them.
 */
export async function recordAudit(tx: QueryRunner, record: AuditRecord, at: Date = new Date()): Promise<string> {
  const id = randomUUID();
  await tx.run(createAuditEntry, {
    id,
    at: at.toISOString(),
    actorId: record.actorId ?? 'system',
    action: record.action,
    entityLabel: record.entityLabel,
    entityId: record.entityId,
    before: record.before ? JSON.stringify(record.before) : null,
    after: record.after ? JSON.stringify(record.after) : null,
    note: record.note ?? null,
  });
  return id;
}

/** The fields of `after` whose values differ from `before`, as a before/after pair for the log. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return Object.keys(a).length > 0 ? { before: b, after: a } : null;
}
