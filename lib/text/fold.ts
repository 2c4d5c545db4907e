/**
 * Folds text for search: lower case, accents removed ("Caffè" → "caffe"), runs of
 * white space collapsed. Stored as `searchText` and applied to queries, so search is
 * case- and accent-insensitive on both engines.
 */
export function foldText(...parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
