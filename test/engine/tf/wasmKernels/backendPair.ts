/**
 * Runs the same computation on the `cpu` backend (reference) and on `wasm` (with Convas'
 * kernels), from the same input values, and compares the results.
 */
import * as tf from '@tensorflow/tfjs-core';
import { expect } from 'vitest';
import { mulberry32 } from '../../../../engine/data/random';
import { selectBackend } from '../../../../engine/tf/backend';

export interface Input {
  shape: number[];
  values: Float32Array;
}

/** Activates wasm with Convas' kernels, registers cpu and the gradients (tfjs-layers does that). */
export async function setUpBackends(): Promise<void> {
  await import('@tensorflow/tfjs-layers');
  await selectBackend('cpu');
  await selectBackend('wasm');
}

/** Values uniform in [-1, 1), or small integers in [-levels, levels] when `levels` is given (ties). */
export function randomInput(shape: number[], seed: number, levels?: number): Input {
  const next = mulberry32(seed);
  const values = new Float32Array(shape.reduce((a, b) => a * b, 1));
  for (let i = 0; i < values.length; i++) {
    values[i] = levels === undefined ? next() * 2 - 1 : Math.floor(next() * (2 * levels + 1)) - levels;
  }
  return { shape, values };
}

/** Runs `compute` on `backend` with tensors made from `inputs`; returns every output's values. */
export async function runOn(
  backend: 'cpu' | 'wasm',
  inputs: Input[],
  compute: (...tensors: tf.Tensor[]) => tf.Tensor[],
): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  return tf.tidy(() => {
    const tensors = inputs.map(input => tf.tensor(input.values, input.shape));
    return compute(...tensors).map(t => t.dataSync() as Float32Array);
  });
}

/** The gradients of Σ(f(inputs) · weights) with respect to every input, weights fixed at random. */
export function weightedSumGrads(f: (...tensors: tf.Tensor[]) => tf.Tensor, weightSeed = 99) {
  return (...tensors: tf.Tensor[]): tf.Tensor[] =>
    tf.grads((...xs: tf.Tensor[]) => {
      const y = f(...xs);
      const weights = randomInput(y.shape, weightSeed);
      return tf.sum(tf.mul(y, tf.tensor(weights.values, weights.shape)));
    })(tensors);
}

/** Float32 agreement: max |a − e| within 1e-4 of the reference's largest magnitude (at least 1). */
export function expectClose(actual: Float32Array, expected: Float32Array, context: string): void {
  expect(actual.length, `${context}: length`).toBe(expected.length);
  let scale = 1;
  for (const v of expected) scale = Math.max(scale, Math.abs(v));
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!));
  expect(worst, `${context}: max abs diff (scale ${scale})`).toBeLessThanOrEqual(1e-4 * scale);
}

/** Runs `compute` on both backends and checks every wasm output against cpu's. */
export async function expectSameOnBothBackends(
  inputs: Input[],
  compute: (...tensors: tf.Tensor[]) => tf.Tensor[],
  context: string,
): Promise<void> {
  const expected = await runOn('cpu', inputs, compute);
  const actual = await runOn('wasm', inputs, compute);
  expected.forEach((values, i) => expectClose(actual[i]!, values, `${context} output ${i}`));
}
