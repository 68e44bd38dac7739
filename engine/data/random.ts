/** Seeded randomness: the same seed gives the same split on every machine and run. */

/** A PRNG returning floats in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: a tiny, fast 32-bit PRNG, plenty for shuffling datasets.
 * @example
 * const next = mulberry32(42);
 * next(); // 0.6011037519201636, every time
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mixes a seed with a purpose tag, so that the validation carve and the subset pick made
 * from one project seed draw independent streams instead of repeating each other.
 * @example
 * mulberry32(deriveSeed(seed, 'validation'));
 */
export function deriveSeed(seed: number, purpose: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < purpose.length; i++) {
    h = Math.imul(h ^ purpose.charCodeAt(i), 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}

/**
 * Fisher–Yates shuffle in place, driven by `random`; returns the same array.
 * @example
 * shuffleInPlace([0, 1, 2, 3], mulberry32(7)); // a fixed permutation of 0..3
 */
export function shuffleInPlace<A extends { length: number; [index: number]: unknown }>(items: A, random: Random): A {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = items[i];
    items[i] = items[j];
    items[j] = held;
  }
  return items;
}

/**
 * A seeded permutation of 0..count − 1, e.g. one epoch's visiting order.
 * @example
 * const order = seededShuffle(train.count, seed + epoch); // same order for the same seed and epoch
 */
export function seededShuffle(count: number, seed: number): Uint32Array {
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  return shuffleInPlace(order, mulberry32(deriveSeed(seed, 'shuffle')));
}
