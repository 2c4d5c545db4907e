import { z } from 'zod';
import { PHONE_PATTERN, PROFILE_LIMITS } from './limits';

/**
 * The zod schemas of self-service mutations: limits in one place, shared by the API
 * (through `parseInput`); the limits live in ./limits.ts, which the forms share.
 */

export const AVAILABILITIES = ['OPEN', 'LIMITED', 'UNAVAILABLE'] as const;
export const CONTACT_VISIBILITIES = ['PUBLIC', 'MEMBERS', 'STAFF'] as const;


/** Whether `value` is an absolute http(s) address (never `javascript:`, `data:`, …). */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const name = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Optional text: trimmed, empty means absent (null). */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const profileInputSchema = z.object({
  version: z.int().min(0),
  name: name(PROFILE_LIMITS.name),
  headline: optionalText(PROFILE_LIMITS.headline),
  bio: optionalText(PROFILE_LIMITS.bio),
  email: optionalText(PROFILE_LIMITS.email).refine((v) => v === null || z.email().safeParse(v).success, 'is not a valid email address'),
  phone: optionalText(PROFILE_LIMITS.phone).refine((v) => v === null || (PHONE_PATTERN.test(v) && /\d/.test(v)), 'may hold only digits, spaces and + ( ) - . /'),
  website: optionalText(PROFILE_LIMITS.website).refine((v) => v === null || isHttpUrl(v), 'must be an http:// or https:// address'),
  location: optionalText(PROFILE_LIMITS.location),
  availability: z.enum(AVAILABILITIES),
  contactVisibility: z.enum(CONTACT_VISIBILITIES),
});
export type ProfileInput = z.output<typeof profileInputSchema>;

const id = z.string().trim().min(1, 'must not be empty').max(100, 'is not an id');

export const setSkillSchema = z.object({
  skillId: id,
  level: z.int().min(1, 'must be between 1 and 5').max(5, 'must be between 1 and 5'),
});

export const skillIdSchema = z.object({ skillId: id });

export const endorsementSchema = z.object({ personId: id, skillId: id });

export const proposeSkillSchema = z.object({
  name: name(PROFILE_LIMITS.name),
  nameEn: optionalText(PROFILE_LIMITS.name),
  description: optionalText(PROFILE_LIMITS.skillDescription),
  aliases: z
    .array(z.string().trim().min(1, 'must not be empty').max(PROFILE_LIMITS.alias, `must be at most ${PROFILE_LIMITS.alias} characters`))
    .max(PROFILE_LIMITS.aliases, `at most ${PROFILE_LIMITS.aliases} aliases`)
    .nullish()
    .transform((list) => [...new Set(list ?? [])]),
});
export type ProposeSkillInput = z.output<typeof proposeSkillSchema>;
