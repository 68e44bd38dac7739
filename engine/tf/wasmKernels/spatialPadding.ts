import type { TensorInfo } from '@tensorflow/tfjs-core';
import type { KernelCalls, Paddings } from './kernelCalls';

type Shape4 = [number, number, number, number];

/** [[top, bottom], [left, right]]; a negative amount means "remove that many rows/columns". */
export type SpatialPads = [[number, number], [number, number]];

/**
 * Removes the rows/columns of an NHWC tensor where `pads` is negative, and returns the
 * non-negative padding still to apply (convolutions take it as explicit padding). When nothing
 * of `x` is left inside the region, the region comes back as zeros.
 *
 * @example
 * const { x: cropped, pads } = cropNegative(k, x, [[1, -2], [0, 0]]); // pads = [[1, 0], [0, 0]]
 */
export function cropNegative(k: KernelCalls, x: TensorInfo, pads: SpatialPads): { x: TensorInfo; pads: Paddings } {
  const [[top, bottom], [left, right]] = pads;
  const remaining: Paddings = [
    [Math.max(top, 0), Math.max(bottom, 0)],
    [Math.max(left, 0), Math.max(right, 0)],
  ];
  if (Math.min(top, bottom, left, right) >= 0) return { x, pads: remaining };
  const [batch, height, width, channels] = x.shape as Shape4;
  const [cropTop, cropBottom, cropLeft, cropRight] = [top, bottom, left, right].map(amount =>
    Math.max(-amount, 0),
  ) as Shape4;
  const keptHeight = height - cropTop - cropBottom;
  const keptWidth = width - cropLeft - cropRight;
  if (keptHeight <= 0 || keptWidth <= 0) {
    const region = [batch, top + height + bottom, left + width + right, channels];
    return {
      x: k.fill(region, 0),
      pads: [
        [0, 0],
        [0, 0],
      ],
    };
  }
  return { x: k.cropSpatial(x, [cropTop, cropLeft], [keptHeight, keptWidth]), pads: remaining };
}

/**
 * Pads with zeros or crops each spatial side of an NHWC tensor by the given amounts.
 *
 * @example
 * padOrCrop(k, x, [[-1, 2], [0, 0]]); // drop the top row, add two zero rows at the bottom
 */
export function padOrCrop(k: KernelCalls, x: TensorInfo, pads: SpatialPads): TensorInfo {
  const { x: cropped, pads: remaining } = cropNegative(k, x, pads);
  if (remaining.flat().every(amount => amount === 0)) return cropped;
  return k.pad(cropped, [[0, 0], ...remaining, [0, 0]]);
}

/**
 * Spreads an NHWC tensor onto a grid `strides` times finer: each value at (p·sh, q·sw), zeros
 * between, and sh−1 / sw−1 zero rows/columns after the last value.
 *
 * @example
 * zeroInsert(k, dy, [2, 2]); // [N, OH, OW, C] → [N, 2·OH, 2·OW, C]
 */
export function zeroInsert(k: KernelCalls, x: TensorInfo, [sh, sw]: [number, number]): TensorInfo {
  if (sh === 1 && sw === 1) return x;
  const [n, h, w, c] = x.shape as Shape4;
  const spread = k.pad(k.reshape(x, [n, h, 1, w, 1, c]), [
    [0, 0],
    [0, 0],
    [0, sh - 1],
    [0, 0],
    [0, sw - 1],
    [0, 0],
  ]);
  return k.reshape(spread, [n, h * sh, w * sw, c]);
}
