import { DomainError } from '../errors';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '../auth/password';

const REASONS = {
  TOO_SHORT: `The password needs at least ${PASSWORD_MIN_LENGTH} characters.`,
  TOO_LONG: `The password may have at most ${PASSWORD_MAX_LENGTH} characters.`,
  TOO_COMMON: 'This password is among the most used ones: choose another.',
} as const;

/**
 * Refuses a new password the policy rejects (lib/auth/password.ts: length only, common
 * passwords refused, compared unmodified) with BAD_USER_INPUT naming `field` and giving
 * the reason (`extensions.reason`: TOO_SHORT, TOO_LONG or TOO_COMMON) for the form.
 */
export function assertAcceptablePassword(password: string, field: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new DomainError('BAD_USER_INPUT', REASONS[problem], { field, reason: problem });
}
