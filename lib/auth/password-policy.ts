/**
 * The password policy, free of server-only imports so forms can check as the user types.
 */
/** ASVS 6.2: length only, no composition rules, compared unmodified. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON' | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if ([...password].length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return 'TOO_COMMON';
  return null;
}

/**
 * Passwords of 12+ characters that appear at the top of breached-password lists; the
 * full top-3,000 list belongs to the hardening issue.
 */
const COMMON_PASSWORDS = new Set([
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
