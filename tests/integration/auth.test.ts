import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findAccountByEmail, revokeSessions } from '@/lib/auth/accounts';
import { authenticate } from '@/lib/auth/sign-in';
import { checkSignIn, PAIR_LIMIT, resetThrottle } from '@/lib/auth/throttle';
import { readyStore } from '@/lib/server/ready';
import { postGraphQL } from '../support/graphql-http';
import { demoAccount, sessionCookie } from '../support/session';

/** Sign-in, sessions and revocation over a real seeded store. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-auth-'));

beforeAll(async () => {
  process.env.RIZOMA_DATA_DIR = dataDir;
  process.env.RIZOMA_SEED_ON_START = 'true';
  process.env.RIZOMA_LOG = 'silent';
  await readyStore();
}, 120_000);

afterAll(async () => {
  const { store } = await readyStore();
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(() => resetThrottle());

const ME = '{ me { email role person { name } } }';

describe('authenticate', () => {
  test('accepts the demo credentials of every role, with Argon2id hashes', async () => {
    const { store } = await readyStore();
    for (const role of ['MEMBER', 'STAFF', 'ADMIN'] as const) {
      const { email, password } = demoAccount(role);
      const signedIn = await authenticate(store, email, password, '10.0.0.1');
      expect(signedIn?.viewer.role).toBe(role);
      expect(signedIn?.viewer.personId).toBeTruthy();
      const account = await findAccountByEmail(store, email);
      expect(account?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    }
  });

  test('emails are matched without regard to case or spaces; passwords exactly', async () => {
    const { store } = await readyStore();
    const { email, password } = demoAccount('MEMBER');
    expect(await authenticate(store, `  ${email.toUpperCase()} `, password, '10.0.0.2')).not.toBeNull();
    expect(await authenticate(store, email, password.toUpperCase(), '10.0.0.2')).toBeNull();
    expect(await authenticate(store, email, ` ${password}`, '10.0.0.2')).toBeNull();
  });

  test('refuses unknown emails and wrong passwords alike', async () => {
    const { store } = await readyStore();
    expect(await authenticate(store, 'nessuno@rizoma.example', 'qualcosa di lungo', '10.0.0.3')).toBeNull();
    expect(await authenticate(store, demoAccount('STAFF').email, 'password sbagliata', '10.0.0.3')).toBeNull();
  });

  test('ten failures lock the (email, address) pair, not the account from elsewhere', async () => {
    const { store } = await readyStore();
    const { email, password } = demoAccount('MEMBER');
    for (let i = 0; i < PAIR_LIMIT; i++) {
      expect(checkSignIn(email, '10.9.9.9').blocked).toBe(false);
      await authenticate(store, email, `sbagliata-${i}-xxxxxx`, '10.9.9.9');
    }
    expect(checkSignIn(email, '10.9.9.9')).toMatchObject({ blocked: true });
    expect(checkSignIn(email, '10.9.9.9').retryAfterSeconds).toBeGreaterThan(0);
    // The real owner, from another address, is not locked out.
    expect(checkSignIn(email, '10.1.1.1').blocked).toBe(false);
    expect(await authenticate(store, email, password, '10.1.1.1')).not.toBeNull();
  });

  test('failures slow the next attempts down before locking', async () => {
    const { store } = await readyStore();
    const { email } = demoAccount('STAFF');
    for (let i = 0; i < 5; i++) await authenticate(store, email, `sbagliata-${i}-xxxxxx`, '10.8.8.8');
    expect(checkSignIn(email, '10.8.8.8').delayMs).toBeGreaterThan(0);
  });
});

describe('sessions in the API', () => {
  test('a visitor is nobody', async () => {
    const res = await postGraphQL<{ me: null }>(ME);
    expect(res.body.data?.me).toBeNull();
  });

  test('a session cookie makes the request the account’s', async () => {
    const { store } = await readyStore();
    const { email } = demoAccount('STAFF');
    const { cookie } = await sessionCookie(store, email);
    const res = await postGraphQL<{ me: { email: string; role: string; person: { name: string } } }>(ME, {}, { cookie });
    expect(res.body.data?.me).toMatchObject({ email, role: 'STAFF' });
    expect(res.body.data?.me.person.name).toBeTruthy();
  });

  test('a forged or garbled cookie is a visitor, never an error', async () => {
    const res = await postGraphQL<{ me: null }>(ME, {}, { cookie: 'next-auth.session-token=not-a-token' });
    expect(res.status).toBe(200);
    expect(res.body.data?.me).toBeNull();
  });

  test('signOutEverywhere revokes the token it was called with (and every other)', async () => {
    const { store } = await readyStore();
    const { cookie } = await sessionCookie(store, demoAccount('ADMIN').email);
    const out = await postGraphQL<{ signOutEverywhere: boolean }>('mutation { signOutEverywhere }', {}, { cookie });
    expect(out.body.data?.signOutEverywhere).toBe(true);
    for (let i = 0; i < 3; i++) {
      const replay = await postGraphQL<{ me: null }>(ME, {}, { cookie });
      expect(replay.body.data?.me).toBeNull();
    }
  });

  test('revoking sessions in the store stops an old token on its next request', async () => {
    const { store } = await readyStore();
    const { email } = demoAccount('MEMBER');
    const { cookie } = await sessionCookie(store, email);
    expect((await postGraphQL<{ me: unknown }>(ME, {}, { cookie })).body.data?.me).not.toBeNull();
    const account = await findAccountByEmail(store, email);
    await revokeSessions(store, account!.id);
    expect((await postGraphQL<{ me: unknown }>(ME, {}, { cookie })).body.data?.me).toBeNull();
  });

  test('signOutEverywhere needs a session', async () => {
    const res = await postGraphQL('mutation { signOutEverywhere }');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
