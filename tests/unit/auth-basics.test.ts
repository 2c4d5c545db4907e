import { hashPassword, needsRehash, passwordProblem, verifyPassword } from '@/lib/auth/password';
import { canSeeContact, type Viewer } from '@/lib/auth/viewer';

const member: Viewer = { accountId: 'a1', personId: 'p1', role: 'MEMBER' };
const staff: Viewer = { accountId: 'a2', personId: 'p2', role: 'STAFF' };
const admin: Viewer = { accountId: 'a3', personId: 'p3', role: 'ADMIN' };

describe('canSeeContact', () => {
  test.each([
    ['PUBLIC', null, true],
    ['PUBLIC', member, true],
    ['MEMBERS', null, false],
    ['MEMBERS', member, true],
    ['MEMBERS', staff, true],
    ['STAFF', null, false],
    ['STAFF', member, false],
    ['STAFF', staff, true],
    ['STAFF', admin, true],
    ['SOMETHING-ELSE', member, false],
  ] as const)('%s contact seen by %o: %s', (visibility, viewer, expected) => {
    expect(canSeeContact(viewer, 'someone', visibility)).toBe(expected);
  });

  test('people always see their own contact details', () => {
    expect(canSeeContact(member, 'p1', 'STAFF')).toBe(true);
  });
});

describe('password hashing (Argon2id)', () => {
  test('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('una password lunga e sicura');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=(19456|[2-9]\d{4,}),t=[2-9],p=1\$/);
    expect(needsRehash(hash)).toBe(false);
    await expect(verifyPassword('una password lunga e sicura', hash)).resolves.toBe(true);
    await expect(verifyPassword('una password sbagliata', hash)).resolves.toBe(false);
  });

  test('salts every hash', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'));
  });

  test('still verifies a legacy scrypt hash, and flags it for rehashing', async () => {
    // Written by the first seed (scrypt N=2^15, r=8, p=1) for the password "x".
    const legacy = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$' + (await legacyKey('x'));
    await expect(verifyPassword('x', legacy)).resolves.toBe(true);
    await expect(verifyPassword('y', legacy)).resolves.toBe(false);
    expect(needsRehash(legacy)).toBe(true);
    expect(needsRehash('$argon2id$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA')).toBe(true);
  });

  test('compares the password unmodified: no trimming, no case folding', async () => {
    const hash = await hashPassword(' Spazi E Maiuscole ');
    await expect(verifyPassword('Spazi E Maiuscole', hash)).resolves.toBe(false);
    await expect(verifyPassword(' spazi e maiuscole ', hash)).resolves.toBe(false);
    await expect(verifyPassword(' Spazi E Maiuscole ', hash)).resolves.toBe(true);
  });

  test('policy: 12 to 128 characters, common passwords refused', () => {
    expect(passwordProblem('corta')).toBe('TOO_SHORT');
    expect(passwordProblem('x'.repeat(128))).toBeNull();
    expect(passwordProblem('x'.repeat(129))).toBe('TOO_LONG');
    expect(passwordProblem('Password1234')).toBe('TOO_COMMON');
    expect(passwordProblem('una frase lunga da ricordare')).toBeNull();
  });

  test('refuses malformed stored hashes instead of throwing', async () => {
    await expect(verifyPassword('x', 'md5$abc')).resolves.toBe(false);
    await expect(verifyPassword('x', '')).resolves.toBe(false);
  });
});

async function legacyKey(password: string): Promise<string> {
  const { scryptSync } = await import('node:crypto');
  return scryptSync(password, Buffer.alloc(16), 32, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }).toString('base64url');
}
