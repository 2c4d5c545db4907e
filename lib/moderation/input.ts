import { z } from 'zod';

/**
 * Input of member proposals and staff reviews. Forms send "" for fields left empty, so
 * optional texts treat blank as absent; required names must keep a character after
 * trimming. Enums arrive already checked by the GraphQL enum types, and are checked
 * again here for callers that skip GraphQL.
 */

export const NAME_MAX = 200;
export const SUMMARY_MAX = 500;
export const LONG_TEXT_MAX = 5000;
export const ROLE_MAX = 200;
export const NOTE_MAX = 1000;
export const REASON_MIN = 3;
export const REASON_MAX = 1000;
export const SECTORS_MAX = 20;

/** A blank optional text becomes undefined before it is checked. */
function blankToUndefined(value: unknown): unknown {
  if (value === null) return undefined;
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

const requiredText = (max: number) => z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
const optionalText = (max: number) => z.preprocess(blankToUndefined, requiredText(max).optional());

const webAddress = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(500, 'must be at most 500 characters')
    .pipe(z.url({ protocol: /^https?$/, message: 'must be a web address starting with http:// or https://' }))
    .optional(),
);

const emailAddress = z.preprocess(blankToUndefined, z.string().trim().max(254).pipe(z.email('must be an email address')).optional());

const sectorIds = z.preprocess(
  (value) => (value === null ? undefined : value),
  z
    .array(z.string().min(1).max(100))
    .max(SECTORS_MAX, `at most ${SECTORS_MAX} sectors`)
    .transform((ids) => [...new Set(ids)])
    .optional(),
);

/** A past or present calendar day, YYYY-MM-DD. */
const pastDay = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'must be a real date')
    .refine((d) => d <= new Date().toISOString().slice(0, 10), 'cannot be in the future')
    .optional(),
);

export const PROJECT_STATUSES = ['IDEA', 'ACTIVE', 'COMPLETED', 'PAUSED'] as const;
export const ORGANIZATION_KINDS = ['STARTUP', 'COMPANY', 'ASSOCIATION', 'COOPERATIVE', 'INSTITUTION', 'COLLECTIVE', 'HUB'] as const;

export const proposeProjectInput = z.object({
  name: requiredText(NAME_MAX),
  summary: requiredText(SUMMARY_MAX),
  description: optionalText(LONG_TEXT_MAX),
  status: z.enum(PROJECT_STATUSES),
  website: webAddress,
  sectorIds,
  openCall: optionalText(LONG_TEXT_MAX),
});
export type ProposeProjectInput = z.output<typeof proposeProjectInput>;

export const proposeOrganizationInput = z.object({
  name: requiredText(NAME_MAX),
  kind: z.enum(ORGANIZATION_KINDS),
  description: requiredText(LONG_TEXT_MAX),
  website: webAddress,
  email: emailAddress,
  location: optionalText(NAME_MAX),
  sectorIds,
});
export type ProposeOrganizationInput = z.output<typeof proposeOrganizationInput>;

export const proposeMembershipInput = z.object({
  organizationId: z.string().min(1).max(100),
  role: requiredText(ROLE_MAX),
  since: pastDay,
});

export const proposeContributionInput = z.object({
  projectId: z.string().min(1).max(100),
  role: requiredText(ROLE_MAX),
});

export const proposeCollaborationInput = z.object({
  organizationId: z.string().min(1).max(100),
  partnerOrganizationId: z.string().min(1).max(100),
  note: requiredText(NOTE_MAX),
});

export const MODERATION_KINDS = ['SKILL', 'PROJECT', 'ORGANIZATION', 'MEMBERSHIP', 'CONTRIBUTION', 'COLLABORATION'] as const;

const reviewBase = {
  kind: z.enum(MODERATION_KINDS),
  id: z.string().min(1).max(100),
  version: z.number().int().min(1),
};

export const approveInput = z.object(reviewBase);

export const rejectInput = z.object({
  ...reviewBase,
  reason: z
    .string({ error: 'is required' })
    .trim()
    .min(REASON_MIN, `must be at least ${REASON_MIN} characters`)
    .max(REASON_MAX, `must be at most ${REASON_MAX} characters`),
});
