/** The decoded-image cache: admits until its byte budget is spent, then keeps what it has. */
import { describe, expect, it } from 'vitest';
import { ByteBudget, ImageCache } from '../../../../engine/data/stream/imageCache';
import { cacheBudgetBytes, decodeThreads } from '../../../../engine/data/stream/settings';

const image = (value: number, bytes = 4) => new Uint8Array(bytes).fill(value);

describe('ImageCache', () => {
  it('admits images until the budget is spent, then refuses the rest and evicts nothing', () => {
    const budget = new ByteBudget(10 * 4);
    const cache = new ImageCache(100, 4, budget);
    const admitted = Array.from({ length: 100 }, (_, i) => cache.admit(i, image(i)));
    expect(admitted.filter(Boolean)).toHaveLength(10);
    expect(admitted.slice(0, 10).every(Boolean)).toBe(true);
    expect(cache.stored).toBe(10);
    expect(cache.bytes).toBeLessThanOrEqual(budget.limit);
    for (let i = 0; i < 10; i++) expect(Array.from(cache.get(i)!)).toEqual([i, i, i, i]);
    expect(cache.get(10)).toBeUndefined();
    expect(cache.has(50)).toBe(false);
  });

  it('shares one budget between the splits: the first to read fills it', () => {
    const budget = new ByteBudget(6 * 4);
    const train = new ImageCache(5, 4, budget),
      validation = new ImageCache(5, 4, budget);
    for (let i = 0; i < 5; i++) train.admit(i, image(i));
    for (let i = 0; i < 5; i++) validation.admit(i, image(100 + i));
    expect([train.stored, validation.stored]).toEqual([5, 1]);
    expect(train.bytes + validation.bytes).toBe(24);
  });

  it('allocates no more than the images it may hold, and copies (a later change to the source does not leak in)', () => {
    const cache = new ImageCache(3, 1000, new ByteBudget(1 << 30));
    const source = image(7, 1000);
    cache.admit(2, source);
    source.fill(9);
    expect(cache.get(2)![0]).toBe(7);
    expect(cache.bytes).toBe(3000);
  });

  it('holds nothing with a zero budget', () => {
    const cache = new ImageCache(3, 4, new ByteBudget(0));
    expect(cache.admit(0, image(1))).toBe(false);
    expect(cache.bytes).toBe(0);
  });
});

describe('stream settings', () => {
  it('caches min(25% of memory, 4 GiB) unless CONVAS_DATA_CACHE_MB says otherwise', () => {
    expect(cacheBudgetBytes({}, 8 * 2 ** 30)).toBe(2 * 2 ** 30);
    expect(cacheBudgetBytes({}, 64 * 2 ** 30)).toBe(4 * 2 ** 30);
    expect(cacheBudgetBytes({ CONVAS_DATA_CACHE_MB: '0' }, 64 * 2 ** 30)).toBe(0);
    expect(cacheBudgetBytes({ CONVAS_DATA_CACHE_MB: '300' })).toBe(300 * 2 ** 20);
    expect(() => cacheBudgetBytes({ CONVAS_DATA_CACHE_MB: 'lots' })).toThrow(/CONVAS_DATA_CACHE_MB/);
  });

  it('decodes on every core (at least one) unless CONVAS_DECODE_THREADS says otherwise', () => {
    expect(decodeThreads({}, 8)).toBe(8);
    expect(decodeThreads({}, 0)).toBe(1);
    expect(decodeThreads({ CONVAS_DECODE_THREADS: '3' }, 8)).toBe(3);
    expect(() => decodeThreads({ CONVAS_DECODE_THREADS: '0' })).toThrow(/CONVAS_DECODE_THREADS/);
  });
});
