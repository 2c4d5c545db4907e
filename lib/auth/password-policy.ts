/**
 * The password policy, free of server-only imports so forms can check as the user types.
 */
import { COMMON_PASSWORDS } from './common-passwords';

/** ASVS 6.2: length only, no composition rules, compared unmodified. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Long passwords the generic list misses: repetitions and keyboard runs of 12+
 * characters near the top of breached-password lists, and this site's own name.
 */
const LOCAL_COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012',
  '1234567890123',
  'password1234',
  'password12345',
  'qwertyuiopas',
  'qwerty123456',
  '111111111111',
  '000000000000',
  'iloveyou1234',
  'passwordpassword',
  'abcdefghijkl',
  'abc123456789',
  'administrator',
  'welcome12345',
  'letmein12345',
  'changeme1234',
  'rizomarizoma',
]);

/** Whether a password is on a common-password list (the lists are lower case, so any casing counts). */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  return COMMON_PASSWORDS.has(lower) || LOCAL_COMMON_PASSWORDS.has(lower);
}

/**
 * Why a new password is refused, or null when it is acceptable. Length is counted in
 * characters (code points), not UTF-16 units; the password itself is never trimmed or
 * folded — only the deny-list lookup ignores case.
 */
export function passwordProblem(password: string): 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON' | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  if (isCommonPassword(password)) return 'TOO_COMMON';
  return null;
}
