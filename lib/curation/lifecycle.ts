import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { conflict, invalidInput } from '../errors';
import { asNode } from '../graph/fields';
import type { GraphStore } from '../graph/store';
import { recordAudit } from '../write/audit';
import { parseInput } from '../write/validate';
import { deleteNode, setState } from './entity-queries';
import { AREA_OF, LABEL_OF, type CurationKind } from './kinds';
import { requireNode } from './lookup';
import { refreshPeopleSearchText, skillHolderIds } from './person-search-text';
import { nodeProperties, toCurated, type CuratedRecord } from './records';
import { entityVersionInput } from './schemas';

/**
 * Archive, restore and delete. Archiving hides a record from every public read (they
 * all filter `state = 'ACTIVE'`) and keeps it and its relationships for a later restore;
 * deleting removes the node and its relationships for good, and the audit entry keeps
 * the deleted node's properties in `before`.
 */

type Target = { kind: CurationKind; id: string; version: number };

async function changeState(
  store: GraphStore,
  viewer: Viewer | null,
  input: unknown,
  verb: 'archive' | 'restore',
): Promise<CuratedRecord> {
  authorize(viewer, 'entity.archive');
  const { kind, id, version }: Target = parseInput(entityVersionInput, input);
  const next = verb === 'archive' ? 'ARCHIVED' : 'ACTIVE';
  const at = new Date().toISOString();
  return store.write(async (tx) => {
    const before = toCurated(await requireNode(tx, kind, id));
    if (before.version !== version) {
      throw conflict('This record was changed by someone else since you opened it.', { currentVersion: before.version, current: before });
    }
    if (verb === 'archive' && before.state === 'ARCHIVED') throw invalidInput('id', 'The record is archived already.');
    if (verb === 'restore' && before.state !== 'ARCHIVED') throw invalidInput('id', 'Only an archived record can be restored.');
    const [row] = await tx.run(setState[LABEL_OF[kind]], { id, state: next, at });
    const after = toCurated(asNode(row?.n));
    await recordAudit(tx, {
      actorId: viewer.accountId,
      action: `${AREA_OF[kind]}.${verb}`,
      entityLabel: LABEL_OF[kind],
      entityId: id,
      before: { state: before.state },
      after: { state: after.state },
    });
    return after;
  });
}

/** Hides a record from the public (ARCHIVED); its relationships stay for a restore. */
export function archiveEntity(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  return changeState(store, viewer, input, 'archive');
}

/** Makes an archived record public again (ACTIVE). */
export function restoreEntity(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<CuratedRecord> {
  return changeState(store, viewer, input, 'restore');
}

/** Deletes a record and every relationship it has; the audit entry keeps what it was. */
export async function deleteEntity(store: GraphStore, viewer: Viewer | null, input: unknown): Promise<{ kind: CurationKind; id: string }> {
  authorize(viewer, 'entity.delete');
  const { kind, id, version }: Target = parseInput(entityVersionInput, input);
  return store.write(async (tx) => {
    const node = await requireNode(tx, kind, id);
    const current = toCurated(node);
    if (current.version !== version) {
      throw conflict('This record was changed by someone else since you opened it.', { currentVersion: current.version, current });
    }
    const holders = kind === 'SKILL' ? await skillHolderIds(tx, id) : [];
    await tx.run(deleteNode[LABEL_OF[kind]], { id });
    // The skill's names leave its holders' searchText.
    await refreshPeopleSearchText(tx, holders);
    await recordAudit(tx, {
      actorId: viewer.accountId,
      action: `${AREA_OF[kind]}.delete`,
      entityLabel: LABEL_OF[kind],
      entityId: id,
      before: nodeProperties(node),
      after: null,
    });
    return { kind, id };
  });
}
