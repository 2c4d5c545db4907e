import { z } from 'zod';
import { decodeList, encodeList, joinPair, splitPair } from './cells';
import type { ColumnSpec } from './formats';

/**
 * The typed value of a cell, the same whether it was read from a CSV file or from the
 * store: that is what import compares (to tell UPDATE from UNCHANGED) and what export
 * writes, so both sides always agree.
 */
export interface Pair {
  readonly slug: string;
  readonly value: string | number | null;
}
export type CellValue = string | number | boolean | null | readonly string[] | readonly Pair[];

export type CellResult = { ok: true; value: CellValue; blank: boolean } | { ok: false; reason: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;
const URL_MAX = 500;
const emailSchema = z.email();

/** Whether a text is a well-formed slug (lower-case ASCII words joined by single hyphens). */
export function isSlug(text: string): boolean {
  return text.length <= SLUG_MAX && SLUG.test(text);
}

/** Whether a text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whether a text is an absolute http(s) URL (javascript:, data: and the like are refused). */
export function isWebUrl(text: string): boolean {
  if (text.length > URL_MAX) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const ok = (value: CellValue, blank = false): CellResult => ({ ok: true, value, blank });
const bad = (reason: string): CellResult => ({ ok: false, reason });

function level(text: string | null): number | null {
  if (text === null || !/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= 5 ? n : null;
}

function parseSlugs(cell: string): CellResult {
  const slugs = decodeList(cell);
  const invalid = slugs.find((s) => !isSlug(s));
  if (invalid !== undefined) return bad(`"${invalid}" is not a slug (lower-case letters, digits and hyphens)`);
  const dup = slugs.find((s, i) => slugs.indexOf(s) !== i);
  if (dup !== undefined) return bad(`"${dup}" is listed twice`);
  return ok([...slugs].sort());
}

function parsePairs(cell: string, kind: 'level' | 'role'): CellResult {
  const pairs: Pair[] = [];
  for (const item of decodeList(cell)) {
    const { slug, value } = splitPair(item);
    if (!isSlug(slug)) return bad(`"${slug}" is not a slug (lower-case letters, digits and hyphens)`);
    if (pairs.some((p) => p.slug === slug)) return bad(`"${slug}" is listed twice`);
    if (kind === 'level') {
      const n = level(value);
      if (n === null) return bad(`the level of "${slug}" must be a whole number from 1 to 5 (write ${slug}:3)`);
      pairs.push({ slug, value: n });
    } else {
      if (value !== null && value.length > 200) return bad(`the role for "${slug}" is longer than 200 characters`);
      pairs.push({ slug, value });
    }
  }
  return ok(pairs.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)));
}

/** Reads one (already unprotected) cell by its column spec. */
export function parseCell(spec: ColumnSpec, raw: string): CellResult {
  const cell = raw.trim();
  const blank = cell.length === 0;
  switch (spec.type) {
    case 'slug':
      if (blank) return ok(null, true);
      return isSlug(cell) ? ok(cell) : bad('a slug is lower-case letters and digits joined by single hyphens, at most 80');
    case 'name':
      if (blank) return bad('the name is empty');
      return cell.length <= 200 ? ok(cell) : bad(`the name is longer than 200 characters (${cell.length})`);
    case 'text':
      if (blank) return ok(null, true);
      return cell.length <= spec.max ? ok(cell) : bad(`the text is longer than ${spec.max} characters (${cell.length})`);
    case 'email':
      if (blank) return ok(null, true);
      // Stored lower-case, as the curation forms store them.
      return cell.length <= 254 && emailSchema.safeParse(cell).success ? ok(cell.toLowerCase()) : bad(`"${cell}" is not an email address`);
    case 'url':
      if (blank) return ok(null, true);
      return isWebUrl(cell) ? ok(cell) : bad(`"${cell.slice(0, 80)}" is not a web address (http:// or https://)`);
    case 'enum': {
      if (blank) return ok(null, true);
      const upper = cell.toUpperCase();
      return spec.values.includes(upper) ? ok(upper) : bad(`"${cell}" is not one of ${spec.values.join(', ')}`);
    }
    case 'int': {
      if (blank) return ok(null, true);
      const n = Number(cell);
      return /^-?\d+$/.test(cell) && n >= spec.min && n <= spec.max
        ? ok(n)
        : bad(`"${cell}" is not a whole number from ${spec.min} to ${spec.max}`);
    }
    case 'float': {
      if (blank) return ok(null, true);
      const n = Number(cell);
      return /^-?\d+(\.\d+)?$/.test(cell) && n >= spec.min && n <= spec.max
        ? ok(n)
        : bad(`"${cell}" is not a number from ${spec.min} to ${spec.max} (use a dot for decimals)`);
    }
    case 'bool': {
      if (blank) return ok(null, true);
      const lower = cell.toLowerCase();
      if (['true', 'yes', 'sì', 'si', '1'].includes(lower)) return ok(true);
      if (['false', 'no', '0'].includes(lower)) return ok(false);
      return bad(`"${cell}" is not true or false`);
    }
    case 'date':
      if (blank) return ok(null, true);
      return isIsoDate(cell) ? ok(cell) : bad(`"${cell}" is not a date written YYYY-MM-DD`);
    case 'textList': {
      const items = decodeList(cell);
      const long = items.find((item) => item.length > spec.max);
      if (long !== undefined) return bad(`"${long.slice(0, 40)}…" is longer than ${spec.max} characters`);
      return ok(items, blank);
    }
    case 'slugList':
      return parseSlugs(cell);
    case 'pairs':
      return parsePairs(cell, spec.value);
  }
}

function isPairList(value: readonly string[] | readonly Pair[]): value is readonly Pair[] {
  return value.length > 0 && typeof value[0] === 'object';
}

/** Writes a value as the text of its cell (before the injection guard). */
export function formatCell(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isPairList(value)) return encodeList(value.map((p) => joinPair(p.slug, p.value)));
  return encodeList(value as readonly string[]);
}

/** Whether two values are the same (lists compare in their canonical order). */
export function sameValue(a: CellValue, b: CellValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Slugs a relationship value points at. */
export function referencedSlugs(value: CellValue): string[] {
  if (!Array.isArray(value)) return [];
  return (value as readonly (string | Pair)[]).map((item) => (typeof item === 'string' ? item : item.slug));
}
