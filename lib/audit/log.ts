import { z } from 'zod';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { InvalidCursorError, toConnection, toPage, type Connection, type PageRequest } from '../directory/connection';
import type { EntityKind } from '../directory/model';
import { invalidInput } from '../errors';
import { asNode, text, textOrNull, timestampOrNull } from '../graph/fields';
import type { GraphStore } from '../graph/store';
import type { GraphNode } from '../graph/types';
import { entityPath } from '../routes';
import { parseInput } from '../write/validate';
import { auditChanges, parseAuditJson, type AuditChange } from './changes';
import { actorsByIds, auditActions, auditActorIds, auditCount, auditEntryById, auditPage, entityNames } from './queries';

/** The labels an audit entry can be about. */
export type AuditLabel = keyof typeof entityNames;
export const AUDIT_LABELS = Object.keys(entityNames) as AuditLabel[];

const PUBLIC_KINDS: ReadonlySet<string> = new Set<EntityKind>(['Person', 'Organization', 'Skill', 'Sector', 'Project', 'Event']);

export interface AuditActor {
  accountId: string;
  name: string | null;
  email: string | null;
}

export interface AuditEntity {
  id: string;
  label: string;
  name: string | null;
  /** Its public page, when it still exists and is public. */
  path: string | null;
  state: string | null;
}

/** One audit entry as staff read it. */
export interface AuditEntryView {
  id: string;
  at: string;
  action: string;
  /** null for the system (seed, migrations). */
  actor: AuditActor | null;
  entityLabel: string;
  entityId: string;
  /** The entity as it is now, or null when it no longer exists. */
  entity: AuditEntity | null;
  /** Its name now, or the name the entry recorded when it is gone. */
  entityName: string | null;
  note: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changes: AuditChange[];
}

export interface AuditFilter {
  actorId?: string | null;
  entityId?: string | null;
  entityLabel?: AuditLabel | null;
  action?: string | null;
  /** ISO instants: entries at or after `from`, before `to`. */
  from?: string | null;
  to?: string | null;
}

const ALL_TIME = { from: '1970-01-01T00:00:00.000Z', to: '3000-01-01T00:00:00.000Z' };

const Instant = z
  .string()
  .refine((v) => !Number.isNaN(Date.parse(v)), 'must be an ISO 8601 instant')
  .transform((v) => new Date(v).toISOString());

