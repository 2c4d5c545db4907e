import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acceptInvitation, invitePerson } from '@/lib/accounts/invitations';
import { findAccountByEmail } from '@/lib/auth/accounts';
import { authenticate } from '@/lib/auth/sign-in';
import { resetThrottle } from '@/lib/auth/throttle';
import type { Viewer } from '@/lib/auth/viewer';
import { defineQuery } from '@/lib/graph/query';
import { NODE } from '@/lib/graph/schema';
import type { GraphStore } from '@/lib/graph/store';
import { seedId } from '@/lib/seed/load';
import { readyStore } from '@/lib/server/ready';
import { graphDigest } from '@/lib/transfer/digest';
import { exportGraph } from '@/lib/transfer/export';
import { recordAudit } from '@/lib/write/audit';
import { runAs } from '../support/as-viewer';
import { postGraphQL } from '../support/graphql-http';
import { demoAccount, sessionCookie, viewerOfEmail } from '../support/session';

/** Password change, account administration and the GDPR deletion of a member. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-accounts-'));
// Each test hashes passwords (Argon2id) and exports the graph to prove what changed.
jest.setTimeout(30_000);
let store: GraphStore;
let member: Viewer;
let manager: Viewer;
let staff: Viewer;
let admin: Viewer;

/** The request side belongs to member self-service; here it is set directly. */
const askForDeletion = defineQuery('test.accounts.askForDeletion', {
  kuzu: `MATCH (p:${NODE.Person} {id: $id}) SET p.deletionRequestedAt = timestamp($at)`,
  neo4j: `MATCH (p:${NODE.Person} {id: $id}) SET p.deletionRequestedAt = datetime($at)`,
});

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  ({ store } = await readyStore());
  member = await viewerOfEmail(store, demoAccount('MEMBER').email);
  manager = await viewerOfEmail(store, 'gestore@rizoma.example');
  staff = await viewerOfEmail(store, demoAccount('STAFF').email);
  admin = await viewerOfEmail(store, demoAccount('ADMIN').email);
}, 120_000);

