import { nodeSchema } from '../graph/schema';
import type { GraphNode, Value } from '../graph/types';
import { foldText } from '../text/fold';

/**
 * How the kept node's own fields absorb the merged node's: nothing the merged node knew
 * is lost, and nothing the kept node says is overwritten.
 */

type Props = Readonly<Record<string, Value>>;

function str(props: Props, key: string): string | null {
  const v = props[key];
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

function num(props: Props, key: string): number | null {
  const v = props[key];
  return typeof v === 'number' ? v : null;
}

function list(props: Props, key: string): string[] {
  const v = props[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** The kept skill's new fields: every name of the merged skill becomes an alias. */
export interface SkillFields {
  name: string;
  nameEn: string | null;
  aliases: string[];
  description: string | null;
  descriptionEn: string | null;
}

/**
 * The kept skill's aliases plus the merged skill's name, English name and aliases, without
 * repeating (case and accents aside) the kept skill's own names or each other; empty
 * descriptions are filled from the merged skill.
 */
export function mergeSkillFields(keep: Props, merged: Props): SkillFields {
  const name = str(keep, 'name') ?? '';
  const nameEn = str(keep, 'nameEn');
  const taken = new Set([foldText(name), foldText(nameEn)]);
  const aliases: string[] = [];
  const candidates = [...list(keep, 'aliases'), str(merged, 'name'), str(merged, 'nameEn'), ...list(merged, 'aliases')];
  for (const alias of candidates) {
    if (!alias) continue;
    const folded = foldText(alias);
    if (folded === '' || taken.has(folded)) continue;
    taken.add(folded);
    aliases.push(alias.trim());
  }
  return {
    name,
    nameEn,
    aliases,
    description: str(keep, 'description') ?? str(merged, 'description'),
    descriptionEn: str(keep, 'descriptionEn') ?? str(merged, 'descriptionEn'),
  };
}

export interface PersonFields {
  name: string;
  headline: string | null;
  bio: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  location: string | null;
}

/** The kept person's fields, each empty one filled from the merged person. */
export function mergePersonFields(keep: Props, merged: Props): PersonFields {
  const pick = (key: string): string | null => str(keep, key) ?? str(merged, key);
  return {
    name: str(keep, 'name') ?? '',
    headline: pick('headline'),
    bio: pick('bio'),
    email: pick('email'),
    phone: pick('phone'),
    website: pick('website'),
    location: pick('location'),
  };
}

export interface OrganizationFields {
  name: string;
  description: string | null;
  website: string | null;
  email: string | null;
  location: string | null;
  foundedYear: number | null;
  latitude: number | null;
  longitude: number | null;
}

/** The kept organization's fields, each empty one filled from the merged one (coordinates as a pair). */
export function mergeOrganizationFields(keep: Props, merged: Props): OrganizationFields {
  const pick = (key: string): string | null => str(keep, key) ?? str(merged, key);
  const keepHasPlace = num(keep, 'latitude') !== null && num(keep, 'longitude') !== null;
  const place = keepHasPlace ? keep : merged;
  return {
    name: str(keep, 'name') ?? '',
    description: pick('description'),
    website: pick('website'),
    email: pick('email'),
    location: pick('location'),
    foundedYear: num(keep, 'foundedYear') ?? num(merged, 'foundedYear'),
    latitude: num(place, 'latitude'),
    longitude: num(place, 'longitude'),
  };
}

/** A JSON value for the audit log: dates as YYYY-MM-DD, instants as ISO strings. */
function jsonValue(value: Value | undefined, type: string | undefined): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return type === 'DATE' ? value.toISOString().slice(0, 10) : value.toISOString();
  return value;
}

/** A node's properties as the audit log records them (searchText is derived, so left out). */
export function auditProps(node: GraphNode): Record<string, unknown> {
  const types = nodeSchema(node.label).properties;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node.properties)) {
    if (key === 'searchText' || value === null || value === undefined) continue;
    out[key] = jsonValue(value, types[key]);
  }
  return out;
}
