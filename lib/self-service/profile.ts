import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { conflict, notFound } from '../errors';
import { asNode } from '../graph/fields';
import { NODE } from '../graph/schema';
import type { GraphStore, QueryRunner } from '../graph/store';
import { searchTextFor } from '../search/text';
import { changedFields, recordAudit } from '../write/audit';
import { parseInput } from '../write/validate';
import { profileInputSchema } from './input';
import { profileValues, toProfile, type ProfileRecord } from './model';
import { ownPersonId } from './own';
import * as q from './queries';

/** A person's own record in any state, or null. */
export async function readProfile(store: GraphStore, personId: string): Promise<ProfileRecord | null> {
  const [row] = await store.query(q.personById, { id: personId });
  return row ? toProfile(asNode(row.n)) : null;
}

/** A person's record that must exist (after a write), or NOT_FOUND. */
export async function existingProfile(store: GraphStore, personId: string): Promise<ProfileRecord> {
  const profile = await readProfile(store, personId);
  if (!profile) throw notFound('Person');
  return profile;
}

/** The person inside a write unit, or NOT_FOUND. */
export async function personInWrite(tx: QueryRunner, personId: string): Promise<ProfileRecord> {
  const [row] = await tx.run(q.personById, { id: personId });
  if (!row) throw notFound('Person');
  return toProfile(asNode(row.n));
}

/** Recomputes a person's searchText from the given texts and their skills as stored in this unit of work. */
export async function personSearchText(
  tx: QueryRunner,
  personId: string,
  p: { name: string; headline: string | null; bio: string | null },
): Promise<string> {
  const skills = await tx.run(q.skillNamesOfPerson, { id: personId });
  return searchTextFor.person({ ...p, skills });
}

/**
 * Updates a profile with optimistic concurrency: a stale `version` is refused with a
 * CONFLICT carrying the current values; saving unchanged values writes nothing.
 * Members edit their own profile, staff anyone's (`profile.edit`).
 */
export async function updateProfile(
  store: GraphStore,
  viewer: Viewer | null,
  personId: string,
  input: unknown,
  at: Date = new Date(),
): Promise<ProfileRecord> {
  authorize(viewer, 'profile.edit', { personId });
  const values = parseInput(profileInputSchema, input);
  return store.write(async (tx) => {
    const current = await personInWrite(tx, personId);
    const before = profileValues(current);
    if (before.version !== values.version) {
      throw conflict('This profile was changed by someone else since you opened it.', { currentVersion: before.version, current: before });
    }
    const { version: _v, ...oldValues } = before;
    const { version: _w, ...newValues } = values;
    const changes = changedFields(oldValues, newValues);
    if (!changes) return current;
    const searchText = await personSearchText(tx, personId, newValues);
    const [row] = await tx.run(q.updatePersonProfile, { id: personId, ...newValues, searchText, at: at.toISOString() });
    await recordAudit(
      tx,
      { actorId: viewer.accountId, action: 'profile.update', entityLabel: NODE.Person, entityId: personId, ...changes },
      at,
    );
    return toProfile(asNode(row?.n));
  });
}

/** `updateProfile` for the signed-in viewer's own profile. */
export function updateMyProfile(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<ProfileRecord> {
  return updateProfile(store, viewer, ownPersonId(viewer), input);
}

/**
 * Asks staff to delete the viewer's account (sets `deletionRequestedAt`; staff confirm
 * it). Asking again changes nothing. Returns the updated record.
 */
export async function requestAccountDeletion(store: GraphStore, viewer: Viewer | null, at: Date = new Date()): Promise<ProfileRecord> {
  const personId = ownPersonId(viewer);
  authorize(viewer, 'account.requestDeletion', { personId });
  await store.write(async (tx) => {
    const current = await personInWrite(tx, personId);
    if (current.deletionRequestedAt) return;
    await tx.run(q.requestDeletion, { id: personId, at: at.toISOString() });
    await recordAudit(
      tx,
      {
        actorId: viewer.accountId,
        action: 'account.requestDeletion',
        entityLabel: NODE.Person,
        entityId: personId,
        before: { deletionRequestedAt: null },
        after: { deletionRequestedAt: at.toISOString() },
      },
      at,
    );
  });
  return existingProfile(store, personId);
}

/** Withdraws the viewer's deletion request; without one, changes nothing. */
export async function cancelAccountDeletion(store: GraphStore, viewer: Viewer | null, at: Date = new Date()): Promise<ProfileRecord> {
  const personId = ownPersonId(viewer);
  authorize(viewer, 'account.requestDeletion', { personId });
  await store.write(async (tx) => {
    const current = await personInWrite(tx, personId);
    if (!current.deletionRequestedAt) return;
    await tx.run(q.cancelDeletion, { id: personId });
    await recordAudit(
      tx,
      {
        actorId: viewer.accountId,
        action: 'account.cancelDeletion',
        entityLabel: NODE.Person,
        entityId: personId,
        before: { deletionRequestedAt: current.deletionRequestedAt },
        after: { deletionRequestedAt: null },
      },
      at,
    );
  });
  return existingProfile(store, personId);
}
