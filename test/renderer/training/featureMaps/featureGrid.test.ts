import { describe, expect, it } from 'vitest';
import { VIRIDIS_LUT } from '../../../../renderer/training/featureMaps/colorMap';
import {
  channelRanges,
  filtersAsMaps,
  paintLayer,
  symmetricRange,
  tileAt,
  tileLayout,
} from '../../../../renderer/training/featureMaps/featureGrid';

describe('tileLayout', () => {
  it('lays channels in a grid a little wider than tall with 1 px gaps', () => {
    const l = tileLayout(6, 28, 28);
    expect(l).toMatchObject({ cols: 4, rows: 2, width: 4 * 28 + 3, height: 2 * 28 + 1 });
    expect(tileLayout(1, 5, 5)).toMatchObject({ cols: 1, rows: 1, width: 5, height: 5 });
  });

  it('finds the channel under a pixel and nothing over gaps or empty cells', () => {
    const l = tileLayout(6, 4, 4);
    expect(tileAt(l, 0, 0)).toBe(0);
    expect(tileAt(l, 5, 0)).toBe(1);
    expect(tileAt(l, 4, 0)).toBeNull();
    expect(tileAt(l, 6, 6)).toBe(5);
    expect(tileAt(l, 15, 6)).toBeNull();
  });
});

describe('channelRanges', () => {
  it('reads channels-last data', () => {
    expect(channelRanges([1, -2, 3, 5], 2)).toEqual([
      { min: 1, max: 3 },
      { min: -2, max: 5 },
    ]);
  });
});

describe('paintLayer', () => {
  // 1 × 2 image, 2 channels: channel 0 = [0, 1], channel 1 = [10, 10]
  const data = Float32Array.from([0, 10, 1, 10]);
  const pixel = (p: Uint8ClampedArray, width: number, x: number, y: number) =>
    Array.from(p.slice((y * width + x) * 4, (y * width + x) * 4 + 4));

  it('paints each channel in its own tile on one layer-wide scale', () => {
    const { layout, pixels, range } = paintLayer([1, 2, 2], data, { lut: VIRIDIS_LUT, scale: 'layer' });
    expect(range).toEqual({ min: 0, max: 10 });
    expect(layout).toMatchObject({ cols: 2, width: 5, height: 1 });
    expect(pixel(pixels, 5, 0, 0)).toEqual([68, 1, 84, 255]);
    expect(pixel(pixels, 5, 2, 0)).toEqual([0, 0, 0, 0]);
    expect(pixel(pixels, 5, 3, 0)).toEqual([253, 231, 37, 255]);
  });

  it('stretches each tile to its own range on the channel scale', () => {
    const { pixels } = paintLayer([1, 2, 2], data, { lut: VIRIDIS_LUT, scale: 'channel' });
    expect(pixel(pixels, 5, 1, 0)).toEqual([253, 231, 37, 255]);
  });

  it('draws flat activations as one row', () => {
    expect(paintLayer([3], [1, 2, 3], { lut: VIRIDIS_LUT, scale: 'layer' }).layout).toMatchObject({
      width: 3,
      height: 1,
    });
  });
});

describe('filtersAsMaps', () => {
  it('turns [kh, kw, cin, cout] kernels into [kh, kw, cout] tiles averaging the input channels', () => {
    // kh = kw = 1, cin = 2, cout = 2: w[in][out] = [[1, 2], [3, 4]]
    const m = filtersAsMaps([1, 1, 2, 2], [1, 2, 3, 4]);
    expect(m.shape).toEqual([1, 1, 2]);
    expect(Array.from(m.data)).toEqual([2, 3]);
  });

  it('centres weight ranges on zero', () => {
    expect(symmetricRange({ min: -0.2, max: 0.5 })).toEqual({ min: -0.5, max: 0.5 });
  });
});
