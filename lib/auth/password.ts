import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import { withHashSlot } from './hash-slots';

/**
 * Password hashing with Argon2id (@node-rs/argon2), the memory-hard function OWASP
 * recommends. Parameters: m = 19456 KiB (19 MiB), t = 2, p = 1 — OWASP's baseline, about
 * 80 ms per hash on the 2-core CI machine. They are written into the PHC string
 * (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`), so they can be raised later: a hash with
 * weaker parameters (or a legacy scrypt hash from the first seed) verifies and is
 * replaced on the next successful sign-in (`needsRehash`).
 */
/** `algorithm: 2` is Argon2id (the package's const enum cannot be imported under isolatedModules). */
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy';

/** Hashes a password for storage. */
export async function hashPassword(password: string): Promise<string> {
  return withHashSlot(() => argon2Hash(password, ARGON2_OPTIONS));
}

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [, n, r, p, salt, key] = stored.split('$');
  if (!n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Checks a password against a stored hash (Argon2id, or legacy scrypt); false for malformed hashes. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  try {
    if (stored.startsWith('$argon2')) return await withHashSlot(() => argon2Verify(stored, password));
    if (stored.startsWith('scrypt$')) return await withHashSlot(() => verifyScrypt(password, stored));
    return false;
  } catch {
    return false;
  }
}

/** Whether a stored hash is weaker than today's parameters and should be replaced. */
export function needsRehash(stored: string): boolean {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(stored);
  if (!match) return true;
  return Number(match[1]) < ARGON2_OPTIONS.memoryCost || Number(match[2]) < ARGON2_OPTIONS.timeCost;
}

/**
 * A hash of a random password, verified against when the email is unknown so that an
 * unknown account and a wrong password take the same time (no account enumeration).
 */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(24).toString('base64url'));
  return dummy;
}

