/**
 * A small image-folder dataset written at test start: three classes of lopsided shapes (so a flip
 * or a turn visibly changes them) at 96 × 80, plus one corrupt file the report must list.
 */
import path from 'node:path';
import sharp from 'sharp';
import { encodeImage, put, type RawPixels } from '../../fixtures/imageFolders';

export const SHAPE_CLASSES = ['bar', 'ring', 'wedge'] as const;
export const SHAPE_SIZE = { width: 96, height: 80 };
export const CORRUPT_FILE = 'ring/broken.png';

/** A repeatable pseudo-random number in [0, 1). */
const noise = (n: number) => {
  const x = Math.sin(n * 78.233 + 12.9898) * 43758.5453;
  return x - Math.floor(x);
};

function inShape(kind: (typeof SHAPE_CLASSES)[number], x: number, y: number, dx: number, dy: number): boolean {
  const { width: w, height: h } = SHAPE_SIZE;
  switch (kind) {
    case 'bar':
      return y > h * 0.15 + dy && y < h * 0.32 + dy && x > w * 0.1 + dx && x < w * 0.75 + dx;
    case 'ring': {
      const r = Math.hypot(x - w * 0.35 - dx, y - h * 0.45 - dy);
      return r > 12 && r < 20;
    }
    case 'wedge':
      return x > w * 0.12 + dx && y > h * 0.12 + dy && x - w * 0.12 - dx + (y - h * 0.12 - dy) < w * 0.5;
  }
}

/** How far an image's shape is moved from its class's place, in pixels. */
const offsets = (seed: number) => ({
  dx: Math.round((noise(seed) - 0.5) * 14),
  dy: Math.round((noise(seed + 0.5) - 0.5) * 10),
});
const fileOf = (kind: string, i: number) => `${kind}/${kind}-${String(i).padStart(3, '0')}.png`;

function shapeImage(kind: (typeof SHAPE_CLASSES)[number], seed: number): RawPixels {
  const { width, height } = SHAPE_SIZE;
  const data = new Uint8Array(width * height * 3);
  const { dx, dy } = offsets(seed);
  const tint = [150 + noise(seed + 1) * 100, 150 + noise(seed + 2) * 100, 150 + noise(seed + 3) * 100];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const on = inShape(kind, x, y, dx, dy);
      const grain = noise(seed * 7919 + y * width + x) * 40;
      for (let c = 0; c < 3; c++) data[(y * width + x) * 3 + c] = on ? Math.min(255, tint[c]! + grain / 2) : 10 + grain;
    }
  }
  return { data, width, height, channels: 3 };
}

/**
 * Writes `perClass` PNGs per class under `root` and a truncated PNG; resolves to the file count.
 * @example const files = await writeShapesFolder('/tmp/x/shapes', 40); // 121
 */
export async function writeShapesFolder(root: string, perClass: number): Promise<number> {
  for (const [c, kind] of SHAPE_CLASSES.entries()) {
    for (let i = 0; i < perClass; i++) {
      await put(path.join(root, fileOf(kind, i)), await encodeImage('png', shapeImage(kind, c * 1000 + i)));
    }
  }
  const whole = await sharp(Buffer.from(shapeImage('ring', 999).data), { raw: { ...SHAPE_SIZE, channels: 3 } })
    .png()
    .toBuffer();
  await put(path.join(root, CORRUPT_FILE), whole.subarray(0, Math.floor(whole.length / 2)));
  return SHAPE_CLASSES.length * perClass + 1;
}

/**
 * A CSV beside the folder for regression: each image and how far (px) its shape sits below its class's place.
 * @example await writeOffsetsCsv('/tmp/x/offsets.csv', 'shapes', 40);
 */
export async function writeOffsetsCsv(file: string, folderName: string, perClass: number): Promise<void> {
  const rows = SHAPE_CLASSES.flatMap((kind, c) =>
    Array.from({ length: perClass }, (_, i) => `${folderName}/${fileOf(kind, i)},${offsets(c * 1000 + i).dy}`),
  );
  await put(file, `${['file,offset', ...rows].join('\n')}\n`);
}
