import * as tf from '@tensorflow/tfjs-core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectClose,
  expectSameOnBothBackends,
  randomInput,
  runOn,
  setUpBackends,
  weightedSumGrads,
  type Input,
} from './backendPair';

const poolCase = fc
  .record({
    batch: fc.integer({ min: 1, max: 3 }),
    channels: fc.integer({ min: 1, max: 4 }),
    filter: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
    strides: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
    extra: fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })),
    pad: fc.constantFrom<'same' | 'valid'>('same', 'valid'),
    // undefined: distinct random values; a number: integers in [-levels, levels], so windows tie.
    levels: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
    seed: fc.nat(),
  })
  .map(({ filter: [fh, fw], extra: [eh, ew], ...rest }) => ({ ...rest, fh, fw, height: fh + eh, width: fw + ew }));

const poolGrads = (filter: [number, number], strides: [number, number], pad: 'same' | 'valid') =>
  weightedSumGrads(x => tf.maxPool(x as tf.Tensor4D, filter, strides, pad));

describe('wasm MaxPoolGrad', () => {
  beforeAll(setUpBackends);

  it('gives the cpu backend’s gradients: any window/stride (overlapping too), signed inputs and ties', async () => {
    await fc.assert(
      fc.asyncProperty(poolCase, async c => {
        const x = randomInput([c.batch, c.height, c.width, c.channels], c.seed, c.levels);
        await expectSameOnBothBackends([x], poolGrads([c.fh, c.fw], c.strides, c.pad), JSON.stringify(c));
      }),
      { numRuns: 300 },
    );
  });

  it('passes the gradient of windows whose values are all negative (the built-in kernel drops it)', async () => {
    const negative: Input = { shape: [1, 4, 4, 1], values: new Float32Array(16).map((_, i) => -1 - i) };
    const [grad] = await runOn('wasm', [negative], poolGrads([2, 2], [2, 2], 'valid'));
    const [reference] = await runOn('cpu', [negative], poolGrads([2, 2], [2, 2], 'valid'));
    expectClose(grad!, reference!, 'all-negative windows');
    expect(grad!.filter(v => v !== 0)).toHaveLength(4);
  });

  it('gives no gradient to a window of −∞ (as the cpu backend), on the 2×2 and the general path', async () => {
    const values = new Float32Array([
      -Infinity,
      -Infinity,
      1,
      2,
      -Infinity,
      -Infinity,
      3,
      4,
      5,
      6,
      7,
      8,
      9,
      10,
      11,
      12,
    ]);
    const input: Input = { shape: [1, 4, 4, 1], values };
    for (const [filter, strides] of [
      [
        [2, 2],
        [2, 2],
      ],
      [
        [2, 2],
        [1, 1],
      ],
    ] as [[number, number], [number, number]][]) {
      const [grad] = await runOn('wasm', [input], poolGrads(filter, strides, 'valid'));
      const [reference] = await runOn('cpu', [input], poolGrads(filter, strides, 'valid'));
      expectClose(grad!, reference!, `filter ${filter} strides ${strides}`);
    }
  });

  it('sends a tied window’s gradient to its first maximum only', async () => {
    const flat = (size: number): Input => ({
      shape: [1, size, size, 1],
      values: new Float32Array(size * size).fill(3),
    });
    const poolSum = (strides: number) => (x: tf.Tensor) =>
      tf.grads(y => tf.sum(tf.maxPool(y as tf.Tensor4D, 2, strides, 'valid')))([x]);
    const [tiled] = await runOn('wasm', [flat(2)], poolSum(2));
    expect(Array.from(tiled!)).toEqual([1, 0, 0, 0]);
    // Four overlapping windows, each sending its gradient to its own top-left cell.
    const [overlapping] = await runOn('wasm', [flat(3)], poolSum(1));
    expect(Array.from(overlapping!)).toEqual([1, 1, 0, 1, 1, 0, 0, 0, 0]);
  });

  it('matches at the CIFAR-net pooling sizes (odd input: the last row and column are dropped)', async () => {
    for (const shape of [
      [4, 30, 30, 32],
      [4, 13, 13, 64],
    ]) {
      await expectSameOnBothBackends([randomInput(shape, 5)], poolGrads([2, 2], [2, 2], 'valid'), `${shape}`);
    }
  });
});
