import { describe, expect, it } from 'vitest';
import { cssGradient, DIVERGING_LUT, lutIndex, VIRIDIS_LUT } from '../../../../renderer/training/featureMaps/colorMap';

const rgb = (lut: Uint8ClampedArray, i: number) => [lut[i * 3], lut[i * 3 + 1], lut[i * 3 + 2]];
const luminance = (lut: Uint8ClampedArray, i: number) =>
  0.2126 * lut[i * 3]! + 0.7152 * lut[i * 3 + 1]! + 0.0722 * lut[i * 3 + 2]!;

describe('colour maps', () => {
  it('runs viridis from dark purple to yellow', () => {
    expect(rgb(VIRIDIS_LUT, 0)).toEqual([68, 1, 84]);
    expect(rgb(VIRIDIS_LUT, 255)).toEqual([253, 231, 37]);
  });

  it('gets brighter monotonically, so order reads without colour', () => {
    for (let i = 1; i < 256; i++)
      expect(luminance(VIRIDIS_LUT, i)).toBeGreaterThanOrEqual(luminance(VIRIDIS_LUT, i - 1) - 0.5);
  });

  it('puts white at zero on the diverging map', () => {
    const mid = rgb(DIVERGING_LUT, lutIndex(0, -1, 1));
    expect(Math.min(...(mid as number[]))).toBeGreaterThan(230);
  });

  it('maps values into 0–255, clamping outside and centring a flat range', () => {
    expect(lutIndex(0, 0, 1)).toBe(0);
    expect(lutIndex(1, 0, 1)).toBe(255);
    expect(lutIndex(5, 0, 1)).toBe(255);
    expect(lutIndex(-5, 0, 1)).toBe(0);
    expect(lutIndex(3, 3, 3)).toBe(128);
  });

  it('describes the map as a CSS gradient for the legend', () => {
    expect(cssGradient(VIRIDIS_LUT)).toMatch(
      /^linear-gradient\(to right, rgb\(68, 1, 84\) 0%.*rgb\(253, 231, 37\) 100%\)$/,
    );
  });
});
