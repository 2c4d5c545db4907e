import { authorize, requireViewer } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { toConnection, toPage, type Connection, type PageRequest } from '../directory/connection';
import { asNode } from '../graph/fields';
import type { GraphStore, QueryRunner } from '../graph/store';
import { describeItems } from './describe';
import {
  ENTITY_KINDS,
  ENTITY_LABEL,
  entityItem,
  isEntityKind,
  PROPOSAL_KINDS,
  proposalItem,
  type ModerationItem,
  type ModerationKind,
} from './model';
import { pendingEntities, pendingEntityCount, pendingProposalCounts, pendingProposals, proposedBy } from './queries';

/** Every kind in the order the queue shows them. */
export const QUEUE_KINDS: readonly ModerationKind[] = [...ENTITY_KINDS, ...PROPOSAL_KINDS];

/** At most this many of one's own proposals of each kind are listed. */
const MY_PROPOSALS_LIMIT = 200;

/** Oldest first, ties by id: the queue is served in the order things were proposed. */
function byProposedAt(a: ModerationItem, b: ModerationItem): number {
  return (a.proposedAt ?? '').localeCompare(b.proposedAt ?? '') || a.id.localeCompare(b.id);
}

async function pendingOf(tx: QueryRunner, kind: ModerationKind, limit: number): Promise<ModerationItem[]> {
  if (isEntityKind(kind)) {
    const rows = await tx.run(pendingEntities[ENTITY_LABEL[kind]], { limit });
    return rows.map((r) => entityItem(kind, asNode(r.n)));
  }
  const rows = await tx.run(pendingProposals, { kind, limit });
  return rows.map((r) => proposalItem(asNode(r.n)));
}

async function countsOf(tx: QueryRunner): Promise<Record<ModerationKind, number>> {
  const counts = Object.fromEntries(QUEUE_KINDS.map((k) => [k, 0])) as Record<ModerationKind, number>;
  for (const kind of ENTITY_KINDS) counts[kind] = (await tx.run(pendingEntityCount[ENTITY_LABEL[kind]]))[0]?.n ?? 0;
  for (const row of await tx.run(pendingProposalCounts)) {
    const kind = QUEUE_KINDS.find((k) => k === row.kind);
    if (kind) counts[kind] = row.n;
  }
  return counts;
}

export interface ModerationCounts {
  total: number;
  byKind: { kind: ModerationKind; count: number }[];
}

/** How many items of each kind wait for staff (staff only). */
export async function moderationCounts(store: GraphStore, viewer: Viewer | null): Promise<ModerationCounts> {
  authorize(viewer, 'entity.review');
  const counts = await store.read(countsOf);
  const byKind = QUEUE_KINDS.map((kind) => ({ kind, count: counts[kind] }));
  return { total: byKind.reduce((n, k) => n + k.count, 0), byKind };
}

/**
 * The pending items of one kind, or of every kind when `kind` is absent, oldest first,
 * as a Relay connection (staff only). The queue is small by nature, so a page over
 * every kind reads the first offset+limit items of each kind and merges them.
 */
export async function moderationQueue(
  store: GraphStore,
  viewer: Viewer | null,
  args: PageRequest & { kind?: ModerationKind | null },
): Promise<Connection<ModerationItem>> {
  authorize(viewer, 'entity.review');
  const page = toPage(args);
  const kinds = args.kind ? [args.kind] : QUEUE_KINDS;
  return store.read(async (tx) => {
    const counts = await countsOf(tx);
    const total = kinds.reduce((n, k) => n + counts[k], 0);
    if (page.limit === 0 || page.offset >= total) return toConnection([], page, total);
    const merged: ModerationItem[] = [];
    for (const kind of kinds) merged.push(...(await pendingOf(tx, kind, page.offset + page.limit)));
    merged.sort(byProposedAt);
    const nodes = await describeItems(tx, merged.slice(page.offset, page.offset + page.limit));
    return toConnection(nodes, page, total);
  });
}

/** Everything the signed-in member proposed, newest first, with its state and the staff's reason when rejected. */
export async function myProposals(store: GraphStore, viewer: Viewer | null): Promise<ModerationItem[]> {
  const { accountId } = requireViewer(viewer);
  return store.read(async (tx) => {
    const params = { accountId, limit: MY_PROPOSALS_LIMIT };
    const items: ModerationItem[] = [];
    for (const kind of ENTITY_KINDS) {
      for (const row of await tx.run(proposedBy[ENTITY_LABEL[kind]], params)) items.push(entityItem(kind, asNode(row.n)));
    }
    for (const row of await tx.run(proposedBy.Proposal, params)) items.push(proposalItem(asNode(row.n)));
    items.sort((a, b) => byProposedAt(b, a));
    return describeItems(tx, items);
  });
}
