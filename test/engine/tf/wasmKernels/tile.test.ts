import * as tf from '@tensorflow/tfjs-core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectSameOnBothBackends, randomInput, setUpBackends } from './backendPair';

const tileCase = fc.integer({ min: 1, max: 4 }).chain(rank =>
  fc.record({
    shape: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: rank, maxLength: rank }),
    reps: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: rank, maxLength: rank }),
    seed: fc.nat(),
  }),
);

describe('wasm Tile', () => {
  beforeAll(setUpBackends);

  it('gives the cpu backend’s result for any shape and repetitions', async () => {
    await fc.assert(
      fc.asyncProperty(tileCase, async c => {
        await expectSameOnBothBackends([randomInput(c.shape, c.seed)], t => [tf.tile(t!, c.reps)], JSON.stringify(c));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the cpu backend’s batch-norm gradient, which tiles the scale over the batch', async () => {
    const x = randomInput([8, 6, 6, 4], 1),
      dy = randomInput([8, 6, 6, 4], 2),
      scale = randomInput([4], 3);
    await expectSameOnBothBackends(
      [x, dy, scale],
      (a, g, s) => [
        tf.grad((v: tf.Tensor) => {
          const { mean, variance } = tf.moments(v, [0, 1, 2]);
          return tf.sum(tf.mul(tf.batchNorm(v, mean, variance, tf.zerosLike(s!), s!, 1e-3), g!));
        })(a!),
      ],
      'batch-norm gradient',
    );
  });

  it('keeps int32 and bool values and leaks nothing', async () => {
    await tf.setBackend('wasm');
    const before = tf.memory().numTensors;
    const ints = tf.tidy(() => tf.tile(tf.tensor1d([1, 2, 3], 'int32'), [2]));
    const bools = tf.tidy(() => tf.tile(tf.tensor2d([[true], [false]], [2, 1], 'bool'), [1, 3]));
    expect([ints.dtype, Array.from(ints.dataSync())]).toEqual(['int32', [1, 2, 3, 1, 2, 3]]);
    expect([bools.dtype, Array.from(bools.dataSync())]).toEqual(['bool', [1, 1, 1, 0, 0, 0]]);
    tf.dispose([ints, bools]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
