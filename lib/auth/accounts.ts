import type { GraphStore } from '../graph/store';
import { accountByEmail, accountById, bumpTokenVersion, type AccountRow } from './account-queries';
import type { Role, Viewer } from './viewer';

const ROLES: readonly Role[] = ['MEMBER', 'STAFF', 'ADMIN'];

/** Emails are compared trimmed and in lower case (the part before @ is case-insensitive in practice). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The account with this email, or null. */
export async function findAccountByEmail(store: GraphStore, email: string): Promise<AccountRow | null> {
  const [row] = await store.query(accountByEmail, { email: normalizeEmail(email) });
  return row ?? null;
}

/** The account with this id, or null. */
export async function findAccountById(store: GraphStore, id: string): Promise<AccountRow | null> {
  const [row] = await store.query(accountById, { id });
  return row ?? null;
}

/** The viewer an active account acts as; null for a disabled account or an unknown role. */
export function viewerOf(account: AccountRow): Viewer | null {
  if (account.state !== 'ACTIVE') return null;
  const role = ROLES.find((r) => r === account.role);
  if (!role) return null;
  return { accountId: account.id, personId: account.personId, role };
}

/** Ends every session of an account (sign-out, password change, role change, deletion). */
export async function revokeSessions(store: GraphStore, accountId: string): Promise<void> {
  await store.mutate(bumpTokenVersion, { id: accountId });
}
