/** Colour maps as 256-entry RGB lookup tables, so painting a pixel is one table read. */

type Rgb = readonly [number, number, number];

/** Perceptually uniform and colour-blind safe: matplotlib's viridis, sampled at 9 stops. */
const VIRIDIS: readonly Rgb[] = [
  [68, 1, 84],
  [71, 44, 122],
  [59, 81, 139],
  [44, 113, 142],
  [33, 144, 141],
  [39, 173, 129],
  [92, 200, 99],
  [170, 220, 50],
  [253, 231, 37],
];

/** Blue – white – red, for signed values such as filter weights (white is zero). */
const DIVERGING: readonly Rgb[] = [
  [33, 102, 172],
  [146, 197, 222],
  [247, 247, 247],
  [244, 165, 130],
  [178, 24, 43],
];

export type ColorLut = Uint8ClampedArray;

function buildLut(stops: readonly Rgb[]): ColorLut {
  const lut = new Uint8ClampedArray(256 * 3);
  const segments = stops.length - 1;
  for (let i = 0; i < 256; i++) {
    const t = (i / 255) * segments;
    const k = Math.min(Math.floor(t), segments - 1);
    const f = t - k;
    const a = stops[k]!,
      b = stops[k + 1]!;
    for (let c = 0; c < 3; c++) lut[i * 3 + c] = Math.round(a[c]! + (b[c]! - a[c]!) * f);
  }
  return lut;
}

export const VIRIDIS_LUT = buildLut(VIRIDIS);
export const DIVERGING_LUT = buildLut(DIVERGING);

/** Index 0–255 of `value` within [min, max]; a flat range maps to the middle. */
export function lutIndex(value: number, min: number, max: number): number {
  if (!(max > min)) return 128;
  const t = (value - min) / (max - min);
  return Math.min(255, Math.max(0, Math.round(t * 255)));
}

/** The colour of `value` in [min, max] as a CSS colour. */
function cssColor(lut: ColorLut, value: number, min: number, max: number): string {
  const i = lutIndex(value, min, max) * 3;
  return `rgb(${lut[i]}, ${lut[i + 1]}, ${lut[i + 2]})`;
}

const gradients = new WeakMap<ColorLut, string>();

/** A CSS gradient of the whole map, for legends (built once per map). */
export function cssGradient(lut: ColorLut, stops = 8): string {
  let gradient = gradients.get(lut);
  if (!gradient) {
    const parts = Array.from({ length: stops + 1 }, (_, k) => `${cssColor(lut, k, 0, stops)} ${(k / stops) * 100}%`);
    gradient = `linear-gradient(to right, ${parts.join(', ')})`;
    gradients.set(lut, gradient);
  }
  return gradient;
}
