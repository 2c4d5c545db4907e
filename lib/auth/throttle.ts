/**
 * Sign-in throttling, in memory (one process serves a Kùzu store; a Neo4j cluster of app
 * servers would keep these counters per server, which only makes the limits looser by the
 * number of servers).
 *
 * Failures are counted per (account email, client address) and per address:
 * - from the 4th failure of a pair, each further attempt is answered after a growing
 *   delay (slowed down);
 * - after 10 failures of a pair within 15 minutes the pair is locked for 15 minutes: the
 *   11th attempt gets 429 and the password hash is not even computed;
 * - after 100 failures from one address within 24 hours the address is blocked.
 * The real owner signing in from another address is never locked out by an attacker
 * (no lockout denial of service), and a success clears the pair's count.
 */

export const PAIR_LIMIT = 10;
export const PAIR_WINDOW_MS = 15 * 60 * 1000;
export const ADDRESS_LIMIT = 100;
export const ADDRESS_WINDOW_MS = 24 * 60 * 60 * 1000;
const SLOW_AFTER = 3;
const SLOW_STEP_MS = 250;
const SLOW_MAX_MS = 2000;
const MAX_KEYS = 100_000;

interface Counter {
  failures: number;
  since: number;
}

interface ThrottleState {
  pairs: Map<string, Counter>;
  addresses: Map<string, Counter>;
}

const state: ThrottleState = ((globalThis as { __rizomaThrottle?: ThrottleState }).__rizomaThrottle ??= {
  pairs: new Map(),
  addresses: new Map(),
});

function current(map: Map<string, Counter>, key: string, windowMs: number, now: number): Counter | undefined {
  const c = map.get(key);
  if (c && now - c.since > windowMs) {
    map.delete(key);
    return undefined;
  }
  return c;
}

function bump(map: Map<string, Counter>, key: string, windowMs: number, now: number): void {
  const c = current(map, key, windowMs, now);
  if (c) c.failures += 1;
  else {
    // Bounded memory under a flood of made-up emails: forget the oldest entry.
    if (map.size >= MAX_KEYS) {
      const oldest = map.keys().next();
      if (!oldest.done) map.delete(oldest.value);
    }
    map.set(key, { failures: 1, since: now });
  }
}

const pairKey = (email: string, address: string) => `${email}\u0000${address}`;

export interface ThrottleDecision {
  /** Refuse without checking the password (HTTP 429). */
  blocked: boolean;
  /** Seconds until an attempt may succeed again, for Retry-After. */
  retryAfterSeconds: number;
  /** Wait this long before answering (slow-down). */
  delayMs: number;
}

/** Whether a sign-in attempt for `email` from `address` may go ahead now. */
export function checkSignIn(email: string, address: string, now = Date.now()): ThrottleDecision {
  const byAddress = current(state.addresses, address, ADDRESS_WINDOW_MS, now);
  if (byAddress && byAddress.failures >= ADDRESS_LIMIT) {
    return { blocked: true, retryAfterSeconds: Math.ceil((byAddress.since + ADDRESS_WINDOW_MS - now) / 1000), delayMs: 0 };
  }
  const pair = current(state.pairs, pairKey(email, address), PAIR_WINDOW_MS, now);
  if (pair && pair.failures >= PAIR_LIMIT) {
    return { blocked: true, retryAfterSeconds: Math.ceil((pair.since + PAIR_WINDOW_MS - now) / 1000), delayMs: 0 };
  }
  const failures = pair?.failures ?? 0;
  const delayMs = failures < SLOW_AFTER ? 0 : Math.min(SLOW_MAX_MS, (failures - SLOW_AFTER + 1) * SLOW_STEP_MS);
  return { blocked: false, retryAfterSeconds: 0, delayMs };
}

/** Counts a failed attempt. */
export function recordSignInFailure(email: string, address: string, now = Date.now()): void {
  bump(state.pairs, pairKey(email, address), PAIR_WINDOW_MS, now);
  bump(state.addresses, address, ADDRESS_WINDOW_MS, now);
}

/** A successful sign-in clears the pair (the address keeps its count: it may be shared by an attacker). */
export function recordSignInSuccess(email: string, address: string): void {
  state.pairs.delete(pairKey(email, address));
}

/** Forgets every counter (tests). */
export function resetThrottle(): void {
  state.pairs.clear();
  state.addresses.clear();
}
