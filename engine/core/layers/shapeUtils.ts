/** Pure shape maths shared by every layer (cf. tfjs-layers conv_utils, Keras operation_utils). */
import type { Padding } from './params';

/** Tensor shape without the batch axis, channels last: [h, w, c] or [features]. */
export type Shape = number[];

/**
 * Output length of a sliding window along one axis.
 * @example convOutputLength(28, 5, 'valid', 1) // 24
 * @example convOutputLength(28, 3, 'same', 2)  // 14
 */
export function convOutputLength(
  input: number,
  window: number,
  padding: Padding,
  stride: number,
  dilation = 1,
): number {
  const effective = window + (window - 1) * (dilation - 1);
  const length = padding === 'same' ? input : input - effective + 1;
  return Math.floor((length + stride - 1) / stride);
}

export const elements = (shape: Shape): number => shape.reduce((a, b) => a * b, 1);

export const shapeText = (shape: Shape): string => (shape.length ? shape.join('×') : 'scalar');

export const sameShape = (a: Shape, b: Shape): boolean => a.length === b.length && a.every((v, i) => v === b[i]);
