/** In-memory splits behind the split-source interface the trainer reads. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../engine/data/load';
import { memorySource, memorySources } from '../../../engine/data/memorySource';
import type { ImageSplit } from '../../../engine/core/data/types';

// 5 images of 2 pixels: image i is [10 i, 255].
const split: ImageSplit = {
  images: Uint8Array.from({ length: 10 }, (_, p) => (p % 2 ? 255 : 5 * p)),
  labels: Uint8Array.from([0, 1, 2, 1, 0]),
  count: 5,
};

describe('memorySource', () => {
  it('writes pixels / 255 and class indices in the order asked, fewer at the end', async () => {
    const source = memorySource(split);
    const x = new Float32Array(6),
      y = new Float32Array(3);
    const rows: number[] = [];
    expect(await source.fill([4, 0, 2, 1, 3], 3, 3, x, y, rows)).toBe(2);
    expect(rows).toEqual([1, 3]);
    expect(Array.from(x.subarray(0, 4), v => Math.round(v * 255))).toEqual([10, 255, 30, 255]);
    expect(Array.from(y.subarray(0, 2))).toEqual([1, 1]);
    expect(source.targetWidth).toBe(1);
    expect(source.labels).toBe(split.labels);
    expect(source.skipped()).toEqual([]);
  });

  it('gives one image as a copy with its label, and refuses indices outside the split', async () => {
    const source = memorySource(split);
    const { pixels, targets } = await source.item(2);
    expect(Array.from(pixels)).toEqual([20, 255]);
    expect(targets).toEqual([2]);
    pixels[0] = 99;
    expect(split.images[4]).toBe(20);
    await expect(source.item(5)).rejects.toThrow(RangeError);
    await expect(source.fill([7], 0, 1, new Float32Array(2), new Float32Array(1))).rejects.toThrow(RangeError);
  });

  it('wraps a loaded dataset as classification sources that close without work', async () => {
    const data = memorySources(
      await loadDataset({ kind: 'builtin', name: 'mnist' }, '.', { validationSplit: 0.1, seed: 1, limit: 100 }),
    );
    expect(data).toMatchObject({ name: 'mnist', task: 'classification', targetNames: [], imageShape: [28, 28, 1] });
    expect([data.train.count, data.validation.count, data.test.count]).toEqual([100, 800, 2000]);
    await data.close();
  });
});
