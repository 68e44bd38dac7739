/**
 * Writes the disc-grades dataset of the age-or-grade-regression template: grey 32×32 pictures of one
 * disc each, at a random place and brightness on a noisy background, and labels.csv whose `radius`
 * is the disc's radius in pixels — a target that is a known function of the image, so a test can
 * check that a model really learns it. Deterministic: the same files on every run.
 * Run: npx tsx templates/disc-grades/generate.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { mulberry32 } from '../../engine/data/random';

const SIZE = 32;
const COUNT = 1200;
const SEED = 20261125;
const here = path.dirname(new URL(import.meta.url).pathname);

function discPixels(random: () => number): { pixels: Uint8Array; radius: number } {
  const radius = 3 + random() * 10;
  const cx = radius + random() * (SIZE - 2 * radius);
  const cy = radius + random() * (SIZE - 2 * radius);
  const disc = 150 + random() * 105;
  const pixels = new Uint8Array(SIZE * SIZE);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      // Anti-aliased edge: coverage falls from 1 to 0 across one pixel, so the radius is visible below a pixel.
      const coverage = Math.min(1, Math.max(0, radius + 0.5 - Math.hypot(x + 0.5 - cx, y + 0.5 - cy)));
      const background = 20 + random() * 40;
      pixels[y * SIZE + x] = Math.round(background + coverage * (disc - background));
    }
  }
  return { pixels, radius: Math.round(radius * 100) / 100 };
}

const random = mulberry32(SEED);
await mkdir(path.join(here, 'images'), { recursive: true });
const rows = ['file,radius'];
for (let i = 0; i < COUNT; i++) {
  const { pixels, radius } = discPixels(random);
  const file = `images/disc-${String(i).padStart(4, '0')}.png`;
  await writeFile(
    path.join(here, file),
    await sharp(pixels, { raw: { width: SIZE, height: SIZE, channels: 1 } })
      .png()
      .toBuffer(),
  );
  rows.push(`${file},${radius}`);
}
await writeFile(path.join(here, 'labels.csv'), `${rows.join('\n')}\n`);
console.log(`wrote ${COUNT} images and labels.csv to ${here}`);
