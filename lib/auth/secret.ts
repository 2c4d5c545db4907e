import { randomBytes } from 'node:crypto';

/**
 * The secret that signs session tokens. Production needs one of at least 32 bytes from
 * the environment (NEXTAUTH_SECRET); `npm start` generates one for local runs and keeps
 * it in the data folder (scripts/start.mjs), so sessions survive restarts.
 */
export const MIN_SECRET_BYTES = 32;

/** Why the configured secret is unusable in production, or null when it is fine. */
export function secretProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  const secret = env.NEXTAUTH_SECRET ?? '';
  if (!secret) {
    return 'NEXTAUTH_SECRET is not set. Set it to a random value of at least 32 bytes, for example: NEXTAUTH_SECRET=$(openssl rand -base64 48)';
  }
  if (Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) {
    return `NEXTAUTH_SECRET is too short (${Buffer.byteLength(secret, 'utf8')} bytes; at least ${MIN_SECRET_BYTES} are needed). Generate one with: openssl rand -base64 48`;
  }
  return null;
}

/**
 * The secret in use: NEXTAUTH_SECRET, or outside production a random one per process
 * (`next dev`, tests), so development needs no set-up. Production never gets here
 * without a valid secret: instrumentation.ts stops the server first.
 */
export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.NODE_ENV === 'production') throw new Error(secretProblem(env) ?? 'NEXTAUTH_SECRET is not set');
  const holder = globalThis as { __rizomaDevSecret?: string };
  holder.__rizomaDevSecret ??= randomBytes(48).toString('base64url');
  return holder.__rizomaDevSecret;
}
