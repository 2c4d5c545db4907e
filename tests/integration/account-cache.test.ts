import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { accountForSession } from '@/lib/auth/account-cache';
import { findAccountByEmail, revokeSessions, viewerOf } from '@/lib/auth/accounts';
import { prepareStore } from '@/lib/bootstrap';
import type { GraphStore } from '@/lib/graph/store';
import { proposeOrganization } from '@/lib/moderation/propose';

/** The session check's account cache: one statement per account until a write may change it. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rizoma-account-cache-'));
let store: GraphStore;
let statements = 0;
let counted: GraphStore;

beforeAll(async () => {
  process.env.RIZOMA_LOG = 'silent';
  ({ store } = await prepareStore({ ...process.env, RIZOMA_DATA_DIR: dataDir, RIZOMA_SEED_ON_START: 'true', RIZOMA_LOG: 'silent' }));
  counted = Object.create(store) as GraphStore;
  counted.query = (query, params) => {
    statements += 1;
    return store.query(query, params);
  };
}, 120_000);

afterAll(async () => {
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('an account is read once, then served until a write; a sign-out is seen at once', async () => {
  const account = (await findAccountByEmail(store, 'membro@rizoma.example'))!;
  statements = 0;
  expect((await accountForSession(counted, account.id))?.tokenVersion).toBe(account.tokenVersion);
  expect((await accountForSession(counted, account.id))?.tokenVersion).toBe(account.tokenVersion);
  expect(statements).toBe(1);

  // A proposal writes nothing an account cache holds: still no statement.
  await proposeOrganization(store, viewerOf(account), { name: 'Cooperativa Cache di Prova', kind: 'COLLECTIVE', description: 'Una proposta che resta in attesa della redazione.' });
  await accountForSession(counted, account.id);
  expect(statements).toBe(1);

  await revokeSessions(store, account.id);
  expect((await accountForSession(counted, account.id))?.tokenVersion).toBe((account.tokenVersion ?? 0) + 1);
  expect(statements).toBe(2);
});

test('an unknown id is remembered as unknown until the next write', async () => {
  statements = 0;
  expect(await accountForSession(counted, 'no-such-account')).toBeNull();
  expect(await accountForSession(counted, 'no-such-account')).toBeNull();
  expect(statements).toBe(1);
});
