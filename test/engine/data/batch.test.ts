import { describe, expect, it } from 'vitest';
import { fillBatch, oneHot } from '../../../engine/data/batch';
import type { ImageSplit } from '../../../engine/core/data/types';

const split: ImageSplit = {
  images: Uint8Array.from({ length: 5 * 4 }, (_, i) => (i * 51) & 255),
  labels: Uint8Array.from([4, 3, 2, 1, 0]),
  count: 5,
};

describe('fillBatch', () => {
  it('writes pixels / 255 and labels in the given order', () => {
    const x = new Float32Array(3 * 4),
      y = new Int32Array(3);
    const n = fillBatch(split, [4, 0, 2], 0, 3, x, y);
    expect(n).toBe(3);
    const expected = [4, 0, 2].flatMap(i =>
      [...split.images.subarray(i * 4, i * 4 + 4)].map(v => Math.fround(v / 255)),
    );
    expect([...x]).toEqual(expected);
    expect([...y]).toEqual([0, 4, 2]);
    expect(x[3]).toBe(Math.fround(201 / 255)); // image 4, pixel 3: (19 × 51) & 255
  });

  it('returns the short count at the end of the order and leaves the rest of the buffer alone', () => {
    const x = new Float32Array(3 * 4).fill(-1),
      y = new Uint8Array(3).fill(99);
    const order = Uint32Array.from([1, 3, 0, 2, 4]);
    expect(fillBatch(split, order, 3, 3, x, y)).toBe(2);
    expect([...y]).toEqual([2, 0, 99]);
    expect([...x.subarray(8)]).toEqual([-1, -1, -1, -1]);
    expect(fillBatch(split, order, 5, 3, x, y)).toBe(0);
  });

  it('maps 0 to 0 and 255 to 1 exactly', () => {
    const extremes: ImageSplit = { images: Uint8Array.from([0, 255]), labels: Uint8Array.from([0]), count: 1 };
    const x = new Float32Array(2);
    fillBatch(extremes, [0], 0, 1, x, new Uint8Array(1));
    expect([...x]).toEqual([0, 1]);
  });

  it('refuses buffers that are too small and indices outside the split', () => {
    expect(() => fillBatch(split, [0, 1], 0, 2, new Float32Array(7), new Int32Array(2))).toThrow(RangeError);
    expect(() => fillBatch(split, [0, 1], 0, 2, new Float32Array(8), new Int32Array(1))).toThrow(RangeError);
    expect(() => fillBatch(split, [9], 0, 1, new Float32Array(4), new Int32Array(1))).toThrow(/index 9/);
  });
});

describe('oneHot', () => {
  it('sets one 1 per row', () => {
    expect([...oneHot([2, 0], 2, 3)]).toEqual([0, 0, 1, 1, 0, 0]);
  });

  it('reuses and clears a given buffer', () => {
    const out = new Float32Array(6).fill(7);
    expect(oneHot(Uint8Array.from([1, 1]), 2, 3, out)).toBe(out);
    expect([...out]).toEqual([0, 1, 0, 0, 1, 0]);
  });

  it('rejects a label outside the classes', () => {
    expect(() => oneHot([3], 1, 3)).toThrow(RangeError);
  });
});
