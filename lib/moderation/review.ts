import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { conflict, notFound } from '../errors';
import { asNode } from '../graph/fields';
import { NODE } from '../graph/schema';
import type { GraphStore, QueryRunner } from '../graph/store';
import { recordAudit } from '../write/audit';
import { parseInput } from '../write/validate';
import { describeItems } from './describe';
import { approveInput, rejectInput } from './input';
import {
  ENTITY_LABEL,
  entityItem,
  isEntityKind,
  proposalItem,
  type EntityModerationKind,
  type ModerationItem,
  type ModerationKind,
} from './model';
import {
  collaborationCount,
  contributionCount,
  createCollaboration,
  createContribution,
  createMembership,
  entityById,
  membershipCount,
  personOfAccount,
  proposalById,
  reviewEntity,
  reviewProposal,
} from './queries';

/**
 * Staff review of the moderation queue. Approving publishes a proposed entity (and links
 * its proposer to it) or turns a Proposal into the real relationship; rejecting keeps
 * it hidden and records the reason the proposer will read. Both check the version the
 * reviewer saw, refuse items that are no longer pending, and write one audit entry.
 */

type Decision = { approve: true } | { approve: false; reason: string };

async function describeOne(tx: QueryRunner, item: ModerationItem): Promise<ModerationItem> {
  const [described] = await describeItems(tx, [item]);
  return described ?? item;
}

/** The item as the reviewer must have seen it: same version, still pending. */
async function checkReviewable(tx: QueryRunner, item: ModerationItem, version: number): Promise<void> {
  if (item.version !== version) {
    throw conflict('This proposal changed since you opened it.', { currentVersion: item.version, current: await describeOne(tx, item) });
  }
  if (item.nodeState !== 'PENDING') {
    throw conflict('This proposal has already been reviewed.', { currentVersion: item.version, current: await describeOne(tx, item) });
  }
}

async function proposerPersonId(tx: QueryRunner, accountId: string | undefined): Promise<string | null> {
  if (!accountId) return null;
  const [row] = await tx.run(personOfAccount, { accountId });
  return row?.personId ?? null;
}

/** On approval the proposer of a project contributes to it, the proposer of an organization manages it. */
async function linkProposer(tx: QueryRunner, kind: EntityModerationKind, item: ModerationItem): Promise<void> {
  const personId = await proposerPersonId(tx, item.proposer?.accountId);
  if (!personId) return;
  if (kind === 'PROJECT') {
    const [existing] = await tx.run(contributionCount, { personId, projectId: item.id });
    if ((existing?.n ?? 0) === 0) await tx.run(createContribution, { personId, projectId: item.id, role: null });
  } else if (kind === 'ORGANIZATION') {
    const [existing] = await tx.run(membershipCount, { personId, organizationId: item.id });
    if ((existing?.n ?? 0) === 0) {
      await tx.run(createMembership, { personId, organizationId: item.id, role: null, since: null, isManager: true });
    }
  }
}

function payloadValue(item: ModerationItem, key: string): string | null {
  return item.payload.find((f) => f.key === key)?.value ?? null;
}

/** Creates the relationship an approved proposal stands for, unless it exists already (idempotent). */
async function createRelationship(tx: QueryRunner, item: ModerationItem): Promise<void> {
  const fromId = item.from?.id ?? '';
  const toId = item.to?.id ?? '';
  const described = await describeOne(tx, item);
  if (!described.from?.slug || !described.to?.slug) throw notFound('One end of this proposal');
  switch (item.kind) {
    case 'MEMBERSHIP': {
      const [existing] = await tx.run(membershipCount, { personId: fromId, organizationId: toId });
      if ((existing?.n ?? 0) === 0) {
        await tx.run(createMembership, {
          personId: fromId,
          organizationId: toId,
          role: payloadValue(item, 'role'),
          since: payloadValue(item, 'since'),
          isManager: false,
        });
      }
      return;
    }
    case 'CONTRIBUTION': {
      const [existing] = await tx.run(contributionCount, { personId: fromId, projectId: toId });
      if ((existing?.n ?? 0) === 0) await tx.run(createContribution, { personId: fromId, projectId: toId, role: payloadValue(item, 'role') });
      return;
    }
    case 'COLLABORATION': {
      const [existing] = await tx.run(collaborationCount, { organizationId: fromId, partnerId: toId });
      if ((existing?.n ?? 0) === 0) await tx.run(createCollaboration, { organizationId: fromId, partnerId: toId, note: payloadValue(item, 'note') });
      return;
    }
    default:
      throw new Error(`Not a relationship proposal: ${item.kind}`);
  }
}

