import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { acceptInvitation, invitePerson, lookupInvitation } from '@/lib/accounts/invitations';
import { findAccountByEmail } from '@/lib/auth/accounts';
import { authenticate } from '@/lib/auth/sign-in';
import { resetThrottle } from '@/lib/auth/throttle';
import type { Viewer } from '@/lib/auth/viewer';
import type { GraphStore } from '@/lib/graph/store';
import { useMailTransport, type MailMessage } from '@/lib/mail/transport';
import { seedId } from '@/lib/seed/load';
import { readyStore } from '@/lib/server/ready';
import { graphDigest } from '@/lib/transfer/digest';
import { exportGraph } from '@/lib/transfer/export';
import { runAs } from '../support/as-viewer';
import { postGraphQL } from '../support/graphql-http';
import { demoAccount, sessionCookie, viewerOfEmail } from '../support/session';

/** Invitations: who may invite whom, the single-use expiring link, accepting it, and the mail. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-invitations-'));
// Each test hashes passwords (Argon2id) and exports the graph to prove what changed.
jest.setTimeout(30_000);
let store: GraphStore;
let member: Viewer;
let staff: Viewer;
let admin: Viewer;

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  ({ store } = await readyStore());
  member = await viewerOfEmail(store, demoAccount('MEMBER').email);
  staff = await viewerOfEmail(store, demoAccount('STAFF').email);
  admin = await viewerOfEmail(store, demoAccount('ADMIN').email);
}, 120_000);

afterAll(async () => {
  useMailTransport(null);
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(() => {
  resetThrottle();
  useMailTransport(null);
});

async function digest(): Promise<string> {
  return graphDigest(await exportGraph(store, 0));
}

async function auditCount(action: string): Promise<number> {
  const dump = await exportGraph(store, 0);
  return (dump.nodes.AuditEntry ?? []).filter((e) => e.action === action).length;
}

const INVITE = `mutation Invite($input: InvitePersonInput!) {
  invitePerson(input: $input) { link emailed invitation { id email role state personId personName invitedBy expiresAt } }
}`;
const LOOKUP = 'query Lookup($token: String!) { invitation(token: $token) { status email name expiresAt } }';
const ACCEPT = 'mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email } }';

type InviteData = {
  invitePerson: {
    link: string;
    emailed: boolean;
    invitation: { id: string; email: string; role: string; state: string; personId: string; personName: string; invitedBy: string; expiresAt: string };
  };
};

let counter = 0;
function newcomer(): { name: string; email: string } {
  counter += 1;
  return { name: `Nuova Persona ${counter}`, email: `nuova.persona.${counter}@esempio.example` };
}

function tokenOf(link: string): string {
  const token = link.split('/invito/')[1];
  if (!token) throw new Error(`No token in ${link}`);
  return token;
}

describe('who may invite', () => {
  test('visitors and members are refused, and nothing is written', async () => {
    const before = await digest();
    const visitor = await runAs(store, null, INVITE, { input: { ...newcomer(), role: 'MEMBER' } });
    expect(visitor.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const asMember = await runAs(store, member, INVITE, { input: { ...newcomer(), role: 'MEMBER' } });
    expect(asMember.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await digest()).toBe(before);
  });

  test('staff invite members but not staff or admins; admins invite any role', async () => {
    const before = await digest();
    for (const role of ['STAFF', 'ADMIN']) {
      const res = await runAs(store, staff, INVITE, { input: { ...newcomer(), role } });
      expect(res.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await digest()).toBe(before);
    const asStaff = await runAs<InviteData>(store, staff, INVITE, { input: { ...newcomer(), role: 'MEMBER' } });
    expect(asStaff.errors).toEqual([]);
    expect(asStaff.data?.invitePerson.invitation).toMatchObject({ role: 'MEMBER', state: 'PENDING', invitedBy: demoAccount('STAFF').email });
    const asAdmin = await runAs<InviteData>(store, admin, INVITE, { input: { ...newcomer(), role: 'STAFF' } });
    expect(asAdmin.errors).toEqual([]);
    expect(asAdmin.data?.invitePerson.invitation.role).toBe('STAFF');
  });

  test('an email that already has an account is a CONFLICT naming email; bad input names its field', async () => {
    const before = await digest();
    const taken = await runAs(store, staff, INVITE, { input: { name: 'Doppione', email: ` ${demoAccount('MEMBER').email.toUpperCase()} `, role: 'MEMBER' } });
    expect(taken.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    const badEmail = await runAs(store, staff, INVITE, { input: { name: 'Qualcuno', email: 'non-una-email', role: 'MEMBER' } });
    expect(badEmail.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const neither = await runAs(store, staff, INVITE, { input: { email: 'qualcuno@esempio.example', role: 'MEMBER' } });
    expect(neither.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
    const emptyName = await runAs(store, staff, INVITE, { input: { name: '   ', email: 'qualcuno@esempio.example', role: 'MEMBER' } });
    expect(emptyName.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const hasAccount = await runAs(store, staff, INVITE, { input: { personId: seedId.person('karim-benali'), email: 'altro@esempio.example', role: 'MEMBER' } });
    expect(hasAccount.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'personId' });
    // Unknown enum values are refused by the API's variable coercion (over HTTP, as clients send them).
    const { cookie } = await sessionCookie(store, demoAccount('STAFF').email);
    const badRole = await postGraphQL(INVITE, { input: { name: 'Qualcuno', email: 'qualcuno@esempio.example', role: 'ROOT' } }, { cookie });
    expect(badRole.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await digest()).toBe(before);
  });

  test('one audit entry per invitation, made by the inviting account, with no token in it', async () => {
    const before = await auditCount('invitation.create');
    const res = await invitePerson(store, staff, { ...newcomer(), role: 'MEMBER' });
    expect(await auditCount('invitation.create')).toBe(before + 1);
    const dump = await exportGraph(store, 0);
    const entry = (dump.nodes.AuditEntry ?? []).find((e) => e.entityId === res.invitation.id);
    expect(entry?.actorId).toBe(staff.accountId);
    const token = tokenOf(res.link);
    expect(JSON.stringify(dump)).not.toContain(token);
  });
});

describe('the link', () => {
  test('is random, shown once, stored as a SHA-256, and valid for seven days', async () => {
    const now = new Date('2026-03-01T10:00:00.000Z');
    const a = await invitePerson(store, staff, { ...newcomer(), role: 'MEMBER' }, { now, origin: 'https://rizoma.example' });
    const b = await invitePerson(store, staff, { ...newcomer(), role: 'MEMBER' }, { now, origin: 'https://rizoma.example' });
    expect(a.link).toMatch(/^https:\/\/rizoma\.example\/invito\/[A-Za-z0-9_-]{43}$/);
    expect(tokenOf(a.link)).not.toBe(tokenOf(b.link));
    expect(a.invitation.expiresAt).toBe('2026-03-08T10:00:00.000Z');
    const dump = await exportGraph(store, 0);
    const stored = (dump.nodes.Invitation ?? []).find((i) => i.id === a.invitation.id);
    expect(stored?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.state).toBe('PENDING');
  });

  test('the public lookup shows the invitee only for a valid token', async () => {
    const person = newcomer();
    const { link } = await invitePerson(store, staff, { ...person, role: 'MEMBER' });
    const valid = await postGraphQL<{ invitation: { status: string; email: string; name: string } }>(LOOKUP, { token: tokenOf(link) });
    expect(valid.body.data?.invitation).toMatchObject({ status: 'VALID', email: person.email, name: person.name });
    for (const token of ['x', 'A'.repeat(43), `${tokenOf(link)}x`]) {
      const res = await postGraphQL<{ invitation: unknown }>(LOOKUP, { token });
      expect(res.body.data?.invitation).toEqual({ status: 'INVALID', email: null, name: null, expiresAt: null });
    }
  });

  test('a new person is not public until they accept, then is an ACTIVE person with an account', async () => {
    const person = newcomer();
    const { link, invitation } = await invitePerson(store, staff, { ...person, role: 'MEMBER' });
    const hidden = await runAs<{ search: { total: number } }>(store, null, 'query($q: String!) { search(query: $q) { total } }', { q: person.name });
    expect(hidden.data?.search.total).toBe(0);

    const res = await postGraphQL<{ acceptInvitation: { email: string } }>(ACCEPT, { input: { token: tokenOf(link), password: 'una password lunga e mia' } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.acceptInvitation.email).toBe(person.email);

    const signedIn = await authenticate(store, person.email, 'una password lunga e mia', '10.0.0.50');
    expect(signedIn?.viewer).toMatchObject({ role: 'MEMBER', personId: invitation.personId });
    const account = await findAccountByEmail(store, person.email);
    expect(account).toMatchObject({ state: 'ACTIVE', tokenVersion: 1, personName: person.name });
    expect(account?.passwordHash).toMatch(/^\$argon2id\$/);
    const dump = await exportGraph(store, 0);
    expect((dump.nodes.Account ?? []).find((a) => a.email === person.email)?.version).toBe(1);
    expect((dump.nodes.Person ?? []).find((p) => p.id === invitation.personId)?.state).toBe('ACTIVE');
    expect((dump.nodes.Invitation ?? []).find((i) => i.id === invitation.id)?.state).toBe('USED');
    const accept = (dump.nodes.AuditEntry ?? []).filter((e) => e.action === 'invitation.accept' && e.actorId === account?.id);
    expect(accept).toHaveLength(1);
    expect(JSON.stringify(accept)).not.toContain('una password lunga e mia');
  });

  test('an existing person without an account can be invited and keeps their profile', async () => {
    const personId = seedId.person('samira-haddad');
    const people = await runAs<{ invitablePeople: { id: string; name: string }[] }>(store, staff, 'query($q: String!) { invitablePeople(query: $q) { id name } }', { q: 'samira haddad' });
    expect(people.data?.invitablePeople.map((p) => p.id)).toContain(personId);
    const { link, invitation } = await invitePerson(store, staff, { personId, email: 'samira.haddad@esempio.example', role: 'MEMBER' });
    expect(invitation.personName).toBeTruthy();
    await acceptInvitation(store, { token: tokenOf(link), password: 'samira entra in rizoma' });
    expect((await findAccountByEmail(store, 'samira.haddad@esempio.example'))?.personId).toBe(personId);
    const again = await runAs<{ invitablePeople: { id: string }[] }>(store, staff, 'query($q: String!) { invitablePeople(query: $q) { id } }', { q: 'samira haddad' });
    expect(again.data?.invitablePeople.map((p) => p.id)).not.toContain(personId);
  });

  test('works once: a second use is refused as already used', async () => {
    const { link } = await invitePerson(store, staff, { ...newcomer(), role: 'MEMBER' });
    const input = { token: tokenOf(link), password: 'prima volta va bene' };
    expect((await postGraphQL(ACCEPT, { input })).body.errors).toBeUndefined();
    const before = await digest();
    const second = await postGraphQL(ACCEPT, { input: { ...input, password: 'seconda volta no grazie' } });
    expect(second.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'token', reason: 'USED' });
    expect(second.body.errors?.[0]?.message).toMatch(/already been used/);
    const lookup = await postGraphQL<{ invitation: { status: string; email: string | null } }>(LOOKUP, { token: input.token });
    expect(lookup.body.data?.invitation).toMatchObject({ status: 'USED', email: null });
    expect(await digest()).toBe(before);
  });

  test('an expired link is refused clearly and writes nothing', async () => {
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    const { link, invitation } = await invitePerson(store, staff, { ...newcomer(), role: 'MEMBER' }, { now: eightDaysAgo });
    expect(invitation.state).toBe('PENDING');
    const lookup = await postGraphQL<{ invitation: { status: string } }>(LOOKUP, { token: tokenOf(link) });
    expect(lookup.body.data?.invitation.status).toBe('EXPIRED');
    const before = await digest();
    const res = await postGraphQL(ACCEPT, { input: { token: tokenOf(link), password: 'troppo tardi purtroppo' } });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'EXPIRED' });
    expect(res.body.errors?.[0]?.message).toMatch(/expired/);
    expect(await digest()).toBe(before);
    const listed = await runAs<{ invitations: { id: string }[] }>(store, staff, '{ invitations(state: EXPIRED) { id } }');
    expect(listed.data?.invitations.map((i) => i.id)).toContain(invitation.id);
  });

  test('the password policy: too short, too long, common passwords refused naming password', async () => {
    const { link } = await invitePerson(store, staff, { ...newcomer(), role: 'MEMBER' });
    const before = await digest();
    const cases: [string, string][] = [
      ['corta', 'TOO_SHORT'],
      ['x'.repeat(129), 'TOO_LONG'],
      ['password1234', 'TOO_COMMON'],
    ];
    for (const [password, reason] of cases) {
      const res = await postGraphQL(ACCEPT, { input: { token: tokenOf(link), password } });
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason });
    }
    expect(await digest()).toBe(before);
    // Compared unmodified: 12 characters with spaces is fine, and so are 128.
    expect((await postGraphQL(ACCEPT, { input: { token: tokenOf(link), password: ' '.repeat(2) + 'a'.repeat(126) } })).body.errors).toBeUndefined();
  });

  test('a revoked link stops working; only pending invitations can be revoked; members cannot revoke', async () => {
    const { link, invitation } = await invitePerson(store, staff, { ...newcomer(), role: 'MEMBER' });
    const REVOKE = 'mutation($id: ID!) { revokeInvitation(id: $id) { id state } }';
    const before = await digest();
    expect((await runAs(store, null, REVOKE, { id: invitation.id })).errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await runAs(store, member, REVOKE, { id: invitation.id })).errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await digest()).toBe(before);
    const revoked = await runAs<{ revokeInvitation: { state: string } }>(store, admin, REVOKE, { id: invitation.id });
    expect(revoked.data?.revokeInvitation.state).toBe('REVOKED');
    expect((await lookupInvitation(store, tokenOf(link))).status).toBe('INVALID');
    const res = await postGraphQL(ACCEPT, { input: { token: tokenOf(link), password: 'revocato ormai non va' } });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'INVALID' });
    expect((await runAs(store, staff, REVOKE, { id: invitation.id })).errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
  });

  test('the staff list is for staff only', async () => {
    const LIST = '{ invitations { id email state } }';
    expect((await runAs(store, null, LIST)).errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await runAs(store, member, LIST)).errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const listed = await runAs<{ invitations: { state: string }[] }>(store, staff, LIST);
    expect(listed.data?.invitations.length).toBeGreaterThan(0);
    expect(new Set(listed.data?.invitations.map((i) => i.state))).toEqual(new Set(['PENDING', 'USED', 'REVOKED', 'EXPIRED']));
    const PEOPLE = '{ invitablePeople(query: "rossi") { id } }';
    expect((await runAs(store, member, PEOPLE)).errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('over HTTP, a staff session invites and gets the link back', async () => {
    const { cookie } = await sessionCookie(store, demoAccount('STAFF').email);
    const res = await postGraphQL<InviteData>(INVITE, { input: { ...newcomer(), role: 'MEMBER' } }, { cookie });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.invitePerson.link).toMatch(/\/invito\/[A-Za-z0-9_-]{43}$/);
    expect(res.body.data?.invitePerson.emailed).toBe(false);
  });
});

describe('mail', () => {
  test('without SMTP_URL nothing is sent and the link is returned', async () => {
    const result = await invitePerson(store, staff, { ...newcomer(), role: 'MEMBER' }, { origin: 'https://rizoma.example', env: { NODE_ENV: 'test' } });
    expect(result.emailed).toBe(false);
    expect(result.link).toMatch(/^https:\/\/rizoma\.example\/invito\//);
  });

  test('with a transport, one message carrying the link goes to the invitee', async () => {
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const sent: (MailMessage & { from: string })[] = [];
    useMailTransport({
      from: 'Rizoma <staff@rizoma.example>',
      transport: {
        async sendMail(message) {
          const info = await transport.sendMail(message);
          sent.push(JSON.parse(String(info.message)) as MailMessage & { from: string });
          return info;
        },
      },
    });
    const person = newcomer();
    const result = await invitePerson(store, staff, { ...person, role: 'MEMBER' }, { origin: 'https://rizoma.example' });
    expect(result.emailed).toBe(true);
    expect(sent).toHaveLength(1);
    const [message] = sent;
    expect(message?.to).toEqual([{ address: person.email, name: '' }]);
    expect(message?.text).toContain(result.link);
    expect(message?.html).toContain(result.link);
    expect(message?.text).toContain(person.name);
  });

  test('a failing mail server does not lose the invitation: the link is returned to show by hand', async () => {
    useMailTransport({ from: 'x@rizoma.example', transport: { sendMail: () => Promise.reject(new Error('connection refused')) } });
    const result = await invitePerson(store, staff, { ...newcomer(), role: 'MEMBER' }, { origin: 'https://rizoma.example' });
    expect(result.emailed).toBe(false);
    expect((await lookupInvitation(store, tokenOf(result.link))).status).toBe('VALID');
  });
});
