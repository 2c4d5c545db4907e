import { encode } from 'next-auth/jwt';
import { findAccountByEmail } from '@/lib/auth/accounts';
import { authSecret } from '@/lib/auth/secret';
import type { Viewer } from '@/lib/auth/viewer';
import type { GraphStore } from '@/lib/graph/store';
import { community } from '@/lib/seed/data';

/** The seeded demo accounts by role (lib/seed/data/accounts.ts). */
export function demoAccount(role: 'MEMBER' | 'STAFF' | 'ADMIN'): { email: string; password: string } {
  const account = community.accounts.find((a) => a.role === role);
  if (!account) throw new Error(`No demo account with role ${role}`);
  return account;
}

/**
 * A session cookie header for an account, minted exactly as next-auth mints one at
 * sign-in (same secret, same claims), so tests can call the API as that account.
 */
export async function sessionCookie(store: GraphStore, email: string, maxAge = 60 * 60): Promise<{ cookie: string }> {
  const account = await findAccountByEmail(store, email);
  if (!account) throw new Error(`No account ${email}`);
  const token = await encode({
    token: { sub: account.id, email: account.email, name: account.personName, tv: account.tokenVersion ?? 0 },
    secret: authSecret(),
    maxAge,
  });
  return { cookie: `next-auth.session-token=${token}` };
}

/** The viewer an account acts as, for calling services or `createContext` directly. */
export async function viewerOfEmail(store: GraphStore, email: string): Promise<Viewer> {
  const account = await findAccountByEmail(store, email);
  if (!account?.personId) throw new Error(`No account with a person for ${email}`);
  const role = account.role as Viewer['role'];
  return { accountId: account.id, personId: account.personId, role };
}