const FilterSchema = z
  .object({
    actorId: z.string().trim().max(100).nullish(),
    entityId: z.string().trim().max(100).nullish(),
    entityLabel: z.enum(AUDIT_LABELS as [AuditLabel, ...AuditLabel[]]).nullish(),
    action: z
      .string()
      .trim()
      .max(100)
      .regex(/^[A-Za-z0-9_.-]*$/, 'letters, digits, dots, dashes and underscores only')
      .nullish(),
    from: Instant.nullish(),
    to: Instant.nullish(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'must not be before `from`', path: ['to'] });

function recordedName(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string | null {
  for (const side of [after, before]) {
    if (!side) continue;
    const own = side.name;
    if (typeof own === 'string') return own;
    const kept = side.kept;
    if (kept && typeof kept === 'object' && typeof (kept as { name?: unknown }).name === 'string') return (kept as { name: string }).name;
  }
  return null;
}

/** Fills actor and entity names for a page of entries, with one statement per kind. */
async function describe(store: GraphStore, nodes: readonly GraphNode[]): Promise<AuditEntryView[]> {
  const actorIds = [...new Set(nodes.map((n) => text(n, 'actorId')).filter((id) => id !== 'system'))];
  const actors = new Map((actorIds.length ? await store.query(actorsByIds, { ids: actorIds }) : []).map((r) => [r.id, r]));
  const byLabel = new Map<AuditLabel, string[]>();
  for (const n of nodes) {
    const label = text(n, 'entityLabel') as AuditLabel;
    if (!(label in entityNames)) continue;
    byLabel.set(label, [...(byLabel.get(label) ?? []), text(n, 'entityId')]);
  }
  const entities = new Map<string, AuditEntity>();
  for (const [label, ids] of byLabel) {
    for (const row of await store.query(entityNames[label], { ids: [...new Set(ids)] })) {
      const path = PUBLIC_KINDS.has(label) && row.slug && row.state === 'ACTIVE' ? entityPath(label as EntityKind, row.slug) : null;
      entities.set(`${label}:${row.id}`, { id: row.id, label, name: row.name, path, state: row.state });
    }
  }
  return nodes.map((n) => {
    const actorId = text(n, 'actorId');
    const actor = actors.get(actorId);
    const before = parseAuditJson(textOrNull(n, 'before'));
    const after = parseAuditJson(textOrNull(n, 'after'));
    const entity = entities.get(`${text(n, 'entityLabel')}:${text(n, 'entityId')}`) ?? null;
    return {
      id: text(n, 'id'),
      at: timestampOrNull(n, 'at') ?? ALL_TIME.from,
      action: text(n, 'action'),
      actor: actorId === 'system' ? null : { accountId: actorId, name: actor?.name ?? null, email: actor?.email ?? null },
      entityLabel: text(n, 'entityLabel'),
      entityId: text(n, 'entityId'),
      entity,
      entityName: entity?.name ?? recordedName(before, after),
      note: textOrNull(n, 'note'),
      before,
      after,
      changes: auditChanges(before, after),
    };
  });
}

function pageOf(request: PageRequest) {
  try {
    return toPage(request);
  } catch (error) {
    if (error instanceof InvalidCursorError) throw invalidInput(error.field, error.message);
    throw error;
  }
}

/** The audit log, newest first, filtered and paged: staff only. */
export async function auditLog(
  store: GraphStore,
  viewer: Viewer | null,
  filter: AuditFilter | null | undefined,
  request: PageRequest,
): Promise<Connection<AuditEntryView>> {
  authorize(viewer, 'audit.read');
  const f = parseInput(FilterSchema, filter ?? {});
  const page = pageOf(request);
  const params = {
    actorId: f.actorId ?? '',
    entityId: f.entityId ?? '',
    entityLabel: f.entityLabel ?? '',
    action: f.action ?? '',
    fromAt: f.from ?? ALL_TIME.from,
    toAt: f.to ?? ALL_TIME.to,
  };
  const [rows, [count]] = [
    page.limit > 0 ? await store.query(auditPage, { ...params, skipRows: page.offset, pageSize: page.limit }) : [],
    await store.query(auditCount, params),
  ];
  const nodes = rows.map((r) => asNode(r.a));
  return toConnection(await describe(store, nodes), page, Number(count?.n ?? 0));
}

/** One entity's history, newest first: staff only. */
export function entityHistory(
  store: GraphStore,
  viewer: Viewer | null,
  label: AuditLabel,
  id: string,
  request: PageRequest,
): Promise<Connection<AuditEntryView>> {
  if (!id.trim()) throw invalidInput('id', 'id: is required');
  return auditLog(store, viewer, { entityLabel: label, entityId: id }, request);
}

/** One entry by id (null when there is none): staff only. */
export async function auditEntry(store: GraphStore, viewer: Viewer | null, id: string): Promise<AuditEntryView | null> {
  authorize(viewer, 'audit.read');
  const [row] = await store.query(auditEntryById, { id });
  if (!row) return null;
  const [view] = await describe(store, [asNode(row.a)]);
  return view ?? null;
}

/** The actions and actors the log holds, for the filter form: staff only. */
export async function auditFacets(store: GraphStore, viewer: Viewer | null): Promise<{ actions: string[]; actors: AuditActor[] }> {
  authorize(viewer, 'audit.read');
  const actions = (await store.query(auditActions, {})).map((r) => r.action);
  const ids = (await store.query(auditActorIds, {})).map((r) => r.actorId).filter((id) => id !== 'system');
  const rows = ids.length ? await store.query(actorsByIds, { ids }) : [];
  const actors = rows
    .map((r) => ({ accountId: r.id, name: r.name, email: r.email }))
    .sort((a, b) => (a.name ?? a.email ?? '').localeCompare(b.name ?? b.email ?? ''));
  return { actions, actors };
}

