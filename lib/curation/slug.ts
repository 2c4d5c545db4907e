import { slugify } from '../text/slug';

/** What an explicit slug must look like: lower-case ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 80;

/** The slug a name suggests; names with no ASCII letters or digits fall back to `fallback`. */
export function slugBase(name: string, fallback: string): string {
  return slugify(name) || fallback;
}

/**
 * The first free slug among `base`, `base-2`, `base-3`…, given the slugs already taken
 * that start with `base` (the caller reads them inside the write unit, so the answer
 * cannot go stale before the node is written).
 */
export function firstFreeSlug(base: string, taken: readonly string[]): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
