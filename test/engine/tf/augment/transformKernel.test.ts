/** Convas' Transform kernel (tf.image.transform) on cpu and wasm, against TensorFlow's rules. */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { mapCoordinate, useCorrectTransformKernels } from '../../../../engine/tf/augment/transformKernel';
import { expectSameOnBothBackends, randomInput, runOn, setUpBackends } from '../wasmKernels/backendPair';

const SHIFT = (dy: number, dx: number) => [1, 0, -dx, 0, 1, -dy, 0, 0];
const image = (batch: number, h: number, w: number) => ({
  shape: [batch, h, w, 1],
  values: Float32Array.from({ length: batch * h * w }, (_, i) => i + 1),
});

/** out[y][x] = in[y − dy][x − dx], reading outside the image from its mirror (d c b a | a b c d | d c b a). */
function reflectedShift(
  values: Float32Array,
  _batch: number,
  h: number,
  w: number,
  shifts: [number, number][],
): number[] {
  const mirror = (i: number, n: number) =>
    [...Array(n).keys()].reverse().concat([...Array(n).keys()], [...Array(n).keys()].reverse())[i + n]!;
  const out: number[] = [];
  shifts.forEach(([dy, dx], b) => {
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) out.push(values[b * h * w + mirror(y - dy, h) * w + mirror(x - dx, w)]!);
  });
  return out;
}

beforeAll(setUpBackends);

describe('the built-in Transform kernels of tfjs 4.22 (why Convas replaces them; drop ours when this fails)', () => {
  it('cpu transforms only the first image of a batch; wasm reflects the left edge wrongly', async () => {
    const input = image(2, 2, 4);
    const [cpu] = await runOn('cpu', [input], x => [tf.image.transform(x as tf.Tensor4D, tf.tensor2d([SHIFT(0, 0)]))]);
    expect(Array.from(cpu!.subarray(8))).toEqual(Array(8).fill(0));
    const [wasm] = await runOn('wasm', [input], x => [
      tf.image.transform(x as tf.Tensor4D, tf.tensor2d([SHIFT(0, 2)]), 'nearest', 'reflect'),
    ]);
    expect(Array.from(wasm!.subarray(0, 4))).not.toEqual([2, 1, 1, 2]);
  });
});

describe('mapCoordinate', () => {
  it('follows TensorFlow: reflect about the pixel edges, wrap, clamp to the nearest, or leave for the fill value', () => {
    const at = (mode: 'reflect' | 'wrap' | 'nearest' | 'constant') =>
      [-9, -4.5, -2, -1, -0.5, 0, 3, 3.5, 4, 4.5, 9].map(c => mapCoordinate(c, 4, mode));
    expect(at('reflect')).toEqual([0, 3, 1, 0, 0, 0, 3, 3, 3, 2.5, 1]);
    expect(at('wrap')).toEqual([3, 3, 2, 3, 3, 0, 3, 0, 0, 0.5, 0]);
    expect(at('nearest')).toEqual([0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3]);
    expect(at('constant')).toEqual([-9, -4.5, -2, -1, -0.5, 0, 3, 3.5, 4, 4.5, 9]);
    expect(mapCoordinate(-3, 1, 'reflect')).toBe(0);
  });
});

describe('Convas Transform kernel', () => {
  beforeAll(useCorrectTransformKernels);

  it.each(['cpu', 'wasm'] as const)(
    '%s: shifts every image of a batch by its own row, mirroring at all four edges',
    async backend => {
      const input = image(3, 3, 4);
      const shifts: [number, number][] = [
        [0, 2],
        [-1, -3],
        [2, 1],
      ];
      const [out] = await runOn(backend, [input], x => [
        tf.image.transform(
          x as tf.Tensor4D,
          tf.tensor2d(shifts.map(([dy, dx]) => SHIFT(dy, dx))),
          'bilinear',
          'reflect',
        ),
      ]);
      expect(Array.from(out!)).toEqual(reflectedShift(input.values, 3, 3, 4, shifts));
    },
  );

  it.each(['cpu', 'wasm'] as const)(
    '%s: one row applies to the whole batch, and outputShape cuts a window',
    async backend => {
      const input = image(2, 4, 4);
      const [out] = await runOn(backend, [input], x => [
        tf.image.transform(x as tf.Tensor4D, tf.tensor2d([SHIFT(-1, -1)]), 'nearest', 'constant', 0, [2, 3]),
      ]);
      expect(Array.from(out!)).toEqual([6, 7, 8, 10, 11, 12, 22, 23, 24, 26, 27, 28]);
    },
  );

  it('gives the same values on cpu and wasm for projective warps in every mode', async () => {
    const input = randomInput([3, 5, 6, 2], 11);
    const rows = [
      [0.9, -0.3, 1.2, 0.25, 1.1, -0.7, 0.02, -0.01],
      [1.3, 0, -2.5, 0, 0.7, 1.5, 0, 0],
      [Math.cos(2), -Math.sin(2), 4, Math.sin(2), Math.cos(2), 1, 0, 0],
    ];
    for (const interpolation of ['nearest', 'bilinear'] as const) {
      for (const fillMode of ['constant', 'reflect', 'wrap', 'nearest'] as const) {
        await expectSameOnBothBackends(
          [input],
          x => [
            tf.image.transform(x as tf.Tensor4D, tf.tensor2d(rows), interpolation, fillMode, 0.5),
            tf.image.transform(x as tf.Tensor4D, tf.tensor2d(rows), interpolation, fillMode, 0, [7, 4]),
          ],
          `${interpolation} ${fillMode}`,
        );
      }
    }
  });
});
