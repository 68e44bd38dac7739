import * as tf from '@tensorflow/tfjs-core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectSameOnBothBackends, randomInput, setUpBackends, weightedSumGrads } from './backendPair';

type Pad = 'same' | 'valid' | [[0, 0], [number, number], [number, number], [0, 0]];

const convCase = fc
  .record({
    batch: fc.integer({ min: 1, max: 3 }),
    inChannels: fc.integer({ min: 1, max: 4 }),
    outChannels: fc.integer({ min: 1, max: 5 }),
    filter: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })),
    strides: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
    extra: fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })),
    pad: fc.oneof(
      fc.constant<'same'>('same'),
      fc.constant<'valid'>('valid'),
      fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3), fc.nat(3)),
    ),
    seed: fc.nat(),
  })
  .map(({ pad, filter: [fh, fw], extra: [eh, ew], ...rest }) => {
    const explicit = Array.isArray(pad) ? pad : [0, 0, 0, 0];
    // The input must hold at least one window after padding.
    const height = Math.max(1, fh - explicit[0]! - explicit[1]!) + eh;
    const width = Math.max(1, fw - explicit[2]! - explicit[3]!) + ew;
    const padding: Pad = Array.isArray(pad)
      ? [
          [0, 0],
          [pad[0], pad[1]],
          [pad[2], pad[3]],
          [0, 0],
        ]
      : pad;
    return { ...rest, fh, fw, height, width, padding };
  });

describe('wasm Conv2DBackpropFilter and Conv2DBackpropInput', () => {
  beforeAll(setUpBackends);

  it('are registered for wasm', () => {
    expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeDefined();
    expect(tf.getKernel('Conv2DBackpropInput', 'wasm')).toBeDefined();
  });

  it('give the cpu backend’s gradients for random shapes, strides 1–3 and paddings', async () => {
    await fc.assert(
      fc.asyncProperty(convCase, async c => {
        const x = randomInput([c.batch, c.height, c.width, c.inChannels], c.seed);
        const w = randomInput([c.fh, c.fw, c.inChannels, c.outChannels], c.seed + 1);
        const conv = (xs: tf.Tensor, ws: tf.Tensor) =>
          tf.conv2d(xs as tf.Tensor4D, ws as tf.Tensor4D, c.strides, c.padding);
        await expectSameOnBothBackends([x, w], weightedSumGrads(conv), JSON.stringify(c));
      }),
      { numRuns: 150 },
    );
  });

  it('match at LeNet/CIFAR layer sizes', async () => {
    for (const [xShape, wShape, padding] of [
      [[8, 28, 28, 1], [5, 5, 1, 6], 'same'],
      [[8, 14, 14, 6], [5, 5, 6, 16], 'valid'],
      [[2, 32, 32, 3], [3, 3, 3, 32], 'same'],
      [[2, 15, 15, 32], [3, 3, 32, 64], 'valid'],
      // Large enough for the two-step transpose of x.
      [[2, 64, 64, 16], [3, 3, 16, 4], 'valid'],
    ] as const) {
      const conv = (xs: tf.Tensor, ws: tf.Tensor) => tf.conv2d(xs as tf.Tensor4D, ws as tf.Tensor4D, 1, padding);
      await expectSameOnBothBackends(
        [randomInput([...xShape], 1), randomInput([...wShape], 2)],
        weightedSumGrads(conv),
        `${xShape} * ${wShape}`,
      );
    }
  });

  it('train through tf.conv2dTranspose (Conv2DBackpropInput forward) with stride 2', async () => {
    const dy = randomInput([2, 5, 6, 4], 3);
    const w = randomInput([3, 3, 2, 4], 4);
    const transposed = (ys: tf.Tensor, ws: tf.Tensor) =>
      tf.conv2dTranspose(ys as tf.Tensor4D, ws as tf.Tensor4D, [2, 10, 12, 2], 2, 'same');
    await expectSameOnBothBackends([dy, w], (ys, ws) => [transposed(ys!, ws!)], 'forward');
    await expectSameOnBothBackends([dy, w], weightedSumGrads(transposed), 'gradients');
  });
});
