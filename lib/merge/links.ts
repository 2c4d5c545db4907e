import { REL } from '../graph/schema';
import type { QueryRunner } from '../graph/store';
import { incoming, outgoing, type NeighbourRow } from './node-queries';
import { SYMMETRIC_TYPES, type Direction, type MergeLabel } from './transfers';

/** One relationship of a node as a merge sees it: what, which way, to whom (and for which skill). */
export interface Link {
  readonly type: string;
  readonly direction: Direction;
  readonly otherId: string;
  /** The endorsed skill's id, for ENDORSES (one endorsement per pair and skill). */
  readonly skill: string | null;
}

/** How many relationships of one type and direction a node has. */
export interface LinkCount {
  readonly type: string;
  readonly direction: Direction;
  readonly count: number;
}

function toLink(row: NeighbourRow, direction: Direction): Link {
  return { type: row.type, direction, otherId: row.otherId, skill: row.skill ?? null };
}

/** Every relationship of a node, both directions. */
export async function linksOf(tx: QueryRunner, label: MergeLabel, id: string): Promise<Link[]> {
  const out = await tx.run(outgoing[label], { id });
  const into = await tx.run(incoming[label], { id });
  return [...out.map((r) => toLink(r, 'out')), ...into.map((r) => toLink(r, 'in'))];
}

/** The identity of a link for duplicate detection: partnerships are the same link either way. */
export function linkKey(link: Link): string {
  const direction = SYMMETRIC_TYPES.has(link.type) ? '*' : link.direction;
  return `${link.type}:${direction}:${link.otherId}:${link.skill ?? ''}`;
}

/**
 * What the kept node's relationships will be after a merge, by the rules the Cypher
 * transfers follow: links between the two nodes vanish, the merged node's links the kept
 * node lacks move over, duplicates collapse into one, and a person keeps at most one account.
 */
export function predictLinks(keepId: string, mergeId: string, keep: readonly Link[], merged: readonly Link[]): Link[] {
  const between = (l: Link): boolean => l.otherId === keepId || l.otherId === mergeId;
  const after = keep.filter((l) => !between(l));
  const seen = new Set(after.map(linkKey));
  const hasAccount = after.some((l) => l.type === REL.IS);
  for (const link of merged) {
    if (between(link)) continue;
    if (link.type === REL.IS && hasAccount) continue;
    const moved: Link = link;
    if (seen.has(linkKey(moved))) continue;
    seen.add(linkKey(moved));
    after.push(moved);
  }
  return after;
}

/** Links counted by type and direction, in a stable order. */
export function countLinks(links: readonly Link[]): LinkCount[] {
  const counts = new Map<string, LinkCount>();
  for (const l of links) {
    const k = `${l.type}:${l.direction}`;
    const c = counts.get(k);
    counts.set(k, { type: l.type, direction: l.direction, count: (c?.count ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction));
}

/** Counts as a plain object (`{"HAS_SKILL.in": 12}`), for the audit log. */
export function countsRecord(links: readonly Link[]): Record<string, number> {
  return Object.fromEntries(countLinks(links).map((c) => [`${c.type}.${c.direction}`, c.count]));
}
