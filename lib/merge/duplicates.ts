import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import type { GraphStore } from '../graph/store';
import { entityPath } from '../routes';
import { foldText } from '../text/fold';
import { LABEL_OF, type MergeEntity, type MergeKind } from './entity';
import { candidateRows, type CandidateRow } from './node-queries';
import type { MergeLabel } from './transfers';

/** Why two nodes look like the same thing, strongest first. */
export type DuplicateReason = 'SAME_NAME' | 'SAME_EMAIL' | 'ALIAS' | 'SHARED_ALIAS' | 'SIMILAR_NAME';

const STRENGTH: Record<DuplicateReason, number> = { SAME_NAME: 0, SAME_EMAIL: 1, ALIAS: 2, SHARED_ALIAS: 3, SIMILAR_NAME: 4 };

export interface DuplicateCandidate {
  /** The suggested node to keep (public before pending, then the older version history). */
  a: MergeEntity;
  b: MergeEntity;
  reason: DuplicateReason;
  /** The name, email or alias they share. */
  detail: string;
}

/** Blocks larger than this are skipped for the similar-name comparison, which is quadratic. */
const MAX_BLOCK = 400;
export const MAX_CANDIDATES = 200;

function entity(row: CandidateRow, label: MergeLabel): MergeEntity {
  const state = row.state ?? 'ACTIVE';
  return {
    id: row.id,
    label,
    slug: row.slug,
    name: row.name,
    state,
    version: row.version ?? 1,
    path: state === 'ACTIVE' ? entityPath(label, row.slug) : null,
  };
}

/** Letters and digits of a name, folded, words sorted: "De Luca, Francesca" = "francesca de luca". */
function nameKey(name: string): string {
  return foldText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(' ');
}

/** Levenshtein distance, stopping early past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] ?? limit + 1;
}

/** Names close enough to be one misspelt: at most one edit in eight characters, and at most three. */
function similar(a: string, b: string): boolean {
  const limit = Math.min(3, Math.floor(Math.max(a.length, b.length) / 8));
  return limit > 0 && distance(a, b, limit) <= limit;
}

function ordered(x: MergeEntity, y: MergeEntity): [MergeEntity, MergeEntity] {
  const rank = (e: MergeEntity) => (e.state === 'ACTIVE' ? 0 : 1);
  if (rank(x) !== rank(y)) return rank(x) < rank(y) ? [x, y] : [y, x];
  return x.version >= y.version ? [x, y] : [y, x];
}

/** Pairs of nodes of one kind that are probably the same thing, strongest reasons first. */
export function findDuplicates(rows: readonly CandidateRow[], label: MergeLabel, limit = 50): DuplicateCandidate[] {
  const pairs = new Map<string, DuplicateCandidate>();
  const add = (x: CandidateRow, y: CandidateRow, reason: DuplicateReason, detail: string): void => {
    if (x.id === y.id) return;
    const id = x.id < y.id ? `${x.id}|${y.id}` : `${y.id}|${x.id}`;
    const existing = pairs.get(id);
    if (existing && STRENGTH[existing.reason] <= STRENGTH[reason]) return;
    const [a, b] = ordered(entity(x, label), entity(y, label));
    pairs.set(id, { a, b, reason, detail });
  };
  const groupBy = (key: (row: CandidateRow) => (string | null)[]): Map<string, CandidateRow[]> => {
    const groups = new Map<string, CandidateRow[]>();
    for (const row of rows) {
      for (const k of new Set(key(row))) {
        if (!k) continue;
        const g = groups.get(k) ?? [];
        g.push(row);
        groups.set(k, g);
      }
    }
    return groups;
  };
  const eachPair = (groups: Map<string, CandidateRow[]>, visit: (x: CandidateRow, y: CandidateRow, key: string) => void): void => {
    for (const [key, group] of groups) {
      if (group.length < 2 || group.length > MAX_BLOCK) continue;
      for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) visit(group[i]!, group[j]!, key);
    }
  };

  eachPair(groupBy((r) => [nameKey(r.name)]), (x, y, key) => add(x, y, 'SAME_NAME', key));
  eachPair(groupBy((r) => [r.email ? r.email.trim().toLowerCase() : null]), (x, y, key) => add(x, y, 'SAME_EMAIL', key));
  if (label === 'Skill') {
    const ownNames = (r: CandidateRow) => [foldText(r.name), foldText(r.nameEn)];
    const aliases = (r: CandidateRow) => (r.aliases ?? []).map((a) => foldText(a));
    // A name of one is an alias (or a name) of the other.
    eachPair(groupBy((r) => [...ownNames(r), ...aliases(r)]), (x, y, key) => {
      const xName = ownNames(x).includes(key);
      const yName = ownNames(y).includes(key);
      if (xName && yName) add(x, y, 'SAME_NAME', key);
      else if (xName || yName) add(x, y, 'ALIAS', key);
      else add(x, y, 'SHARED_ALIAS', key);
    });
  }
  // Similar names, compared within blocks of the same first two letters.
  const keys = new Map(rows.map((r) => [r.id, nameKey(r.name)]));
  eachPair(groupBy((r) => [(keys.get(r.id) ?? '').slice(0, 2)]), (x, y) => {
    const kx = keys.get(x.id) ?? '';
    const ky = keys.get(y.id) ?? '';
    if (kx !== ky && similar(kx, ky)) add(x, y, 'SIMILAR_NAME', `${x.name} ~ ${y.name}`);
  });

  return [...pairs.values()]
    .sort((p, q) => STRENGTH[p.reason] - STRENGTH[q.reason] || p.a.name.localeCompare(q.a.name))
    .slice(0, Math.min(Math.max(limit, 1), MAX_CANDIDATES));
}

/** Likely duplicates of one kind, to help staff find what to merge: staff only. */
export async function duplicateCandidates(
  store: GraphStore,
  viewer: Viewer | null,
  kind: MergeKind,
  limit?: number | null,
): Promise<DuplicateCandidate[]> {
  authorize(viewer, 'entity.merge');
  const label = LABEL_OF[kind];
  const rows = await store.query(candidateRows[label], {});
  return findDuplicates(rows, label, limit ?? 50);
}
