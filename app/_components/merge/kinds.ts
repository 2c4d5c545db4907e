import type { MergeKind, SearchType } from '@/graphql/generated/graphql';

/** The merge tool's kinds as they appear in its address (`?tipo=competenze`). */
export const MERGE_KIND_SLUGS: Record<MergeKind, string> = {
  SKILL: 'competenze',
  PERSON: 'persone',
  ORGANIZATION: 'organizzazioni',
};

export const MERGE_KINDS = Object.keys(MERGE_KIND_SLUGS) as MergeKind[];

/** The kind named by a `tipo` parameter (skills when absent or unknown). */
export function kindFromSlug(slug: string | undefined): MergeKind {
  return MERGE_KINDS.find((k) => MERGE_KIND_SLUGS[k] === slug) ?? 'SKILL';
}

export const SEARCH_TYPE_OF: Record<MergeKind, SearchType> = { SKILL: 'SKILL', PERSON: 'PERSON', ORGANIZATION: 'ORGANIZATION' };

export const MERGE_PATH = '/staff/unisci';
export const MERGE_DONE_PATH = '/staff/unisci/fatto';
export const AUDIT_PATH = '/staff/registro';

/** The merge tool's address for a kind and, optionally, a pair. */
export function mergeHref(kind: MergeKind, keepId?: string, mergeId?: string): string {
  const params = new URLSearchParams({ tipo: MERGE_KIND_SLUGS[kind] });
  if (keepId) params.set('tieni', keepId);
  if (mergeId) params.set('unisci', mergeId);
  return `${MERGE_PATH}?${params.toString()}`;
}
