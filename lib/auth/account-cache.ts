import type { GraphStore } from '../graph/store';
import { dataGeneration } from '../graph/write-generation';
import type { AccountRow } from './account-queries';
import { findAccountById } from './accounts';

/**
 * Accounts by id for the session check every request makes (lib/auth/session.ts), kept
 * until the next write unit that may change data (lib/graph/write-generation.ts):
 * sign-out, password, role and state changes and deletions are such writes, so a revoked
 * token still stops at its next request. Only on the embedded store, which one process
 * owns: on Neo4j another app instance may revoke a session, so every request asks the store.
 */
const MAX_ENTRIES = 10_000;

interface AccountCache {
  readonly generation: number;
  readonly accounts: Map<string, AccountRow | null>;
}

const caches = new WeakMap<GraphStore, AccountCache>();

/** The account with this id, or null, as the session check needs it. */
export async function accountForSession(store: GraphStore, id: string): Promise<AccountRow | null> {
  if (store.engine !== 'kuzu') return findAccountById(store, id);
  const generation = dataGeneration();
  let cache = caches.get(store);
  if (!cache || cache.generation !== generation || cache.accounts.size >= MAX_ENTRIES) {
    cache = { generation, accounts: new Map() };
    caches.set(store, cache);
  }
  if (cache.accounts.has(id)) return cache.accounts.get(id) ?? null;
  const account = await findAccountById(store, id);
  // A write that ended while this read ran may have changed the account: keep nothing then.
  if (dataGeneration() === generation) cache.accounts.set(id, account);
  return account;
}
