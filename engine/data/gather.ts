/** Building splits out of index lists: pixels are copied once, as uint8. */
import type { ImageSplit } from '../core/data/types';

/** 0, 1, …, count − 1. */
export function allIndices(count: number): Uint32Array {
  const indices = new Uint32Array(count);
  for (let i = 0; i < count; i++) indices[i] = i;
  return indices;
}

/**
 * Copies the chosen images and labels into a new split (one allocation per split, uint8 kept).
 * @example
 * const test = gatherSplit(pixels, labels, 784, testIndices);
 */
export function gatherSplit(
  pixels: Uint8Array,
  labels: ArrayLike<number>,
  pixelsPerImage: number,
  indices: ArrayLike<number>,
): ImageSplit {
  const count = indices.length;
  const images = new Uint8Array(count * pixelsPerImage);
  const splitLabels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const index = indices[i]!;
    const from = index * pixelsPerImage;
    images.set(pixels.subarray(from, from + pixelsPerImage), i * pixelsPerImage);
    splitLabels[i] = labels[index]!;
  }
  return { images, labels: splitLabels, count };
}
