/**
 * Draws build/icon.png (512×512 RGBA) with no image library: a stack of feature maps feeding a
 * column of units, antialiased by 4×4 supersampling, encoded with node:zlib.
 * Run once after changing the drawing: `npx tsx build/makeIcon.ts`.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4;
type RGBA = [number, number, number, number];
/** A shape: signed distance (negative inside) and colour at a point. */
type Shape = { distance(x: number, y: number): number; color(x: number, y: number): RGBA };

const roundedRect = (x0: number, y0: number, x1: number, y1: number, r: number) => (x: number, y: number) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  const outside = Math.hypot(dx, dy);
  return outside > 0 ? outside - r : Math.max(x0 - x, x - x1, y0 - y, y - y1);
};
const circle = (cx: number, cy: number, r: number) => (x: number, y: number) => Math.hypot(x - cx, y - cy) - r;
const segment = (ax: number, ay: number, bx: number, by: number, width: number) => (x: number, y: number) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) - width / 2;
};
const solid = (c: RGBA) => () => c;
const mix = (a: RGBA, b: RGBA, t: number): RGBA => a.map((v, i) => v + (b[i]! - v) * t) as RGBA;

/** A 3×3 patch of activations, as a conv filter that found a diagonal edge would show it. */
const LEVELS = [
  [1, 0.55, 0.1],
  [0.45, 1, 0.5],
  [0.05, 0.5, 1],
];

const shapes: Shape[] = [];
// Background: a rounded square with a vertical gradient.
shapes.push({
  distance: roundedRect(16, 16, 496, 496, 104),
  color: (_x, y) => mix([32, 44, 94, 255], [18, 24, 52, 255], y / SIZE),
});
// Feature maps of a first conv layer: three offset tiles, each with a 3×3 grid of activations.
for (let k = 2; k >= 0; k--) {
  const x0 = 78 + k * 26,
    y0 = 172 - k * 26,
    side = 180;
  shapes.push({
    distance: roundedRect(x0, y0, x0 + side, y0 + side, 18),
    color: solid(mix([46, 196, 182, 255], [20, 120, 130, 255], k / 2)),
  });
  if (k === 0) {
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        const cx = x0 + 22 + i * 48,
          cy = y0 + 22 + j * 48;
        const level = LEVELS[j]![i]!;
        shapes.push({
          distance: roundedRect(cx, cy, cx + 40, cy + 40, 8),
          color: solid(mix([12, 60, 72, 255], [214, 255, 248, 255], level)),
        });
      }
  }
}
// Dense units on the right, wired to the maps.
const units = [160, 240, 320, 400];
for (const uy of units) shapes.push({ distance: segment(310, 272, 420, uy, 7), color: solid([255, 255, 255, 110]) });
for (const uy of units) shapes.push({ distance: circle(420, uy, 28), color: solid([255, 159, 28, 255]) });
shapes.push({ distance: circle(310, 272, 16), color: solid([255, 255, 255, 235]) });

function pixel(px: number, py: number): RGBA {
  let acc: RGBA = [0, 0, 0, 0];
  for (let sx = 0; sx < SAMPLES; sx++)
    for (let sy = 0; sy < SAMPLES; sy++) {
      const x = px + (sx + 0.5) / SAMPLES,
        y = py + (sy + 0.5) / SAMPLES;
      let out: RGBA = [0, 0, 0, 0];
      for (const s of shapes) {
        if (s.distance(x, y) > 0) continue;
        const c = s.color(x, y);
        const a = c[3] / 255,
          keep = 1 - a;
        out = [c[0] * a + out[0] * keep, c[1] * a + out[1] * keep, c[2] * a + out[2] * keep, 255 * a + out[3] * keep];
      }
      acc = acc.map((v, i) => v + out[i]!) as RGBA;
    }
  const n = SAMPLES * SAMPLES,
    alpha = acc[3] / n;
  // Colours were accumulated premultiplied; PNG stores straight alpha.
  return alpha === 0
    ? [0, 0, 0, 0]
    : [((acc[0] / n) * 255) / alpha, ((acc[1] / n) * 255) / alpha, ((acc[2] / n) * 255) / alpha, alpha];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  rows[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const [r, g, b, a] = pixel(x, y);
    rows.set(
      [r, g, b, a].map(v => Math.round(Math.max(0, Math.min(255, v)))),
      y * (SIZE * 4 + 1) + 1 + x * 4,
    );
  }
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, adaptive filtering, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`build/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
