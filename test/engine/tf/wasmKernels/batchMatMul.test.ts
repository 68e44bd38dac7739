import * as tf from '@tensorflow/tfjs-core';
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { expectSameOnBothBackends, randomInput, setUpBackends, weightedSumGrads } from './backendPair';

const matMulCase = fc.record({
  batch: fc.constantFrom<number[]>([], [1], [3], [2, 2]),
  broadcastB: fc.boolean(),
  m: fc.integer({ min: 1, max: 9 }),
  k: fc.integer({ min: 1, max: 9 }),
  n: fc.integer({ min: 1, max: 9 }),
  transposeA: fc.boolean(),
  transposeB: fc.boolean(),
  seed: fc.nat(),
});

describe('wasm BatchMatMul with transposed operands', () => {
  beforeAll(setUpBackends);

  it('gives the cpu backend’s products and gradients for every transpose combination and batch rank', async () => {
    await fc.assert(
      fc.asyncProperty(matMulCase, async c => {
        const aShape = [...c.batch, ...(c.transposeA ? [c.k, c.m] : [c.m, c.k])];
        // A rank-2 b against a batched a exercises batch broadcasting.
        const bBatch = c.broadcastB && c.batch.length > 0 ? [] : c.batch;
        const bShape = [...bBatch, ...(c.transposeB ? [c.n, c.k] : [c.k, c.n])];
        const product = (a: tf.Tensor, b: tf.Tensor) => tf.matMul(a, b, c.transposeA, c.transposeB);
        const inputs = [randomInput(aShape, c.seed), randomInput(bShape, c.seed + 1)];
        await expectSameOnBothBackends(inputs, (a, b) => [product(a!, b!)], `${JSON.stringify(c)} product`);
        // tfjs-core's BatchMatMul gradient does not reduce broadcast batch dimensions, on any backend.
        if (bBatch === c.batch) {
          await expectSameOnBothBackends(inputs, weightedSumGrads(product), `${JSON.stringify(c)} gradients`);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same products when the right operand is reused (XNNPACK has it packed)', async () => {
    const inputs = [randomInput([64, 300], 1), randomInput([300, 40], 2), randomInput([8, 300], 3)];
    const twice = (a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) => [tf.matMul(a, b), tf.matMul(c, b), tf.matMul(a, b)];
    await expectSameOnBothBackends(inputs, twice, 'reused weights');
  });

  it('trains a dense layer (fused matMul with bias and relu) like the cpu backend', async () => {
    const dense = (x: tf.Tensor, w: tf.Tensor, b: tf.Tensor) =>
      tf.fused.matMul({ a: x as tf.Tensor2D, b: w as tf.Tensor2D, bias: b, activation: 'relu' });
    const inputs = [randomInput([64, 400], 1), randomInput([400, 120], 2), randomInput([120], 3)];
    await expectSameOnBothBackends(inputs, weightedSumGrads(dense), 'dense 400→120');
  });
});
