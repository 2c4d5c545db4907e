import { z } from 'zod';
import { bumpTokenVersion } from '../auth/account-queries';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { conflict, invalidInput } from '../errors';
import { NODE } from '../graph/schema';
import type { GraphStore, QueryRunner } from '../graph/store';
import { toConnection, toPage, type Connection } from '../directory/connection';
import { searchWords } from '../search/text';
import { recordAudit } from '../write/audit';
import { parseInput } from '../write/validate';
import { toAccount, type AccountRecord } from './model';
import * as q from './queries';

/** The admins' filter of the account list. */
export interface AccountFilter {
  /** Words of the email or the person's name. */
  query?: string | null;
  role?: 'MEMBER' | 'STAFF' | 'ADMIN' | null;
  first?: number | null;
  after?: string | null;
}

/** The accounts (admins), by email, filtered by words and role; never their hashes. */
export async function listAccounts(store: GraphStore, viewer: Viewer | null, filter: AccountFilter): Promise<Connection<AccountRecord>> {
  authorize(viewer, 'account.manage');
  const page = toPage({ first: filter.first, after: filter.after });
  const text = (filter.query ?? '').trim().toLowerCase().slice(0, 200);
  const params = { role: filter.role ?? '', text, words: searchWords(text).join(' ') };
  const [rows, [count]] = await Promise.all([
    store.query(q.listAccounts, { ...params, skipRows: page.offset, pageSize: page.limit }),
    store.query(q.countAccounts, params),
  ]);
  return toConnection(rows.map(toAccount), page, count?.total ?? 0);
}

async function accountForUpdate(tx: QueryRunner, id: string, version: number | null): Promise<AccountRecord> {
  const [row] = await tx.run(q.adminAccountById, { id });
  if (!row) throw invalidInput('accountId', 'There is no account with this id.');
  const current = toAccount(row);
  if (version !== null && current.version !== version) {
    throw conflict('This account changed since you opened it.', { field: 'version', currentVersion: current.version, current });
  }
  return current;
}

/** Refuses a change that would leave no active admin to manage accounts. */
async function keepAnAdmin(tx: QueryRunner, account: AccountRecord, field: string): Promise<void> {
  if (account.role !== 'ADMIN' || account.state !== 'ACTIVE') return;
  const [others] = await tx.run(q.otherActiveAdmins, { id: account.id });
  if ((others?.n ?? 0) === 0) {
    throw conflict('This is the last active admin: make another account admin first.', { field });
  }
}

async function reread(tx: QueryRunner, id: string): Promise<AccountRecord> {
  const [row] = await tx.run(q.adminAccountById, { id });
  if (!row) throw invalidInput('accountId', 'There is no account with this id.');
  return toAccount(row);
}

const roleSchema = z.object({ accountId: z.string().min(1).max(100), role: z.enum(['MEMBER', 'STAFF', 'ADMIN']), version: z.number().int() });
const stateSchema = z.object({ accountId: z.string().min(1).max(100), state: z.enum(['ACTIVE', 'DISABLED']), version: z.number().int() });

/** Gives an account another role (admins); its sessions end, so the old role stops at once. */
export async function changeAccountRole(
  store: GraphStore,
  viewer: Viewer | null,
  input: { accountId: string; role: string; version: number },
): Promise<AccountRecord> {
  authorize(viewer, 'account.manage');
  const data = parseInput(roleSchema, input);
  return store.write(async (tx) => {
    const current = await accountForUpdate(tx, data.accountId, data.version);
    if (current.role === data.role) return current;
    if (data.role !== 'ADMIN') await keepAnAdmin(tx, current, 'role');
    await tx.run(q.setAccountRole, { id: current.id, role: data.role, at: new Date().toISOString() });
    await recordAudit(tx, { actorId: viewer.accountId, action: 'account.setRole', entityLabel: NODE.Account, entityId: current.id, before: { role: current.role }, after: { role: data.role } });
    return reread(tx, current.id);
  });
}

/** Disables or re-enables an account (admins); disabling ends its sessions and blocks sign-in. */
export async function changeAccountState(
  store: GraphStore,
  viewer: Viewer | null,
  input: { accountId: string; state: string; version: number },
): Promise<AccountRecord> {
  authorize(viewer, 'account.manage');
  const data = parseInput(stateSchema, input);
  return store.write(async (tx) => {
    const current = await accountForUpdate(tx, data.accountId, data.version);
    if (current.state === data.state) return current;
    if (data.state === 'DISABLED') await keepAnAdmin(tx, current, 'state');
    await tx.run(q.setAccountState, { id: current.id, state: data.state, at: new Date().toISOString() });
    await recordAudit(tx, { actorId: viewer.accountId, action: 'account.setState', entityLabel: NODE.Account, entityId: current.id, before: { state: current.state }, after: { state: data.state } });
    return reread(tx, current.id);
  });
}

/** Ends every session of an account (admins), e.g. after a lost device. */
export async function revokeAccountSessions(store: GraphStore, viewer: Viewer | null, accountId: string): Promise<AccountRecord> {
  authorize(viewer, 'account.manage');
  const { accountId: id } = parseInput(z.object({ accountId: z.string().min(1).max(100) }), { accountId });
  return store.write(async (tx) => {
    const current = await accountForUpdate(tx, id, null);
    await tx.run(bumpTokenVersion, { id });
    await recordAudit(tx, { actorId: viewer.accountId, action: 'account.revokeSessions', entityLabel: NODE.Account, entityId: id });
    return current;
  });
}
