import * as tf from '@tensorflow/tfjs-core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectSameOnBothBackends, randomInput, setUpBackends, weightedSumGrads } from './backendPair';

const depthwiseCase = fc
  .record({
    batch: fc.integer({ min: 1, max: 3 }),
    channels: fc.integer({ min: 1, max: 4 }),
    multiplier: fc.integer({ min: 1, max: 3 }),
    filter: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })),
    // tfjs' depthwise op takes one stride for both axes unless it is 1.
    stride: fc.integer({ min: 1, max: 3 }),
    extra: fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })),
    pad: fc.constantFrom<'same' | 'valid'>('same', 'valid'),
    seed: fc.nat(),
  })
  .map(({ filter: [fh, fw], extra: [eh, ew], ...rest }) => ({ ...rest, fh, fw, height: fh + eh, width: fw + ew }));

describe('wasm DepthwiseConv2dNativeBackpropFilter and DepthwiseConv2dNativeBackpropInput', () => {
  beforeAll(setUpBackends);

  it('are registered for wasm (tfjs-backend-wasm 4.22 has neither)', () => {
    expect(tf.getKernel('DepthwiseConv2dNativeBackpropFilter', 'wasm')).toBeDefined();
    expect(tf.getKernel('DepthwiseConv2dNativeBackpropInput', 'wasm')).toBeDefined();
  });

  it('give the cpu backend’s gradients for random shapes, multipliers, strides and paddings', async () => {
    await fc.assert(
      fc.asyncProperty(depthwiseCase, async c => {
        const x = randomInput([c.batch, c.height, c.width, c.channels], c.seed);
        const w = randomInput([c.fh, c.fw, c.channels, c.multiplier], c.seed + 1);
        const conv = (xs: tf.Tensor, ws: tf.Tensor) =>
          tf.depthwiseConv2d(xs as tf.Tensor4D, ws as tf.Tensor4D, c.stride, c.pad);
        await expectSameOnBothBackends([x, w], weightedSumGrads(conv), JSON.stringify(c));
      }),
      { numRuns: 100 },
    );
  });

  it('train a separable convolution like the cpu backend', async () => {
    const separable = (x: tf.Tensor, depthwise: tf.Tensor, pointwise: tf.Tensor) =>
      tf.separableConv2d(x as tf.Tensor4D, depthwise as tf.Tensor4D, pointwise as tf.Tensor4D, 1, 'same');
    const inputs = [randomInput([4, 16, 16, 8], 1), randomInput([3, 3, 8, 2], 2), randomInput([1, 1, 16, 12], 3)];
    await expectSameOnBothBackends(inputs, weightedSumGrads(separable), 'separable 8→12');
  });
});
