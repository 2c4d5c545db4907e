import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Request budgets for /api/graphql (../shared/RELIABILITY.md test 19): a visitor gets
 * RIZOMA_RATE_LIMIT_ANONYMOUS requests per minute per client address (default 60), a
 * signed-in account RIZOMA_RATE_LIMIT_MEMBER per minute (default 600); 0 turns a budget
 * off. Server components run operations in-process (graphql/execute.ts) and are not
 * counted. The counters live in this process's memory: one app process per data folder
 * (DESIGN.md) makes that the whole picture.
 */
export type Caller = { kind: 'anonymous'; address: string } | { kind: 'member'; accountId: string };

const DEFAULTS = { anonymous: 60, member: 600 } as const;
const WINDOW_SECONDS = 60;

/** The per-minute budget for a kind of caller, read from the environment on every call (tests change it). */
export function budgetPerMinute(kind: Caller['kind'], env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = kind === 'anonymous' ? env.RIZOMA_RATE_LIMIT_ANONYMOUS : env.RIZOMA_RATE_LIMIT_MEMBER;
  if (raw === undefined || raw.trim() === '') return DEFAULTS[kind];
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : DEFAULTS[kind];
}

// One limiter per (kind, budget): a changed budget starts a fresh count.
const state = globalThis as { __rizomaRateLimiters?: Map<string, RateLimiterMemory> };

function limiterFor(kind: Caller['kind'], points: number): RateLimiterMemory {
  state.__rizomaRateLimiters ??= new Map();
  const key = `${kind}:${points}`;
  let limiter = state.__rizomaRateLimiters.get(key);
  if (!limiter) {
    limiter = new RateLimiterMemory({ keyPrefix: `graphql-${kind}`, points, duration: WINDOW_SECONDS });
    state.__rizomaRateLimiters.set(key, limiter);
  }
  return limiter;
}

/** Outcome of counting one request: allowed, or refused with the seconds to wait. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; limit: number };

/** Counts one request against the caller's budget. */
export async function consumeRequest(caller: Caller): Promise<RateDecision> {
  const points = budgetPerMinute(caller.kind);
  if (points === 0) return { allowed: true };
  const key = caller.kind === 'anonymous' ? caller.address : caller.accountId;
  try {
    await limiterFor(caller.kind, points).consume(key);
    return { allowed: true };
  } catch (rejection) {
    // The memory limiter rejects with a RateLimiterRes; anything else is a bug, not a limit.
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)), limit: points };
  }
}

/** Forgets every count (tests). */
export function resetRateLimits(): void {
  state.__rizomaRateLimiters?.clear();
}
