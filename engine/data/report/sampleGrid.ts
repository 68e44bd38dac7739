/** A PNG contact sheet of a report's samples: one row per class, in class order. */
import sharp from 'sharp';
import type { DatasetReport } from '../../core/data/report/types';

const GAP = 2;
const GAP_GREY = 96;
/** Cells are enlarged (nearest neighbour, whole multiples) to at least this many pixels a side, so 28×28 digits stay visible. */
const MIN_CELL = 48;

/**
 * Lays the samples out as a grid and encodes it as PNG (grey or RGB like the samples).
 * @example
 * const png = await sampleGridPng(report.samples, report.info.imageShape);
 */
export async function sampleGridPng(
  samples: DatasetReport['samples'],
  shape: [number, number, number],
): Promise<Buffer> {
  const [h, w, c] = shape;
  const scale = Math.max(1, Math.ceil(MIN_CELL / Math.min(h, w)));
  const columns = Math.max(1, ...samples.map(s => s.pixels.length));
  const rows = Math.max(1, samples.length);
  const cellW = w * scale;
  const cellH = h * scale;
  const width = columns * (cellW + GAP) + GAP;
  const height = rows * (cellH + GAP) + GAP;
  const grid = new Uint8Array(width * height * c).fill(GAP_GREY);
  samples.forEach((sample, row) =>
    sample.pixels.forEach((pixels, column) => {
      const left = GAP + column * (cellW + GAP);
      const top = GAP + row * (cellH + GAP);
      for (let y = 0; y < cellH; y++) {
        for (let x = 0; x < cellW; x++) {
          const from = (Math.floor(y / scale) * w + Math.floor(x / scale)) * c;
          grid.set(pixels.subarray(from, from + c), ((top + y) * width + left + x) * c);
        }
      }
    }),
  );
  return sharp(grid, { raw: { width, height, channels: c as 1 | 3 } })
    .png()
    .toBuffer();
}
