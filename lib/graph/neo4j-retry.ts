import { isRetryableError } from 'neo4j-driver';

/**
 * Our own bounded retry loop for Neo4j units of work (../shared/RELIABILITY.md test 52).
 * The adapter runs explicit transactions, which the driver never retries, so a unit of
 * work is attempted exactly as often as this loop says: a failed attempt is rolled back
 * before the next one starts, and only a committed attempt leaves effects behind.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** No new attempt starts once this much time has passed since the first one began. */
  readonly maxTotalMs: number;
  /** The first pause; each later pause doubles, up to `maxDelayMs`, half of it jittered. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, maxTotalMs: 5_000, baseDelayMs: 50, maxDelayMs: 1_000 };

/** Clock, pause and randomness, injectable so tests run without real waiting. */
export interface RetryEnvironment {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

const realEnvironment: RetryEnvironment = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

const RETRYABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Whether a failed attempt may be tried again: the driver's own verdict (transient
 * errors, lost connections, expired routing), or one of those codes on an error from
 * another copy of the driver (bundlers), recognised by name. Constraint violations,
 * syntax errors, timeouts (a ClientError) and the services' own errors are final.
 */
export function isRetryableNeo4jError(error: unknown): boolean {
  if (isRetryableError(error)) return true;
  if (!(error instanceof Error) || error.name !== 'Neo4jError') return false;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('Neo.TransientError.') || RETRYABLE_CODES.has(code));
}

/** The pause before attempt `next` (2, 3, …): exponential, capped, the upper half random. */
export function backoffMs(next: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (next - 2));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/**
 * Runs `attempt` until it succeeds, fails with an error `isRetryable` rejects, or the
 * policy's attempts or time run out; then throws the last error unchanged.
 */
export async function withRetries<T>(
  attempt: (n: number) => Promise<T>,
  isRetryable: (error: unknown) => boolean,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  env: RetryEnvironment = realEnvironment,
): Promise<T> {
  const started = env.now();
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (!isRetryable(error) || n >= policy.maxAttempts) throw error;
      const pause = backoffMs(n + 1, policy, env.random);
      if (env.now() + pause - started >= policy.maxTotalMs) throw error;
      await env.sleep(pause);
    }
  }
}
