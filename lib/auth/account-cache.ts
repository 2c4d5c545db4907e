import type { GraphStore } from '../graph/store';
import { generationCache } from '../graph/generation-cache';
import type { AccountRow } from './account-queries';
import { findAccountById } from './accounts';

/**
 * Accounts by id for the session check every request makes (lib/auth/session.ts), kept
 * until the next write unit that may change data (lib/graph/write-generation.ts):
 * sign-out, password, role and state changes and deletions are such writes, so a revoked
 * token still stops at its next request. Only on the embedded store, which one process
 * owns: on Neo4j another app instance may revoke a session, so every request asks the store.
 */
/** Kùzu only, where age never matters (lib/graph/generation-cache.ts). */
const accountsFor = generationCache<AccountRow | null>({ maxAgeMs: Number.POSITIVE_INFINITY, maxEntries: 10_000 });

/** The account with this id, or null, as the session check needs it. */
export async function accountForSession(store: GraphStore, id: string): Promise<AccountRow | null> {
  if (store.engine !== 'kuzu') return findAccountById(store, id);
  const accounts = accountsFor(store);
  if (accounts.has(id)) return accounts.get(id) ?? null;
  const account = await findAccountById(store, id);
  accounts.set(id, account);
  return account;
}
