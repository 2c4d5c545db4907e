import type {
  EventValues,
  OrganizationValues,
  PersonValues,
  ProjectValues,
  SectorValues,
  SkillValues,
} from '@/graphql/generated/graphql';
import { textOf, type FormState } from './field-specs';

/**
 * Form state to the API's typed inputs. Texts go as typed (the API trims them and
 * turns blanks into null); numbers, dates and instants are converted here.
 */

const text = (s: FormState, name: string): string => textOf(s, name);
const optional = (s: FormState, name: string): string | null => text(s, name).trim() || null;

function number(s: FormState, name: string): number | null {
  const raw = text(s, name).trim();
  return raw === '' ? null : Number(raw);
}

/** A `datetime-local` value (browser time) as an ISO instant. */
function instant(s: FormState, name: string): string | null {
  const raw = text(s, name).trim();
  if (!raw) return null;
  const d = new Date(raw);
  return Number.isNaN(d.getTime()) ? raw : d.toISOString();
}

/** The selected value; every select offers only allowed values, so the first is only a fallback. */
function option<T extends string>(s: FormState, name: string, allowed: readonly [T, ...T[]]): T {
  const value = text(s, name);
  return allowed.find((a) => a === value) ?? allowed[0];
}

export const toInput = {
  PERSON: (s: FormState): PersonValues => ({
    name: text(s, 'name'),
    slug: optional(s, 'slug'),
    headline: text(s, 'headline'),
    bio: text(s, 'bio'),
    email: text(s, 'email'),
    phone: text(s, 'phone'),
    website: text(s, 'website'),
    location: text(s, 'location'),
    availability: option(s, 'availability', ['OPEN', 'LIMITED', 'UNAVAILABLE'] as const),
    contactVisibility: option(s, 'contactVisibility', ['PUBLIC', 'MEMBERS', 'STAFF'] as const),
  }),
  ORGANIZATION: (s: FormState): OrganizationValues => ({
    name: text(s, 'name'),
    slug: optional(s, 'slug'),
    kind: option(s, 'kind', ['STARTUP', 'COMPANY', 'ASSOCIATION', 'COOPERATIVE', 'INSTITUTION', 'COLLECTIVE', 'HUB'] as const),
    description: text(s, 'description'),
    website: text(s, 'website'),
    email: text(s, 'email'),
    location: text(s, 'location'),
    foundedYear: number(s, 'foundedYear'),
    latitude: number(s, 'latitude'),
    longitude: number(s, 'longitude'),
  }),
  PROJECT: (s: FormState): ProjectValues => ({
    name: text(s, 'name'),
    slug: optional(s, 'slug'),
    summary: text(s, 'summary'),
    description: text(s, 'description'),
    status: option(s, 'status', ['IDEA', 'ACTIVE', 'COMPLETED', 'PAUSED'] as const),
    startDate: optional(s, 'startDate'),
    endDate: optional(s, 'endDate'),
    openCall: text(s, 'openCall'),
    callOpen: s.callOpen === true,
    website: text(s, 'website'),
  }),
  SKILL: (s: FormState): SkillValues => ({
    name: text(s, 'name'),
    slug: optional(s, 'slug'),
    nameEn: text(s, 'nameEn'),
    aliases: text(s, 'aliases')
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean),
    description: text(s, 'description'),
    descriptionEn: text(s, 'descriptionEn'),
  }),
  SECTOR: (s: FormState): SectorValues => ({
    name: text(s, 'name'),
    slug: optional(s, 'slug'),
    nameEn: text(s, 'nameEn'),
    description: text(s, 'description'),
    descriptionEn: text(s, 'descriptionEn'),
  }),
  EVENT: (s: FormState): EventValues => ({
    name: text(s, 'name'),
    slug: optional(s, 'slug'),
    kind: option(s, 'kind', ['COURSE', 'WORKSHOP', 'MEETUP', 'SERVICE', 'TALK', 'OPEN_DAY'] as const),
    summary: text(s, 'summary'),
    description: text(s, 'description'),
    startsAt: instant(s, 'startsAt') ?? '',
    endsAt: instant(s, 'endsAt'),
    place: text(s, 'place'),
    language: text(s, 'language'),
  }),
};
