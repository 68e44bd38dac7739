/** Generated image folders for the data bench, kept in the temp folder between runs (they take a while to write). */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { mulberry32 } from '../../engine/data/random';

export interface BenchFolderSpec {
  images: number;
  classes: number;
  /** Side of the square images written. */
  size: number;
  format: 'jpeg' | 'png';
}

/** Blobs of colour on a gradient: real image content, so decoders do real work (flat images decode unrealistically fast). */
function picture(size: number, random: () => number): Buffer {
  const pixels = Buffer.alloc(size * size * 3);
  const [r, g, b] = [random() * 255, random() * 255, random() * 255];
  const cx = random() * size,
    cy = random() * size,
    radius = size * (0.15 + random() * 0.3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inside = Math.hypot(x - cx, y - cy) < radius;
      const o = (y * size + x) * 3;
      pixels[o] = inside ? r : (x * 255) / size;
      pixels[o + 1] = inside ? g : (y * 255) / size;
      pixels[o + 2] = inside ? b : random() * 255;
    }
  }
  return pixels;
}

/**
 * The folder for `spec` (class subfolders c00, c01, …), written on first use with `onProgress`.
 * @example const dir = await ensureBenchFolder({ images: 2000, classes: 10, size: 64, format: 'jpeg' });
 */
export async function ensureBenchFolder(spec: BenchFolderSpec, onProgress?: (done: number) => void): Promise<string> {
  const dir = path.join(os.tmpdir(), 'convas-bench', `${spec.images}-${spec.classes}-${spec.size}-${spec.format}`);
  const marker = path.join(dir, '.complete');
  if (existsSync(marker)) return dir;
  await rm(dir, { recursive: true, force: true });
  const classDirs = Array.from({ length: spec.classes }, (_, c) => path.join(dir, `c${String(c).padStart(2, '0')}`));
  await Promise.all(classDirs.map(d => mkdir(d, { recursive: true })));
  const random = mulberry32(spec.images);
  const inFlight = new Set<Promise<void>>();
  for (let i = 0; i < spec.images; i++) {
    const raw = sharp(picture(spec.size, random), { raw: { width: spec.size, height: spec.size, channels: 3 } });
    const file = path.join(classDirs[i % spec.classes]!, `${i}.${spec.format === 'jpeg' ? 'jpg' : 'png'}`);
    const job = (spec.format === 'jpeg' ? raw.jpeg({ quality: 90 }) : raw.png())
      .toBuffer()
      .then(data => writeFile(file, data));
    const tracked: Promise<void> = job.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= 16) await Promise.race(inFlight);
    if (i % 5000 === 4999) onProgress?.(i + 1);
  }
  await Promise.all(inFlight);
  await writeFile(marker, '');
  return dir;
}
