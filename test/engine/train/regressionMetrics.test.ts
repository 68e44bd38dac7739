/** Regression metrics: MSE, MAE, RMSE and R² as defined, an even scatter sample, the worst predictions with images. */
import { describe, expect, it } from 'vitest';
import type { SplitSource } from '../../../engine/core/data/types';
import { RegressionAccumulator } from '../../../engine/train/regressionMetrics';

const imageOf = (index: number) => new Uint8Array([index, index]);
const source = { item: async (index: number) => ({ pixels: imageOf(index), targets: [] }) } as unknown as SplitSource;

describe('RegressionAccumulator', () => {
  it('computes MSE, MAE, RMSE and R² over every target of every image, across batches', async () => {
    const truth = [1, 2, 3, 4],
      predicted = [1.5, 2, 2, 4];
    const acc = new RegressionAccumulator(4, 1);
    acc.add([0, 1], truth.slice(0, 2), predicted.slice(0, 2));
    acc.add([2, 3], truth.slice(2), predicted.slice(2));
    const m = await acc.finish();
    expect(m).toMatchObject({ task: 'regression', count: 4 });
    expect(m.loss).toBeCloseTo((0.25 + 1) / 4, 12);
    expect(m.mae).toBeCloseTo(1.5 / 4, 12);
    expect(m.rmse).toBeCloseTo(Math.sqrt(1.25 / 4), 12);
    // Total sum of squares around the mean 2.5: 2.25 + 0.25 + 0.25 + 2.25 = 5.
    expect(m.r2).toBeCloseTo(1 - 1.25 / 5, 12);
  });

  it('takes R² over several targets, each around its own mean', async () => {
    const acc = new RegressionAccumulator(2, 2);
    acc.add([0, 1], [0, 10, 2, 30], [0, 10, 2, 30]);
    expect((await acc.finish()).r2).toBe(1);
    const mean = new RegressionAccumulator(2, 2);
    mean.add([0, 1], [0, 10, 2, 30], [1, 20, 1, 20]);
    expect((await mean.finish()).r2).toBeCloseTo(0, 12);
  });

  it('keeps at most 1,000 scatter points, evenly spread, and every point of a small split', async () => {
    const big = new RegressionAccumulator(2500, 1);
    const indices = Array.from({ length: 2500 }, (_, i) => i);
    big.add(indices, indices, indices);
    const { points } = await big.finish();
    expect(points).toHaveLength(1000);
    const gaps = points.slice(1).map((p, i) => p.index - points[i]!.index);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
    const small = new RegressionAccumulator(3, 1);
    small.add([0, 1, 2], [5, 6, 7], [5, 5, 5]);
    expect((await small.finish()).points).toEqual([
      { index: 0, truth: 5, predicted: 5 },
      { index: 1, truth: 6, predicted: 5 },
      { index: 2, truth: 7, predicted: 5 },
    ]);
  });

  it('lists the 8 worst predictions, worst first, with their images from the split', async () => {
    const acc = new RegressionAccumulator(20, 1);
    const indices = Array.from({ length: 20 }, (_, i) => i);
    // Image i is off by (i * 7) % 20: a scrambled order of errors.
    acc.add(
      indices,
      indices.map(() => 0),
      indices.map(i => (i * 7) % 20),
    );
    const { worst } = await acc.finish(source);
    expect(worst.map(w => w.predicted[0])).toEqual([19, 18, 17, 16, 15, 14, 13, 12]);
    expect(worst.map(w => w.index)).toEqual([17, 14, 11, 8, 5, 2, 19, 16]);
    expect(Array.from(worst[0]!.image)).toEqual([17, 17]);
    expect(worst[0]!.truth).toEqual([0]);
  });
});
