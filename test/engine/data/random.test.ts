import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deriveSeed, mulberry32, seededShuffle, shuffleInPlace } from '../../../engine/data/random';

describe('mulberry32', () => {
  it('replays the same stream for the same seed and stays in [0, 1)', () => {
    const a = mulberry32(42),
      b = mulberry32(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every(v => v >= 0 && v < 1)).toBe(true);
    expect(draws[0]).toBe(0.6011037519201636);
  });

  it('gives roughly uniform draws', () => {
    const next = mulberry32(7);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) buckets[Math.floor(next() * 10)]++;
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe('deriveSeed', () => {
  it('separates purposes and seeds, deterministically', () => {
    expect(deriveSeed(42, 'validation')).toBe(deriveSeed(42, 'validation'));
    expect(deriveSeed(42, 'validation')).not.toBe(deriveSeed(42, 'limit'));
    expect(deriveSeed(42, 'validation')).not.toBe(deriveSeed(43, 'validation'));
  });
});

describe('seededShuffle', () => {
  it('returns a permutation of 0..n-1, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.nat(), (n, seed) => {
        const order = seededShuffle(n, seed);
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(seededShuffle(n, seed)).toEqual(order);
      }),
    );
  });

  it('gives different orders for different seeds (epochs)', () => {
    expect([...seededShuffle(100, 1)]).not.toEqual([...seededShuffle(100, 2)]);
  });

  it('shuffleInPlace mutates and returns the array it was given', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const result = shuffleInPlace(items, mulberry32(3));
    expect(result).toBe(items);
    expect([...items].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