async function reviewEntityItem(
  tx: QueryRunner,
  viewer: Viewer,
  kind: EntityModerationKind,
  id: string,
  version: number,
  decision: Decision,
): Promise<ModerationItem> {
  const label = ENTITY_LABEL[kind];
  const [row] = await tx.run(entityById[label], { id });
  if (!row) throw notFound('The proposal');
  const item = entityItem(kind, asNode(row.n));
  await checkReviewable(tx, item, version);
  const state = decision.approve ? 'ACTIVE' : 'REJECTED';
  const note = decision.approve ? null : decision.reason;
  const [updated] = await tx.run(reviewEntity[label], { id, state, reviewNote: note, at: new Date().toISOString() });
  if (!updated) throw notFound('The proposal');
  if (decision.approve) await linkProposer(tx, kind, item);
  await recordAudit(tx, {
    actorId: viewer.accountId,
    action: decision.approve ? 'moderation.approve' : 'moderation.reject',
    entityLabel: label,
    entityId: id,
    before: { state: 'PENDING', reviewNote: item.reviewNote },
    after: { state, reviewNote: note },
    note,
  });
  return describeOne(tx, entityItem(kind, asNode(updated.n)));
}

async function reviewProposalItem(
  tx: QueryRunner,
  viewer: Viewer,
  kind: ModerationKind,
  id: string,
  version: number,
  decision: Decision,
): Promise<ModerationItem> {
  const [row] = await tx.run(proposalById, { id });
  const item = row ? proposalItem(asNode(row.n)) : null;
  if (!item || item.kind !== kind) throw notFound('The proposal');
  await checkReviewable(tx, item, version);
  if (decision.approve) await createRelationship(tx, item);
  const state = decision.approve ? 'APPROVED' : 'REJECTED';
  const note = decision.approve ? null : decision.reason;
  const [updated] = await tx.run(reviewProposal, { id, state, reviewNote: note, reviewedBy: viewer.accountId, at: new Date().toISOString() });
  if (!updated) throw notFound('The proposal');
  await recordAudit(tx, {
    actorId: viewer.accountId,
    action: decision.approve ? 'moderation.approve' : 'moderation.reject',
    entityLabel: NODE.Proposal,
    entityId: id,
    before: { state: 'PENDING' },
    after: { state, kind, fromId: item.from?.id ?? null, toId: item.to?.id ?? null },
    note,
  });
  return describeOne(tx, proposalItem(asNode(updated.n)));
}

function review(store: GraphStore, viewer: Viewer, kind: ModerationKind, id: string, version: number, decision: Decision) {
  return store.write((tx) =>
    isEntityKind(kind) ? reviewEntityItem(tx, viewer, kind, id, version, decision) : reviewProposalItem(tx, viewer, kind, id, version, decision),
  );
}

/** Approves a pending item (staff): publishes the entity or creates the relationship. */
export async function approveItem(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<ModerationItem> {
  authorize(viewer, 'entity.review');
  const data = parseInput(approveInput, input);
  return review(store, viewer, data.kind, data.id, data.version, { approve: true });
}

/** Rejects a pending item (staff) with a reason of 3 to 1000 characters that the proposer reads. */
export async function rejectItem(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<ModerationItem> {
  authorize(viewer, 'entity.review');
  const data = parseInput(rejectInput, input);
  return review(store, viewer, data.kind, data.id, data.version, { approve: false, reason: data.reason });
}
