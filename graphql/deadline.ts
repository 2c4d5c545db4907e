/**
 * The time one GraphQL request may take end to end (../shared/RELIABILITY.md test 18):
 * RIZOMA_REQUEST_TIMEOUT_MS, default 8 s, so a hung resolver or database call ends the
 * request within 10 s. The database adapters have their own, shorter statement timeouts;
 * this is the last line, for anything else that never settles.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 8000;

/** The request deadline in milliseconds, read from the environment on every call (tests change it). */
export function requestTimeoutMs(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const value = Number(env.RIZOMA_REQUEST_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_REQUEST_TIMEOUT_MS;
}

/**
 * Settles with `work`, or with `onTimeout()` once `ms` have passed, whichever comes
 * first. The work is not cancelled (a promise cannot be): its late result is dropped.
 */
export async function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
