import type { GraphStore } from '../graph/store';
import type { EntityKind } from './model';

/**
 * How many nodes of a kind a store holds, as last seen by a full read that counted them
 * anyway (the collaborator search's skill index counts every person when it builds). A
 * hint for choosing between two query plans, never for answers; absent until something
 * has counted, so asking costs no statement.
 */
const hints = new WeakMap<GraphStore, Map<EntityKind, number>>();

/** Records a count seen by a full read. */
export function noteTableSize(store: GraphStore, kind: EntityKind, rows: number): void {
  const known = hints.get(store) ?? new Map<EntityKind, number>();
  known.set(kind, rows);
  hints.set(store, known);
}

/** The last count seen, or null when nothing has counted this kind yet. */
export function tableSizeHint(store: GraphStore, kind: EntityKind): number | null {
  return hints.get(store)?.get(kind) ?? null;
}
