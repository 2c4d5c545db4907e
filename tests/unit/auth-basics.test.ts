import { hashPassword, verifyPassword } from '@/lib/auth/password';
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

describe('password hashing (scrypt)', () => {
  test('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('una password lunga e sicura');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    await expect(verifyPassword('una password lunga e sicura', hash)).resolves.toBe(true);
    await expect(verifyPassword('una password sbagliata', hash)).resolves.toBe(false);
  });

  test('salts every hash', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'));
  });

  test('refuses malformed stored hashes instead of throwing', async () => {
    await expect(verifyPassword('x', 'md5$abc')).resolves.toBe(false);
    await expect(verifyPassword('x', '')).resolves.toBe(false);
  });
});