afterAll(async () => {
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(() => resetThrottle());

async function digest(): Promise<string> {
  return graphDigest(await exportGraph(store, 0));
}

const ME = '{ me { email role } }';
async function meWith(cookie: string): Promise<{ email: string; role: string } | null> {
  const res = await postGraphQL<{ me: { email: string; role: string } | null }>(ME, {}, { cookie });
  return res.body.data?.me ?? null;
}

let counter = 0;
/** A fresh member account with a known password, made through an invitation. */
async function freshMember(password = 'la mia password segreta'): Promise<{ email: string; viewer: Viewer; password: string }> {
  counter += 1;
  const email = `account.${counter}@esempio.example`;
  const { link } = await invitePerson(store, staff, { name: `Persona Account ${counter}`, email, role: 'MEMBER' });
  await acceptInvitation(store, { token: link.split('/invito/')[1] ?? '', password });
  return { email, viewer: await viewerOfEmail(store, email), password };
}

describe('changePassword', () => {
  const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { signedOut } }';

  test('needs a session', async () => {
    const res = await runAs(store, null, CHANGE, { input: { currentPassword: 'x', newPassword: 'una nuova password' } });
    expect(res.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a wrong current password or a weak new one is refused naming the field, writing nothing', async () => {
    const { viewer, password } = await freshMember();
    const before = await digest();
    const wrong = await runAs(store, viewer, CHANGE, { input: { currentPassword: 'non è questa', newPassword: 'una nuova password' } });
    expect(wrong.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await runAs(store, viewer, CHANGE, { input: { currentPassword: password, newPassword: 'breve' } });
    expect(short.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword', reason: 'TOO_SHORT' });
    const common = await runAs(store, viewer, CHANGE, { input: { currentPassword: password, newPassword: 'qwerty123456' } });
    expect(common.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword', reason: 'TOO_COMMON' });
    expect(await digest()).toBe(before);
  });

  test('guessing the current password is throttled like sign-in', async () => {
    const { viewer } = await freshMember();
    let last: string | undefined;
    for (let i = 0; i < 11; i++) {
      const res = await runAs(store, viewer, CHANGE, { input: { currentPassword: `tentativo ${i}`, newPassword: 'una nuova password' } });
      last = res.errors[0]?.extensions?.code as string | undefined;
    }
    expect(last).toBe('TOO_MANY_REQUESTS');
  });

  test('changes the password and ends every session, this one included; the audit holds no password', async () => {
    const { email, password } = await freshMember();
    const { cookie } = await sessionCookie(store, email);
    const other = await sessionCookie(store, email);
    expect(await meWith(cookie)).toMatchObject({ email });
    const res = await postGraphQL<{ changePassword: { signedOut: boolean } }>(CHANGE, { input: { currentPassword: password, newPassword: 'la nuova password del 2026' } }, { cookie });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.changePassword.signedOut).toBe(true);
    expect(await meWith(cookie)).toBeNull();
    expect(await meWith(other.cookie)).toBeNull();
    expect(await authenticate(store, email, password, '10.1.0.1')).toBeNull();
    expect(await authenticate(store, email, 'la nuova password del 2026', '10.1.0.1')).not.toBeNull();
    const account = await findAccountByEmail(store, email);
    const entries = ((await exportGraph(store, 0)).nodes.AuditEntry ?? []).filter((e) => e.action === 'account.changePassword' && e.entityId === account?.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.actorId).toBe(account?.id);
    const text = JSON.stringify(entries);
    expect(text).not.toContain(password);
    expect(text).not.toContain('la nuova password');
    expect(text).not.toContain('argon2');
  });
});

describe('account administration', () => {
  const LIST = 'query($query: String, $role: Role, $first: Int, $after: String) { accounts(query: $query, role: $role, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id email role state version personName person { slug } lastSignInAt failedSignIns } } } }';
  type ListData = { accounts: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string; email: string; role: string; state: string; version: number; personName: string | null; person: { slug: string } | null } }[] } };
  const ROLE = 'mutation($input: SetAccountRoleInput!) { setAccountRole(input: $input) { id role state version } }';
  const STATE = 'mutation($input: SetAccountStateInput!) { setAccountState(input: $input) { id role state version } }';
  const REVOKE = 'mutation($id: ID!) { revokeAccountSessions(accountId: $id) { id } }';

  async function accountOf(email: string): Promise<{ id: string; version: number; role: string; state: string }> {
    const res = await runAs<ListData>(store, admin, LIST, { query: email });
    const node = res.data?.accounts.edges.find((e) => e.node.email === email)?.node;
    if (!node) throw new Error(`No account ${email}`);
    return node;
  }

  test('only admins list accounts; hashes are not even in the schema', async () => {
    for (const [viewer, code] of [[null, 'UNAUTHENTICATED'], [member, 'FORBIDDEN'], [manager, 'FORBIDDEN'], [staff, 'FORBIDDEN']] as const) {
      expect((await runAs(store, viewer, LIST)).errors[0]?.extensions?.code).toBe(code);
    }
    const all = await runAs<ListData>(store, admin, LIST, { first: 2 });
    expect(all.errors).toEqual([]);
    expect(all.data?.accounts.totalCount).toBeGreaterThanOrEqual(4);
    expect(all.data?.accounts.edges).toHaveLength(2);
    expect(all.data?.accounts.pageInfo.hasNextPage).toBe(true);
    const next = await runAs<ListData>(store, admin, LIST, { first: 2, after: all.data?.accounts.pageInfo.endCursor });
    expect(next.data?.accounts.edges[0]?.node.email).not.toBe(all.data?.accounts.edges[0]?.node.email);
    const staffOnly = await runAs<ListData>(store, admin, LIST, { role: 'STAFF' });
    expect(staffOnly.data?.accounts.edges.map((e) => e.node.email)).toEqual([demoAccount('STAFF').email]);
    const byName = await runAs<ListData>(store, admin, LIST, { query: 'Karim' });
    expect(byName.data?.accounts.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ email: demoAccount('MEMBER').email, personName: 'Karim Benali', person: { slug: 'karim-benali' }, state: 'ACTIVE' }),
    ]);
    const hash = await postGraphQL('{ accounts { edges { node { passwordHash } } } }', {}, await sessionCookie(store, demoAccount('ADMIN').email));
    expect(hash.body.errors?.[0]?.message).toMatch(/passwordHash/);
    const badCursor = await runAs(store, admin, LIST, { after: 'nope' });
    expect(badCursor.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  test('members and staff cannot change roles or states; nothing is written', async () => {
    const target = await accountOf(demoAccount('MEMBER').email);
    const before = await digest();
    for (const viewer of [null, member, manager, staff]) {
      expect((await runAs(store, viewer, ROLE, { input: { accountId: target.id, role: 'ADMIN', version: target.version } })).errors).toHaveLength(1);
      expect((await runAs(store, viewer, STATE, { input: { accountId: target.id, state: 'DISABLED', version: target.version } })).errors).toHaveLength(1);
      expect((await runAs(store, viewer, REVOKE, { id: target.id })).errors).toHaveLength(1);
    }
    expect((await runAs(store, staff, ROLE, { input: { accountId: target.id, role: 'ADMIN', version: target.version } })).errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await digest()).toBe(before);
  });

  test('a role change ends the account’s sessions: the old token stops on its next request', async () => {
    const { email } = await freshMember();
    const { cookie } = await sessionCookie(store, email);
    expect(await meWith(cookie)).toEqual({ email, role: 'MEMBER' });
    const target = await accountOf(email);
    const promoted = await runAs<{ setAccountRole: { role: string; version: number } }>(store, admin, ROLE, { input: { accountId: target.id, role: 'STAFF', version: target.version } });
    expect(promoted.errors).toEqual([]);
    expect(promoted.data?.setAccountRole).toMatchObject({ role: 'STAFF', version: target.version + 1 });
    expect(await meWith(cookie)).toBeNull();
    const fresh = await sessionCookie(store, email);
    expect(await meWith(fresh.cookie)).toEqual({ email, role: 'STAFF' });
    // Demoted back: the staff token stops too.
    const demoted = await runAs<{ setAccountRole: { role: string } }>(store, admin, ROLE, { input: { accountId: target.id, role: 'MEMBER', version: target.version + 1 } });
    expect(demoted.data?.setAccountRole.role).toBe('MEMBER');
    expect(await meWith(fresh.cookie)).toBeNull();
    const entries = ((await exportGraph(store, 0)).nodes.AuditEntry ?? []).filter((e) => e.action === 'account.setRole' && e.entityId === target.id);
    expect(entries).toHaveLength(2);
    expect(entries.every((e) => e.actorId === admin.accountId)).toBe(true);
  });

  test('a stale version is a CONFLICT carrying the current values', async () => {
    const { email } = await freshMember();
    const target = await accountOf(email);
    await runAs(store, admin, ROLE, { input: { accountId: target.id, role: 'STAFF', version: target.version } });
    const before = await digest();
    const stale = await runAs(store, admin, STATE, { input: { accountId: target.id, state: 'DISABLED', version: target.version } });
    expect(stale.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: target.version + 1, current: { role: 'STAFF', state: 'ACTIVE' } });
    expect(await digest()).toBe(before);
  });

  test('the last active admin cannot demote or disable themself', async () => {
    const self = await accountOf(demoAccount('ADMIN').email);
    const before = await digest();
    const demote = await runAs(store, admin, ROLE, { input: { accountId: self.id, role: 'STAFF', version: self.version } });
    expect(demote.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'role' });
    const disable = await runAs(store, admin, STATE, { input: { accountId: self.id, state: 'DISABLED', version: self.version } });
    expect(disable.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'state' });
    expect(await digest()).toBe(before);
  });

  test('a disabled account cannot sign in and its token stops; enabled again it can', async () => {
    const { email, password } = await freshMember();
    const { cookie } = await sessionCookie(store, email);
    const target = await accountOf(email);
    const disabled = await runAs<{ setAccountState: { state: string } }>(store, admin, STATE, { input: { accountId: target.id, state: 'DISABLED', version: target.version } });
    expect(disabled.data?.setAccountState.state).toBe('DISABLED');
    expect(await meWith(cookie)).toBeNull();
    expect(await authenticate(store, email, password, '10.2.0.1')).toBeNull();
    await runAs(store, admin, STATE, { input: { accountId: target.id, state: 'ACTIVE', version: target.version + 1 } });
    expect(await authenticate(store, email, password, '10.2.0.2')).not.toBeNull();
  });

  test('revoking sessions stops every token of the account and records who did it', async () => {
    const { email } = await freshMember();
    const { cookie } = await sessionCookie(store, email);
    const target = await accountOf(email);
    expect((await runAs(store, admin, REVOKE, { id: target.id })).errors).toEqual([]);
    expect(await meWith(cookie)).toBeNull();
    const entries = ((await exportGraph(store, 0)).nodes.AuditEntry ?? []).filter((e) => e.action === 'account.revokeSessions' && e.entityId === target.id);
    expect(entries).toEqual([expect.objectContaining({ actorId: admin.accountId })]);
    expect((await runAs(store, admin, REVOKE, { id: 'no-such-account' })).errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountId' });
  });
});

