import type DataLoader from 'dataloader';
import { toDateString } from '@/lib/graph/fields';
import type { Value } from '@/lib/graph/types';

/** A date column of a relationship row, as YYYY-MM-DD. */
export function day(value: Value | undefined): string | null {
  return value === undefined ? null : toDateString(value);
}

/**
 * Follows relationship rows to their target entities through a loader and builds one
 * result per link. Links whose target is not public (the loader answers null) are
 * dropped; a failed load fails the field.
 */
export async function follow<L extends { id: string }, T, R>(
  links: readonly L[],
  loader: DataLoader<string, T | null>,
  build: (target: T, link: L) => R,
): Promise<R[]> {
  const targets = await loader.loadMany(links.map((l) => l.id));
  const out: R[] = [];
  links.forEach((link, i) => {
    const target = targets[i];
    if (target instanceof Error) throw target;
    if (target !== null && target !== undefined) out.push(build(target, link));
  });
  return out;
}

/** Follows links and returns the targets themselves. */
export function targets<L extends { id: string }, T>(links: readonly L[], loader: DataLoader<string, T | null>): Promise<T[]> {
  return follow(links, loader, (target) => target);
}
