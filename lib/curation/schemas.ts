import { z } from 'zod';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './slug';

/**
 * Input schemas of the curation mutations. Texts are trimmed; an empty optional text
 * becomes null (the form clears the field). Limits: names 1..200 characters, long texts
 * up to 5000, emails and http(s) URLs checked, levels 1..5. Field paths in errors are
 * relative to the entity's values (`name`, `endsAt`), which is what the forms show.
 */

export const MAX_NAME = 200;
export const MAX_LONG_TEXT = 5000;
export const MAX_SHORT_TEXT = 200;
export const MAX_NOTE = 1000;
export const MAX_ALIASES = 30;

const name = z.string().trim().min(1, 'A name is required').max(MAX_NAME, `At most ${MAX_NAME} characters`);

/** An optional text up to `max` characters; blank becomes null. */
function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));
}

const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'At most 254 characters')
  .refine((v) => v === '' || z.email().safeParse(v).success, 'Not a valid email address')
  .nullish()
  .transform((v) => (v ? v : null));

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Only http and https: a `javascript:` link on a public page would run in visitors' browsers. */
const optionalUrl = z
  .string()
  .trim()
  .max(500, 'At most 500 characters')
  .refine((v) => v === '' || isWebAddress(v), 'Not a web address (http:// or https://)')
  .nullish()
  .transform((v) => (v ? v : null));

const optionalSlug = z
  .string()
  .trim()
  .max(MAX_SLUG_LENGTH, `At most ${MAX_SLUG_LENGTH} characters`)
  .refine((v) => v === '' || SLUG_PATTERN.test(v), 'Lower-case letters and digits joined by single hyphens')
  .nullish()
  .transform((v) => (v ? v : null));

const optionalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date written YYYY-MM-DD')
  .nullish()
  .transform((v) => v ?? null);

const instant = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'A date and time').transform((v) => new Date(v).toISOString());

const year = new Date().getUTCFullYear();

export const personValues = z.object({
  name,
  slug: optionalSlug,
  headline: optionalText(MAX_SHORT_TEXT),
  bio: optionalText(MAX_LONG_TEXT),
  email: optionalEmail,
  phone: optionalText(50),
  website: optionalUrl,
  location: optionalText(MAX_SHORT_TEXT),
  availability: z.enum(['OPEN', 'LIMITED', 'UNAVAILABLE']),
  contactVisibility: z.enum(['PUBLIC', 'MEMBERS', 'STAFF']),
});

export const organizationValues = z.object({
  name,
  slug: optionalSlug,
  kind: z.enum(['STARTUP', 'COMPANY', 'ASSOCIATION', 'COOPERATIVE', 'INSTITUTION', 'COLLECTIVE', 'HUB']),
  description: optionalText(MAX_LONG_TEXT),
  website: optionalUrl,
  email: optionalEmail,
  location: optionalText(MAX_SHORT_TEXT),
  foundedYear: z.number().int().min(1800, 'From 1800').max(year + 1, `Up to ${year + 1}`).nullish().transform((v) => v ?? null),
  latitude: z.number().min(-90).max(90).nullish().transform((v) => v ?? null),
  longitude: z.number().min(-180).max(180).nullish().transform((v) => v ?? null),
});

export const projectValues = z
  .object({
    name,
    slug: optionalSlug,
    summary: optionalText(MAX_LONG_TEXT),
    description: optionalText(MAX_LONG_TEXT),
    status: z.enum(['IDEA', 'ACTIVE', 'COMPLETED', 'PAUSED']),
    startDate: optionalDate,
    endDate: optionalDate,
    openCall: optionalText(MAX_LONG_TEXT),
    callOpen: z.boolean(),
    website: optionalUrl,
  })
  .superRefine((v, ctx) => {
    if (v.startDate && v.endDate && v.endDate < v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end comes before the start' });
    }
  });

/** Aliases: trimmed, blank ones dropped, duplicates (ignoring case) kept once. */
const aliases = z
  .array(z.string().trim().max(100, 'At most 100 characters'))
  .max(MAX_ALIASES, `At most ${MAX_ALIASES} aliases`)
  .nullish()
  .transform((list) => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const alias of list ?? []) {
      const key = alias.toLowerCase();
      if (alias && !seen.has(key)) {
        seen.add(key);
        out.push(alias);
      }
    }
    return out;
  });

export const skillValues = z.object({
  name,
  slug: optionalSlug,
  nameEn: optionalText(MAX_NAME),
  aliases,
  description: optionalText(MAX_LONG_TEXT),
  descriptionEn: optionalText(MAX_LONG_TEXT),
});

export const sectorValues = z.object({
  name,
  slug: optionalSlug,
  nameEn: optionalText(MAX_NAME),
  description: optionalText(MAX_LONG_TEXT),
  descriptionEn: optionalText(MAX_LONG_TEXT),
});

