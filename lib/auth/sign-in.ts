import type { GraphStore } from '../graph/store';
import { logger } from '../log';
import { recordFailedSignIn, recordSignIn, replacePasswordHash } from './account-queries';
import { findAccountByEmail, normalizeEmail, viewerOf } from './accounts';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './password';
import { recordSignInFailure, recordSignInSuccess } from './throttle';
import type { Viewer } from './viewer';

export interface SignedIn {
  viewer: Viewer;
  email: string;
  name: string | null;
  tokenVersion: number;
}

/**
 * Checks an email and password. Unknown emails are verified against a dummy hash so both
 * failures take the same time; every failure is counted for throttling (throttle.ts —
 * the caller refuses blocked attempts before calling this, so a blocked attempt never
 * computes a hash). A hash with parameters weaker than today's is replaced on success.
 */
export async function authenticate(store: GraphStore, email: string, password: string, address: string): Promise<SignedIn | null> {
  const normalized = normalizeEmail(email);
  const account = normalized ? await findAccountByEmail(store, normalized) : null;
  const stored = account?.passwordHash ?? null;
  const ok = await verifyPassword(password, stored ?? (await dummyHash()));
  const viewer = account && stored && ok ? viewerOf(account) : null;
  if (!account || !viewer) {
    recordSignInFailure(normalized, address);
    if (account) await store.mutate(recordFailedSignIn, { id: account.id });
    logger.warn({ address, known: Boolean(account) }, 'failed sign-in');
    return null;
  }
  recordSignInSuccess(normalized, address);
  await store.mutate(recordSignIn, { id: account.id, at: new Date().toISOString() });
  if (stored && needsRehash(stored)) {
    await store.mutate(replacePasswordHash, { id: account.id, passwordHash: await hashPassword(password) });
  }
  return { viewer, email: account.email, name: account.personName, tokenVersion: account.tokenVersion ?? 0 };
}
