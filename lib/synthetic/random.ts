import { createHash } from 'node:crypto';

/**
 * Seeded randomness for the synthetic community: the same seed gives the same
 * community on every machine. Never Math.random.
 */

export type Random = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An independent stream per purpose (people, organizations...), so adding draws to one
 * part of the generator does not reshuffle every other part.
 */
export function stream(seed: number, purpose: string): Random {
  return mulberry32(createHash('sha1').update(`${seed}:${purpose}`).digest().readUInt32LE(0));
}

/** An integer in [min, max]. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list, uniformly. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** A value drawn by weight from `[value, weight]` pairs. */
export function weighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  let x = random() * total;
  for (const [value, w] of choices) {
    if ((x -= w) < 0) return value;
  }
  const last = choices[choices.length - 1];
  if (!last) throw new Error('weighted pick from no choices');
  return last[0];
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Draws ranks in [0, n) with Zipf popularity: rank r has weight 1 / (r + 1)^exponent, so
 * a few ranks are very popular and most form a long tail. Binary search over the
 * cumulative weights: O(log n) a draw.
 */
export function zipf(n: number, exponent: number): (random: Random) => number {
  if (n < 1) throw new Error('zipf over an empty range');
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) cumulative[r] = total += 1 / Math.pow(r + 1, exponent);
  return (random) => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? total) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