export const eventValues = z
  .object({
    name,
    slug: optionalSlug,
    kind: z.enum(['COURSE', 'WORKSHOP', 'MEETUP', 'SERVICE', 'TALK', 'OPEN_DAY']),
    summary: optionalText(MAX_LONG_TEXT),
    description: optionalText(MAX_LONG_TEXT),
    startsAt: instant,
    endsAt: instant.nullish().transform((v) => v ?? null),
    place: optionalText(MAX_SHORT_TEXT),
    language: z
      .string()
      .trim()
      .refine((v) => v === '' || /^[a-z]{2}$/.test(v), 'A two-letter language code (it, en)')
      .nullish()
      .transform((v) => (v ? v : null)),
  })
  .superRefine((v, ctx) => {
    if (v.endsAt && v.endsAt < v.startsAt) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end comes before the start' });
    }
  });

export type PersonValues = z.output<typeof personValues>;
export type OrganizationValues = z.output<typeof organizationValues>;
export type ProjectValues = z.output<typeof projectValues>;
export type SkillValues = z.output<typeof skillValues>;
export type SectorValues = z.output<typeof sectorValues>;
export type EventValues = z.output<typeof eventValues>;

// ── Relationships ────────────────────────────────────────────────────────────────────

const id = z.string().trim().min(1, 'Required').max(100);

/** `until` must not come before `since`. */
function period<T extends { since: string | null; until: string | null }>(v: T, ctx: z.RefinementCtx): void {
  if (v.since && v.until && v.until < v.since) ctx.addIssue({ code: 'custom', path: ['until'], message: 'The end comes before the start' });
}

export const membershipInput = z
  .object({
    personId: id,
    organizationId: id,
    role: optionalText(MAX_SHORT_TEXT),
    since: optionalDate,
    until: optionalDate,
    isManager: z.boolean().nullish().transform((v) => v ?? false),
  })
  .superRefine(period);

export const membershipKey = z.object({ personId: id, organizationId: id });

/** A contribution comes from a person or from an organization, never both. */
function oneContributor(v: { personId?: string | null; organizationId?: string | null }, ctx: z.RefinementCtx): void {
  if (Boolean(v.personId) === Boolean(v.organizationId)) {
    ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Give either a person or an organization' });
  }
}

export const contributionInput = z
  .object({
    projectId: id,
    personId: id.nullish(),
    organizationId: id.nullish(),
    role: optionalText(MAX_SHORT_TEXT),
    since: optionalDate,
    until: optionalDate,
  })
  .superRefine((v, ctx) => {
    oneContributor(v, ctx);
    period(v, ctx);
  });

export const contributionKey = z
  .object({ projectId: id, personId: id.nullish(), organizationId: id.nullish() })
  .superRefine(oneContributor);

export const projectNeedInput = z.object({
  projectId: id,
  skillId: id,
  level: z.number().int().min(1, 'From 1 to 5').max(5, 'From 1 to 5'),
  note: optionalText(MAX_NOTE),
});

export const projectNeedKey = z.object({ projectId: id, skillId: id });

export const sectorsInput = z.object({
  kind: z.enum(['ORGANIZATION', 'PROJECT']),
  id,
  sectorIds: z
    .array(id)
    .max(20, 'At most 20 sectors')
    .transform((ids) => [...new Set(ids)]),
});

export const collaborationInput = z
  .object({ organizationId: id, partnerId: id, since: optionalDate, note: optionalText(MAX_NOTE) })
  .refine((v) => v.organizationId !== v.partnerId, { path: ['partnerId'], message: 'An organization does not collaborate with itself' });

export const collaborationKey = z.object({ organizationId: id, partnerId: id });

export const broaderInput = z
  .object({ skillId: id, broaderId: id })
  .refine((v) => v.skillId !== v.broaderId, { path: ['broaderId'], message: 'A skill cannot be broader than itself' });

export const relatedInput = z
  .object({ skillId: id, relatedId: id })
  .refine((v) => v.skillId !== v.relatedId, { path: ['relatedId'], message: 'A skill is not related to itself' });

export const eventOrganizerInput = z
  .object({ eventId: id, personId: id.nullish(), organizationId: id.nullish(), role: optionalText(MAX_SHORT_TEXT) })
  .superRefine(oneContributor);

export const eventOrganizerKey = z.object({ eventId: id, personId: id.nullish(), organizationId: id.nullish() }).superRefine(oneContributor);

export const eventTeacherInput = z.object({ eventId: id, personId: id });

export const eventSkillsInput = z.object({
  eventId: id,
  skillIds: z
    .array(id)
    .max(30, 'At most 30 skills')
    .transform((ids) => [...new Set(ids)]),
});

export const entityVersionInput = z.object({
  kind: z.enum(['PERSON', 'ORGANIZATION', 'PROJECT', 'SKILL', 'SECTOR', 'EVENT']),
  id,
  version: z.number().int().min(0),
});
