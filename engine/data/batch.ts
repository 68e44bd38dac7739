/** Turning uint8 splits into model input, batch by batch, into buffers the caller keeps. */
import type { ImageSplit } from '../core/data/types';

/** v / 255 for every byte, so the per-pixel work is one table read. */
const UNIT_SCALE = Float32Array.from({ length: 256 }, (_, v) => v / 255);

/**
 * Writes images `order[start]`, `order[start + 1]`, … (at most `size`) into `x` as pixels / 255
 * and their labels into `y`; returns how many it wrote (fewer at the end of an epoch).
 * Nothing is allocated, so one pair of buffers serves every batch.
 * @example
 * const x = new Float32Array(64 * 784), y = new Int32Array(64);
 * for (let start = 0; start < order.length; start += 64) {
 *   const n = fillBatch(split, order, start, 64, x, y); // use x.subarray(0, n * 784)
 * }
 */
export function fillBatch(
  split: ImageSplit,
  order: Uint32Array | readonly number[],
  start: number,
  size: number,
  x: Float32Array,
  y: Uint8Array | Int32Array,
): number {
  const pixelsPerImage = split.count > 0 ? split.images.length / split.count : 0;
  const count = Math.max(0, Math.min(size, order.length - start));
  if (x.length < count * pixelsPerImage || y.length < count) {
    throw new RangeError(
      `fillBatch: buffers hold ${x.length} pixels and ${y.length} labels; ${count} images need ${count * pixelsPerImage} and ${count}`,
    );
  }
  const { images, labels } = split;
  for (let i = 0; i < count; i++) {
    const index = order[start + i]!;
    if (index >= split.count)
      throw new RangeError(`fillBatch: index ${index} is outside the split (${split.count} images)`);
    const from = index * pixelsPerImage;
    const to = i * pixelsPerImage;
    for (let p = 0; p < pixelsPerImage; p++) x[to + p] = UNIT_SCALE[images[from + p]!]!;
    y[i] = labels[index]!;
  }
  return count;
}

/**
 * One-hot rows for the first `count` labels, written into `out` when given (zeroed first).
 * @example
 * oneHot([2, 0], 2, 3); // Float32Array [0, 0, 1, 1, 0, 0]
 */
export function oneHot(
  labels: ArrayLike<number>,
  count: number,
  classCount: number,
  out = new Float32Array(count * classCount),
): Float32Array {
  out.fill(0, 0, count * classCount);
  for (let i = 0; i < count; i++) {
    const label = labels[i]!;
    if (label >= classCount) throw new RangeError(`oneHot: label ${label} is not below the class count ${classCount}`);
    out[i * classCount + label] = 1;
  }
  return out;
}
