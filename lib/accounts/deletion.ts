import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { conflict, invalidInput } from '../errors';
import { NODE } from '../graph/schema';
import type { GraphStore, QueryRunner } from '../graph/store';
import { recordAudit } from '../write/audit';
import { parseInput } from '../write/validate';
import { toDeletionRequest, type DeletionRequestRecord } from './model';
import * as q from './queries';

/** What replaces a deleted account's id and a deleted person's id in what remains. */
export const DELETED_ACCOUNT = 'deleted-account';
export const DELETED_PERSON = 'deleted-person';
/** What replaces their email, name and slug inside audit texts. */
export const REMOVED = '[removed]';

/** The people waiting for staff to confirm the deletion they asked for (staff). */
export async function listDeletionRequests(store: GraphStore, viewer: Viewer | null): Promise<DeletionRequestRecord[]> {
  authorize(viewer, 'deletion.confirm');
  return (await store.query(q.deletionRequests)).map(toDeletionRequest);
}

const personSchema = z.object({ personId: z.string().min(1).max(100) });
const declineSchema = personSchema.extend({ reason: z.string().trim().min(1, 'Say why the request is declined').max(5000) });

async function pendingRequest(tx: QueryRunner, personId: string): Promise<q.DeletionRequestRow> {
  const [row] = await tx.run(q.deletionSubject, { id: personId });
  if (!row) throw invalidInput('personId', 'There is no such person.');
  if (!row.requestedAt) throw invalidInput('personId', 'This person has not asked to delete their account.');
  return row;
}

/** Replaces every occurrence of the needles in a text. */
function scrubText(text: string | null, needles: readonly string[]): string | null {
  if (text === null) return null;
  let out = text;
  for (const needle of needles) out = out.split(needle).join(REMOVED);
  return out;
}

/** Replaces the needles inside a JSON text value by value (keys stay), so the JSON stays valid. */
function scrubJson(text: string | null, needles: readonly string[]): string | null {
  if (text === null) return null;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return scrubText(value, needles);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  try {
    return JSON.stringify(walk(JSON.parse(text)));
  } catch {
    return scrubText(text, needles);
  }
}

/** A value that matches nothing, for identifiers a person may lack (an account, an email). */
function absent(): string {
  return `absent-${randomUUID()}`;
}

/**
 * Pseudonymises the audit log: entries the person's account made keep what happened but
 * name `deleted-account`; entries about them name `deleted-person`; their email, name and
 * slug are removed from every text.
 */
async function pseudonymiseAudit(tx: QueryRunner, subject: q.DeletionRequestRow): Promise<void> {
  const accountId = subject.accountId ?? absent();
  const email = subject.accountEmail ?? absent();
  const personEmail = subject.personEmail ?? absent();
  const entries = await tx.run(q.auditEntriesNaming, {
    accountId,
    personId: subject.personId,
    email,
    personEmail,
    name: subject.name,
    slug: subject.slug,
  });
  // Longest first, so a name containing the slug's words is removed whole.
  const needles = [subject.personId, accountId, email, personEmail, subject.name, subject.slug]
    .filter((n) => n.length > 0)
    .sort((a, b) => b.length - a.length);
  const replaceId = (id: string | null): string | null => (id === accountId ? DELETED_ACCOUNT : id === subject.personId ? DELETED_PERSON : id);
  for (const e of entries) {
    await tx.run(q.rewriteAuditEntry, {
      id: e.id,
      actorId: replaceId(e.actorId),
      entityId: replaceId(e.entityId),
      before: scrubJson(e.before, needles),
      after: scrubJson(e.after, needles),
      note: scrubText(e.note, needles),
    });
  }
}

/**
 * Confirms a member's request to delete their account (staff). In one unit of work: the
 * person and their account go (with every relationship), with their invitations and the
 * relationships they proposed; what they proposed or reviewed stays without their name;
 * the audit log is pseudonymised; and one audit entry records that a member's data was
 * removed, naming nobody. Their sessions stop at once (the account no longer exists).
 */
export async function confirmAccountDeletion(store: GraphStore, viewer: Viewer | null, personId: string): Promise<{ personId: string }> {
  authorize(viewer, 'deletion.confirm');
  const data = parseInput(personSchema, { personId });
  await store.write(async (tx) => {
    const subject = await pendingRequest(tx, data.personId);
    if (subject.accountId) {
      const [others] = await tx.run(q.adminAccountById, { id: subject.accountId });
      if (others?.role === 'ADMIN' && others.state === 'ACTIVE') {
        const [n] = await tx.run(q.otherActiveAdmins, { id: subject.accountId });
        if ((n?.n ?? 0) === 0) throw conflict('This is the last active admin: make another account admin first.', { field: 'personId' });
      }
    }
    const accountId = subject.accountId ?? absent();
    await pseudonymiseAudit(tx, subject);
    await tx.run(q.deleteInvitationsOf, { personId: subject.personId, email: subject.accountEmail ?? absent(), personEmail: subject.personEmail ?? absent() });
    await tx.run(q.forgetInviter, { accountId });
    await tx.run(q.deleteProposalsAbout, { personId: subject.personId });
    await tx.run(q.forgetProposalPeople, { accountId });
    await tx.run(q.forgetProposer, { accountId });
    await tx.run(q.deleteAccountsOfPerson, { id: subject.personId });
    await tx.run(q.deletePerson, { id: subject.personId });
    await recordAudit(tx, {
      // A member of staff confirming their own deletion is gone too.
      actorId: viewer.accountId === subject.accountId ? DELETED_ACCOUNT : viewer.accountId,
      action: 'person.delete',
      entityLabel: NODE.Person,
      entityId: DELETED_PERSON,
      note: 'A member asked to delete their account: their account and personal data were removed.',
    });
  });
  return { personId: data.personId };
}

/** Declines a deletion request (staff), with the reason; the request is cleared. */
export async function declineAccountDeletion(
  store: GraphStore,
  viewer: Viewer | null,
  input: { personId: string; reason: string },
): Promise<{ personId: string }> {
  authorize(viewer, 'deletion.confirm');
  const data = parseInput(declineSchema, input);
  await store.write(async (tx) => {
    const subject = await pendingRequest(tx, data.personId);
    await tx.run(q.clearDeletionRequest, { id: subject.personId });
    await recordAudit(tx, {
      actorId: viewer.accountId,
      action: 'person.declineDeletion',
      entityLabel: NODE.Person,
      entityId: subject.personId,
      before: { deletionRequestedAt: subject.requestedAt?.toISOString() ?? null },
      after: { deletionRequestedAt: null },
      note: data.reason,
    });
  });
  return { personId: data.personId };
}
