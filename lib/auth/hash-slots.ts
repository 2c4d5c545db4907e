/**
 * Password hashing runs one at a time, with a short queue. Argon2id is built to cost
 * memory and CPU (about 80 ms of one core here); 200 concurrent wrong sign-ins hashing at
 * once took both cores and made unrelated page reads 30–50 times slower
 * (../shared/RELIABILITY.md test 33). With one slot, sign-ins use at most one core and
 * the rest of the site keeps the other; past the queue the sign-in route answers 503
 * with Retry-After before reading the password (`admitSignIn`).
 */
export const HASH_SLOTS = 1;
export const HASH_QUEUE = 32;

let running = 0;
const waiting: (() => void)[] = [];

let signIns = 0;

/**
 * Admits one sign-in request, or null when HASH_SLOTS + HASH_QUEUE are already in
 * progress (the route then answers 503). Counted from the request's arrival, since its
 * hash starts only after next-auth has read the form and the account.
 */
export function admitSignIn(): (() => void) | null {
  if (signIns >= HASH_SLOTS + HASH_QUEUE) return null;
  signIns += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    signIns -= 1;
  };
}

/** Runs one hash or verification when a slot is free. */
export async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= HASH_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await work();
  } finally {
    // The slot passes straight to the next in line, or is freed.
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}
