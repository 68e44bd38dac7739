import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allIndices } from '../../../engine/data/gather';
import { mulberry32 } from '../../../engine/data/random';
import { planTrainValidation, plannedSplitSizes, stratifiedPick, stratifiedQuotas } from '../../../engine/data/splits';

const countByClass = (labels: ArrayLike<number>, indices: ArrayLike<number>) => {
  const counts = new Map<number, number>();
  for (let i = 0; i < indices.length; i++)
    counts.set(labels[indices[i]!]!, (counts.get(labels[indices[i]!]!) ?? 0) + 1);
  return counts;
};

/** 1000 labels, class c has (c + 1) × 1000 / 55 members roughly: uneven on purpose. */
const labels = Uint8Array.from({ length: 1000 }, (_, i) => {
  let k = i % 55,
    c = 0;
  while (k > c) {
    k -= c + 1;
    c++;
  }
  return c;
});

describe('stratifiedQuotas', () => {
  it('sums exactly to the total and keeps each class within one of its share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(50), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (sizes, fraction) => {
          const all = sizes.reduce((a, b) => a + b, 0);
          const total = Math.round(fraction * all);
          const quotas = stratifiedQuotas(sizes, total);
          expect(quotas.reduce((a, b) => a + b, 0)).toBe(total);
          quotas.forEach((q, c) => {
            expect(q).toBeLessThanOrEqual(sizes[c]!);
            expect(Math.abs(q - (sizes[c]! * total) / (all || 1))).toBeLessThan(1);
          });
        },
      ),
    );
  });

  it('breaks ties toward the lower class', () => {
    expect(stratifiedQuotas([5, 3, 2], 5)).toEqual([3, 1, 1]);
    expect(stratifiedQuotas([1, 1, 1], 2)).toEqual([1, 1, 0]);
  });
});

describe('stratifiedPick', () => {
  it('splits the pool into two disjoint sorted halves that cover it', () => {
    const pool = allIndices(labels.length);
    const { picked, rest } = stratifiedPick(labels, pool, 200, mulberry32(1));
    expect(picked.length).toBe(200);
    expect(rest.length).toBe(800);
    expect([...picked, ...rest].sort((a, b) => a - b)).toEqual([...pool]);
    expect([...picked]).toEqual([...picked].sort((a, b) => a - b));
  });

  it('keeps every class in proportion', () => {
    const { picked } = stratifiedPick(labels, allIndices(labels.length), 200, mulberry32(1));
    const whole = countByClass(labels, allIndices(labels.length));
    const part = countByClass(labels, picked);
    for (const [c, n] of whole) expect(Math.abs((part.get(c) ?? 0) - n * 0.2)).toBeLessThan(1);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const pick = (seed: number) => [...stratifiedPick(labels, allIndices(labels.length), 100, mulberry32(seed)).picked];
    expect(pick(5)).toEqual(pick(5));
    expect(pick(5)).not.toEqual(pick(6));
  });
});

describe('planTrainValidation', () => {
  const pool = allIndices(labels.length);

  it('sizes add up, are deterministic, and both splits are stratified', () => {
    const plan = planTrainValidation(labels, pool, { validationSplit: 0.2, seed: 42 });
    expect(plan.train.length + plan.validation.length).toBe(1000);
    expect(plan.validation.length).toBe(200);
    expect(planTrainValidation(labels, pool, { validationSplit: 0.2, seed: 42 })).toEqual(plan);
    const whole = countByClass(labels, pool);
    const train = countByClass(labels, plan.train),
      validation = countByClass(labels, plan.validation);
    for (const [c, n] of whole) {
      expect(Math.abs(validation.get(c)! - n * 0.2)).toBeLessThan(1);
      expect(Math.abs(train.get(c)! - n * 0.8)).toBeLessThan(1);
    }
  });

  it('gives a different validation set for a different seed', () => {
    const a = planTrainValidation(labels, pool, { validationSplit: 0.2, seed: 1 });
    const b = planTrainValidation(labels, pool, { validationSplit: 0.2, seed: 2 });
    expect([...a.validation]).not.toEqual([...b.validation]);
  });

  it('limit keeps a stratified subset of train and leaves validation alone', () => {
    const full = planTrainValidation(labels, pool, { validationSplit: 0.1, seed: 3 });
    const small = planTrainValidation(labels, pool, { validationSplit: 0.1, seed: 3, limit: 90 });
    expect(small.validation).toEqual(full.validation);
    expect(small.train.length).toBe(90);
    expect(new Set(full.train)).toEqual(new Set([...full.train, ...small.train]));
    const trainAll = countByClass(labels, full.train),
      trainSmall = countByClass(labels, small.train);
    for (const [c, n] of trainAll)
      expect(Math.abs((trainSmall.get(c) ?? 0) - (n * 90) / full.train.length)).toBeLessThan(1);
  });

  it('validationSplit 0 keeps the whole pool as train', () => {
    const plan = planTrainValidation(labels, pool, { validationSplit: 0, seed: 9 });
    expect(plan.validation.length).toBe(0);
    expect([...plan.train]).toEqual([...pool]);
  });

  it('plannedSplitSizes predicts the plan exactly', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.option(fc.integer({ min: 1, max: 1200 }), { nil: undefined }),
        fc.nat(),
        (validationSplit, limit, seed) => {
          const opts = { validationSplit, seed, ...(limit !== undefined && { limit }) };
          const plan = planTrainValidation(labels, pool, opts);
          expect(plannedSplitSizes(pool.length, opts)).toEqual({
            train: plan.train.length,
            validation: plan.validation.length,
          });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('rejects a validation split outside 0–0.5 and a limit below 1', () => {
    expect(() => planTrainValidation(labels, pool, { validationSplit: 0.7, seed: 1 })).toThrow(/validationSplit/);
    expect(() => planTrainValidation(labels, pool, { validationSplit: 0.1, seed: 1, limit: 0 })).toThrow(/limit/);
  });
});
