import type { GraphStore } from '../graph/store';
import { shortestConnection } from './queries';

/** The hop bound the store query is written for (Kùzu needs a literal); callers may ask for less. */
export const MAX_HOPS = 6;

/**
 * The shortest chain of public people, organizations and projects (over MEMBER_OF and
 * CONTRIBUTES_TO) from one person or organization to another, as entity ids from `fromId`
 * to `toId` inclusive; null when none is within `maxHops` (1..6) or either end is unknown.
 */
export async function shortestPath(store: GraphStore, fromId: string, toId: string, maxHops: number): Promise<string[] | null> {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
    throw new RangeError(`maxHops must be a whole number from 1 to ${MAX_HOPS}`);
  }
  if (fromId === toId) return null;
  const [row] = await store.query(shortestConnection, { from: fromId, to: toId });
  if (!row) return null;
  const ids = row.ids;
  // The query bounds paths at six hops; a shortest path longer than asked means none within it.
  return ids.length - 1 <= maxHops ? ids : null;
}