describe('deletion requests', () => {
  const LIST = '{ deletionRequests { personId name email hasAccount requestedAt } }';
  const CONFIRM = 'mutation($id: ID!) { confirmAccountDeletion(personId: $id) { personId } }';
  const DECLINE = 'mutation($input: DeclineAccountDeletionInput!) { declineAccountDeletion(input: $input) { personId } }';

  async function ask(personId: string): Promise<void> {
    await store.mutate(askForDeletion, { id: personId, at: new Date().toISOString() });
  }

  test('only staff see and decide them; refusals write nothing', async () => {
    const personId = seedId.person('francesca-deluca');
    await ask(personId);
    for (const [viewer, code] of [[null, 'UNAUTHENTICATED'], [member, 'FORBIDDEN'], [manager, 'FORBIDDEN']] as const) {
      expect((await runAs(store, viewer, LIST)).errors[0]?.extensions?.code).toBe(code);
    }
    const before = await digest();
    for (const viewer of [null, member, manager]) {
      expect((await runAs(store, viewer, CONFIRM, { id: personId })).errors).toHaveLength(1);
      expect((await runAs(store, viewer, DECLINE, { input: { personId, reason: 'no' } })).errors).toHaveLength(1);
    }
    expect(await digest()).toBe(before);
    const listed = await runAs<{ deletionRequests: { personId: string; email: string; hasAccount: boolean }[] }>(store, staff, LIST);
    expect(listed.data?.deletionRequests).toEqual([expect.objectContaining({ personId, email: 'gestore@rizoma.example', hasAccount: true })]);
  });

  test('declining needs a reason, clears the request and records the reason', async () => {
    const personId = seedId.person('francesca-deluca');
    const empty = await runAs(store, staff, DECLINE, { input: { personId, reason: '  ' } });
    expect(empty.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const declined = await runAs(store, admin, DECLINE, { input: { personId, reason: 'Ha ancora progetti aperti: ne parliamo di persona.' } });
    expect(declined.errors).toEqual([]);
    expect((await runAs<{ deletionRequests: unknown[] }>(store, staff, LIST)).data?.deletionRequests).toEqual([]);
    const entry = ((await exportGraph(store, 0)).nodes.AuditEntry ?? []).find((e) => e.action === 'person.declineDeletion' && e.entityId === personId);
    expect(entry?.note).toBe('Ha ancora progetti aperti: ne parliamo di persona.');
    // Nothing to confirm any more.
    expect((await runAs(store, staff, CONFIRM, { id: personId })).errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
  });

  test('confirming removes every trace of the person, keeps one anonymous audit entry, and ends their session', async () => {
    const email = demoAccount('MEMBER').email;
    const personId = seedId.person('karim-benali');
    const account = await findAccountByEmail(store, email);
    if (!account) throw new Error('no member account');
    const { cookie } = await sessionCookie(store, email);
    expect(await meWith(cookie)).toMatchObject({ email });
    // History that names them: their own edit, and staff editing something about them.
    await store.write((tx) =>
      recordAudit(tx, { actorId: account.id, action: 'person.update', entityLabel: NODE.Person, entityId: personId, before: { name: 'Karim Benali', headline: 'Videomaker' }, after: { name: 'Karim Benali', headline: 'Regista' } }),
    );
    await store.write((tx) =>
      recordAudit(tx, { actorId: staff.accountId, action: 'organization.update', entityLabel: NODE.Organization, entityId: seedId.organization('ponti-solidali'), after: { contact: email, members: [personId, 'someone-else'] }, note: 'Karim Benali asked for it' }),
    );
    await ask(personId);
    const deletesBefore = ((await exportGraph(store, 0)).nodes.AuditEntry ?? []).filter((e) => e.action === 'person.delete').length;

    const res = await postGraphQL<{ confirmAccountDeletion: { personId: string } }>(CONFIRM, { id: personId }, await sessionCookie(store, demoAccount('STAFF').email));
    expect(res.body.errors).toBeUndefined();

    const dump = await exportGraph(store, 0);
    const everything = JSON.stringify(dump);
    for (const trace of [personId, account.id, email, 'Karim Benali', 'karim-benali']) expect(everything).not.toContain(trace);
    expect((dump.nodes.Account ?? []).some((a) => a.email === email)).toBe(false);
    const deletes = (dump.nodes.AuditEntry ?? []).filter((e) => e.action === 'person.delete');
    expect(deletes).toHaveLength(deletesBefore + 1);
    expect(deletes.at(-1)).toMatchObject({ actorId: staff.accountId, entityId: 'deleted-person', before: null, after: null });
    // What happened stays, without naming them.
    const own = (dump.nodes.AuditEntry ?? []).find((e) => e.action === 'person.update' && e.actorId === 'deleted-account');
    expect(own).toMatchObject({ entityId: 'deleted-person' });
    expect(JSON.parse(String(own?.after))).toEqual({ name: '[removed]', headline: 'Regista' });
    const theirs = (dump.nodes.AuditEntry ?? []).find((e) => e.action === 'organization.update' && e.actorId === staff.accountId && String(e.after).includes('someone-else'));
    expect(JSON.parse(String(theirs?.after))).toEqual({ contact: '[removed]', members: ['[removed]', 'someone-else'] });
    expect(theirs?.note).toBe('[removed] asked for it');

    expect(await meWith(cookie)).toBeNull();
    const profile = await runAs<{ person: unknown }>(store, staff, 'query($slug: String!) { person(slug: $slug) { id } }', { slug: 'karim-benali' });
    expect(profile.data?.person).toBeNull();
    for (const q of ['Karim Benali', email]) {
      const found = await runAs<{ search: { total: number } }>(store, null, 'query($q: String!) { search(query: $q, types: [PERSON]) { total } }', { q });
      expect(found.data?.search.total).toBe(0);
    }
    expect((await runAs<{ deletionRequests: unknown[] }>(store, staff, LIST)).data?.deletionRequests).toEqual([]);
  });

  test('confirming a request of someone who does not exist is refused', async () => {
    const res = await runAs(store, staff, CONFIRM, { id: 'no-such-person' });
    expect(res.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
  });
});
