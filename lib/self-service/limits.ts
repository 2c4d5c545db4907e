/**
 * Limits of self-service input, in characters after trimming: the API's zod schemas
 * enforce them and the forms quote them for live validation (no zod in the browser).
 */
export const PROFILE_LIMITS = {
  name: 200,
  headline: 200,
  bio: 5000,
  email: 254,
  phone: 40,
  website: 500,
  location: 200,
  skillDescription: 5000,
  alias: 100,
  aliases: 20,
} as const;

/** What a phone number may hold (and it must hold a digit). */
export const PHONE_PATTERN = /^[+0-9 ().\-/]+$/;
