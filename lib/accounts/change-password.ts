import { z } from 'zod';
import { accountById } from '../auth/account-queries';
import { hashPassword, verifyPassword } from '../auth/password';
import { authorize } from '../auth/permissions';
import { checkSignIn, recordSignInFailure, recordSignInSuccess } from '../auth/throttle';
import type { Viewer } from '../auth/viewer';
import { DomainError, invalidInput, unauthenticated } from '../errors';
import { NODE } from '../graph/schema';
import type { GraphStore } from '../graph/store';
import { recordAudit } from '../write/audit';
import { parseInput } from '../write/validate';
import { assertAcceptablePassword } from './password-policy';
import { setAccountPassword } from './queries';

const changeSchema = z.object({ currentPassword: z.string().max(1000), newPassword: z.string().max(1000) });

/**
 * Wrong current passwords count against the same throttle as sign-in, under an address of
 * their own: a stolen session cannot be used to guess the password faster than sign-in.
 */
const THROTTLE_ADDRESS = 'password-change';

/**
 * Changes the signed-in account's password: the current one must match, the new one pass
 * the policy. Every session of the account ends (the token version moves on), this one
 * included: the page asks to sign in again. The audit entry holds no password material.
 */
export async function changePassword(
  store: GraphStore,
  viewer: Viewer | null,
  input: { currentPassword: string; newPassword: string },
): Promise<{ signedOut: true }> {
  authorize(viewer, 'account.changePassword');
  const data = parseInput(changeSchema, input);
  const [account] = await store.query(accountById, { id: viewer.accountId });
  if (!account) throw unauthenticated();
  const throttle = checkSignIn(account.email, THROTTLE_ADDRESS);
  if (throttle.blocked) {
    throw new DomainError('TOO_MANY_REQUESTS', 'Too many wrong passwords. Try again in a quarter of an hour.', { field: 'currentPassword' });
  }
  if (!account.passwordHash || !(await verifyPassword(data.currentPassword, account.passwordHash))) {
    recordSignInFailure(account.email, THROTTLE_ADDRESS);
    throw invalidInput('currentPassword', 'The current password is not correct.');
  }
  recordSignInSuccess(account.email, THROTTLE_ADDRESS);
  assertAcceptablePassword(data.newPassword, 'newPassword');
  const passwordHash = await hashPassword(data.newPassword);
  await store.write(async (tx) => {
    await tx.run(setAccountPassword, { id: account.id, passwordHash, at: new Date().toISOString() });
    await recordAudit(tx, { actorId: account.id, action: 'account.changePassword', entityLabel: NODE.Account, entityId: account.id, note: 'Password changed; every session ended.' });
  });
  return { signedOut: true };
}
