/**
 * Feature maps as pictures: an [h, w, c] activation (channels last) becomes one RGBA image with
 * a tile per channel, so a whole layer is painted with a single putImageData call.
 */
import { lutIndex, type ColorLut } from './colorMap';

export interface Range {
  min: number;
  max: number;
}

interface TileLayout {
  channels: number;
  cols: number;
  rows: number;
  tileW: number;
  tileH: number;
  gap: number;
  width: number;
  height: number;
}

/** Tiles in a grid a little wider than tall, to suit the panel; gaps are transparent pixels. */
export function tileLayout(channels: number, tileH: number, tileW: number, gap = 1): TileLayout {
  const cols = Math.max(1, Math.min(channels, Math.ceil(Math.sqrt(channels * 1.6))));
  const rows = Math.max(1, Math.ceil(channels / cols));
  return {
    channels,
    cols,
    rows,
    tileW,
    tileH,
    gap,
    width: cols * tileW + (cols - 1) * gap,
    height: rows * tileH + (rows - 1) * gap,
  };
}

/** The channel under a pixel of the layer image, or null over a gap or past the last tile. */
export function tileAt(layout: TileLayout, x: number, y: number): number | null {
  const { tileW, tileH, gap, cols } = layout;
  const col = Math.floor(x / (tileW + gap));
  const row = Math.floor(y / (tileH + gap));
  if (x < 0 || y < 0 || col >= cols || x - col * (tileW + gap) >= tileW || y - row * (tileH + gap) >= tileH)
    return null;
  const channel = row * cols + col;
  return channel < layout.channels ? channel : null;
}

/** Min and max of each channel of channels-last data. */
export function channelRanges(data: ArrayLike<number>, channels: number): Range[] {
  const ranges = Array.from({ length: channels }, () => ({ min: Infinity, max: -Infinity }));
  for (let i = 0; i < data.length; i++) {
    const r = ranges[i % channels]!;
    const v = data[i]!;
    if (v < r.min) r.min = v;
    if (v > r.max) r.max = v;
  }
  return ranges;
}

export const unionRange = (ranges: readonly Range[]): Range =>
  ranges.reduce((a, r) => ({ min: Math.min(a.min, r.min), max: Math.max(a.max, r.max) }), {
    min: Infinity,
    max: -Infinity,
  });

/** A range centred on zero, so a diverging map shows zero as its middle colour. */
export const symmetricRange = (r: Range): Range => {
  const m = Math.max(Math.abs(r.min), Math.abs(r.max)) || 1;
  return { min: -m, max: m };
};

interface PaintedLayer {
  layout: TileLayout;
  pixels: Uint8ClampedArray;
  channelRanges: Range[];
  range: Range;
}

interface PaintOptions {
  lut: ColorLut;
  /** 'layer': one scale for every tile (tiles compare); 'channel': each tile uses its own range. */
  scale: 'layer' | 'channel';
  /** Override the layer range, e.g. a symmetric one for weights. */
  range?: Range;
}

/** Paints [h, w, c] data (or [n] as 1 × n) into tiles; `pixels` is RGBA for an ImageData. */
export function paintLayer(shape: readonly number[], data: ArrayLike<number>, opts: PaintOptions): PaintedLayer {
  const [h, w, c] = shape.length === 3 ? (shape as [number, number, number]) : [1, shape[0] ?? data.length, 1];
  const layout = tileLayout(c, h, w);
  const ranges = channelRanges(data, c);
  const range = opts.range ?? unionRange(ranges);
  const pixels = new Uint8ClampedArray(layout.width * layout.height * 4);
  const { lut } = opts;
  for (let ch = 0; ch < c; ch++) {
    const r = opts.scale === 'channel' ? ranges[ch]! : range;
    const ox = (ch % layout.cols) * (w + layout.gap);
    const oy = Math.floor(ch / layout.cols) * (h + layout.gap);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const k = lutIndex(data[(y * w + x) * c + ch]!, r.min, r.max) * 3;
        const p = ((oy + y) * layout.width + ox + x) * 4;
        pixels[p] = lut[k]!;
        pixels[p + 1] = lut[k + 1]!;
        pixels[p + 2] = lut[k + 2]!;
        pixels[p + 3] = 255;
      }
    }
  }
  return { layout, pixels, channelRanges: ranges, range };
}

/**
 * First-layer kernels [kh, kw, cin, cout] as [kh, kw, cout] maps: one tile per filter. Input
 * channels are averaged because a colour kernel has no single faithful grey picture.
 */
export function filtersAsMaps(
  shape: readonly number[],
  data: ArrayLike<number>,
): { shape: number[]; data: Float32Array } {
  const [kh = 1, kw = 1, cin = 1, cout = 1] = shape;
  const out = new Float32Array(kh * kw * cout);
  for (let pos = 0; pos < kh * kw; pos++) {
    for (let o = 0; o < cout; o++) {
      let sum = 0;
      for (let i = 0; i < cin; i++) sum += data[(pos * cin + i) * cout + o]!;
      out[pos * cout + o] = sum / cin;
    }
  }
  return { shape: [kh, kw, cout], data: out };
}
