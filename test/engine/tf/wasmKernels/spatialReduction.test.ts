import * as tf from '@tensorflow/tfjs-core';
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { expectSameOnBothBackends, randomInput, setUpBackends } from './backendPair';

const sumCase = fc.record({
  shape: fc.tuple(
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 1, max: 9 }),
    fc.integer({ min: 1, max: 9 }),
    fc.integer({ min: 1, max: 6 }),
  ),
  // The spatial reductions take the average-pooling route; the others go to the built-in.
  axes: fc.constantFrom<number[]>([1, 2], [0, 1, 2], [2, 1], [0], [3], [0, 1], [1, 2, 3], [0, 1, 2, 3]),
  keepDims: fc.boolean(),
  seed: fc.nat(),
});

describe('wasm Sum and Mean', () => {
  beforeAll(setUpBackends);

  it('gives the cpu backend’s sums and means over any axes, with and without keepDims', async () => {
    await fc.assert(
      fc.asyncProperty(sumCase, async c => {
        const x = randomInput([...c.shape], c.seed);
        await expectSameOnBothBackends(
          [x],
          t => [tf.sum(t!, c.axes, c.keepDims), tf.mean(t!, c.axes, c.keepDims)],
          JSON.stringify(c),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('gives the cpu backend’s conv bias gradient at CIFAR-net size', async () => {
    const dy = randomInput([16, 30, 30, 32], 1);
    await expectSameOnBothBackends([dy], t => [tf.sum(t!, [0, 1, 2])], 'bias gradient');
  });

  it('gives the cpu backend’s batch-norm moments', async () => {
    const x = randomInput([16, 14, 14, 32], 2);
    await expectSameOnBothBackends(
      [x],
      t => {
        const m = tf.moments(t!, [0, 1, 2]);
        return [m.mean, m.variance];
      },
      'moments',
    );
  });
});
