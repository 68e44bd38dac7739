/** Test helpers: tiny image datasets written with sharp, and small projects that train on them in seconds. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { mulberry32 } from '../../../engine/data/random';
import type { DatasetSpec, Project } from '../../../engine/core/project/schema';
import { CURRENT_VERSION, projectSchema } from '../../../engine/core/project/schema';

type Layer = [id: string, kind: string, params?: Record<string, unknown>];

/** A chain of layers from an Input of `shape` to an Output with `output` params. */
export function chainProject(
  shape: number[],
  layers: Layer[],
  output: Record<string, unknown>,
  dataset: DatasetSpec,
  training: Partial<Project['training']> = {},
): Project {
  const all: Layer[] = [['input', 'input', { shape }], ...layers, ['output', 'output', output]];
  return projectSchema.parse({
    version: CURRENT_VERSION,
    id: 'tiny',
    name: 'tiny',
    dataset,
    nodes: all.map(([id, kind, params = {}], i) => ({ id, kind, params, position: { x: 0, y: 100 * i } })),
    edges: all.slice(1).map(([id], i) => ({ source: all[i]![0], target: id })),
    training: { epochs: 2, batchSize: 8, learningRate: 0.01, ...training },
  });
}

/**
 * 16×16 grey PNGs of one random level each plus a fixed texture, and `brightness.csv` whose
 * `brightness` column is each image's mean pixel value / 255: a target a tiny net can learn.
 */
export async function writeBrightnessCsv(dir: string, count: number, seed = 5): Promise<string> {
  const random = mulberry32(seed);
  await mkdir(path.join(dir, 'images'), { recursive: true });
  const rows = ['file,brightness'];
  for (let i = 0; i < count; i++) {
    const level = 20 + Math.floor(random() * 200);
    const pixels = Uint8Array.from({ length: 256 }, (_, p) => level + ((p * 7) % 5) * 4);
    const file = `images/img-${i}.png`;
    await writeFile(
      path.join(dir, file),
      await sharp(pixels, { raw: { width: 16, height: 16, channels: 1 } })
        .png()
        .toBuffer(),
    );
    rows.push(`${file},${(pixels.reduce((a, b) => a + b, 0) / 256 / 255).toFixed(4)}`);
  }
  const csv = path.join(dir, 'brightness.csv');
  await writeFile(csv, `${rows.join('\n')}\n`);
  return csv;
}
