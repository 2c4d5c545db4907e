import { getToken, type JWT } from 'next-auth/jwt';
import type { GraphStore } from '../graph/store';
import { accountForSession } from './account-cache';
import { viewerOf } from './accounts';
import { authSecret } from './secret';
import type { Viewer } from './viewer';

/** What getToken needs of a request: its cookies (a cookie store or a plain map) and headers. */
export interface TokenSource {
  cookies: { getAll(): { name: string; value: string }[] } | Record<string, string>;
  headers: Headers | Record<string, string>;
}

/**
 * The viewer behind a session token, checked against the store on every request: the
 * account must still exist, be active, and carry the token version the token was issued
 * at (bumped on sign-out, password change, role change and deletion). Anything else is
 * an anonymous visitor. (On the embedded store the account comes from a cache that every
 * such change empties: lib/auth/account-cache.ts.)
 */
export async function viewerFromToken(store: GraphStore, token: JWT | null): Promise<Viewer | null> {
  if (!token?.sub) return null;
  const account = await accountForSession(store, token.sub);
  if (!account || (account.tokenVersion ?? 0) !== token.tv) return null;
  return viewerOf(account);
}

/** The signed-in viewer of a request (route handler or server render), or null. */
export async function viewerFromRequest(store: GraphStore, source: TokenSource): Promise<Viewer | null> {
  // getToken reads the session cookie (or a Bearer header) and verifies and decrypts it.
  const token = await getToken({ req: source as Parameters<typeof getToken>[0]['req'], secret: authSecret() });
  return viewerFromToken(store, token);
}
