/**
 * The image-folder pipeline: images/s of decoding alone, training the CIFAR-style net from a folder
 * vs from memory (and the share of step time spent waiting for data), and peak resident memory of
 * a pass over a generated 100,000-image folder — next to PyTorch's ImageFolder + DataLoader on the
 * same folder when torch and torchvision are installed. Prints; never asserts.
 *
 * usage: tsx test/bench/dataBench.ts [--images 2000] [--photos 500] [--big 100000] [--steps 30] [--no-torch]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import { openDataset } from '../../engine/data/load';
import { memorySource } from '../../engine/data/memorySource';
import { seededShuffle } from '../../engine/data/random';
import type { SplitSource } from '../../engine/core/data/types';
import { selectBackend } from '../../engine/tf/backend';
import { ensureBenchFolder } from './benchFolders';
import { benchTrainStep, buildBenchNet } from './nets';
import { torchReferencePath, tunedEnvironment } from './torchReference';

const { values: flags } = parseArgs({
  options: {
    images: { type: 'string', default: '2000' },
    big: { type: 'string', default: '100000' },
    photos: { type: 'string', default: '500' },
    steps: { type: 'string', default: '30' },
    'no-torch': { type: 'boolean', default: false },
  },
});
const here = path.dirname(fileURLToPath(import.meta.url));
const SHAPE: [number, number, number] = [32, 32, 3];
const PIXELS = SHAPE[0] * SHAPE[1] * SHAPE[2];
const BATCH = 64;
const progress = (line: string) => process.stderr.write(`${line}\n`);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function onePass(source: SplitSource): Promise<number> {
  const x = new Float32Array(BATCH * PIXELS),
    y = new Float32Array(BATCH);
  const order = seededShuffle(source.count, 3);
  const started = performance.now();
  let images = 0;
  for (let start = 0; start < order.length; start += BATCH) {
    source.prefetch(order, start + BATCH, BATCH);
    images += await source.fill(order, start, BATCH, x, y);
  }
  return images / ((performance.now() - started) / 1000);
}

/** Trains `steps` batches read from `source` the way the trainer does (prefetch, then wait, then step). */
async function trainFrom(source: SplitSource, steps: number, step: (x: tf.Tensor, y: tf.Tensor) => unknown) {
  const x = new Float32Array(BATCH * PIXELS),
    y = new Float32Array(BATCH);
  const order = seededShuffle(source.count, 5);
  let waitedMs = 0,
    images = 0;
  const started = performance.now();
  for (let i = 0; i < steps; i++) {
    const start = (i * BATCH) % (order.length - BATCH);
    const t0 = performance.now();
    const n = await source.fill(order, start, BATCH, x, y);
    waitedMs += performance.now() - t0;
    source.prefetch(order, start + BATCH, BATCH);
    const xs = tf.tensor(x.subarray(0, n * PIXELS), [n, ...SHAPE]);
    const ys = tf.oneHot(tf.tensor1d(Int32Array.from(y.subarray(0, n)), 'int32'), 10);
    step(xs, ys);
    tf.dispose([xs, ys]);
    images += n;
  }
  const seconds = (performance.now() - started) / 1000;
  return { rate: images / seconds, waitShare: waitedMs / 1000 / seconds };
}

/** A pass in a child process, so its peak resident memory is the pipeline's alone. */
function bigPass(folder: string, cacheMb: string | undefined) {
  const env = { ...process.env };
  if (cacheMb === undefined) delete env.CONVAS_DATA_CACHE_MB;
  else env.CONVAS_DATA_CACHE_MB = cacheMb;
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'folderPass.ts'), folder, SHAPE.join('x')],
    { encoding: 'utf8', env, timeout: 30 * 60_000 },
  );
  if (run.status !== 0) throw new Error(`folderPass failed: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as {
    images: number;
    indexedSeconds: number;
    imagesPerSecond: number;
    maxRssMiB: number;
  };
}

function torchPeer(folder: string, steps: number, pipelineOnly = false) {
  const args = [
    path.join(here, 'torch_folder_reference.py'),
    '--folder',
    folder,
    '--reference',
    torchReferencePath(),
    '--steps',
    String(steps),
    ...(pipelineOnly ? ['--pipeline-only'] : []),
  ];
  const run = spawnSync('/usr/bin/python3', args, { encoding: 'utf8', env: tunedEnvironment(), timeout: 20 * 60_000 });
  if (run.status !== 0) return { ok: false as const, reason: run.stderr.trim().split('\n').at(-1) ?? 'failed' };
  return {
    ok: true as const,
    ...(JSON.parse(run.stdout.trim().split('\n').at(-1)!) as {
      pipeline_img_s: number;
      train_folder_img_s: number;
      train_memory_img_s: number;
      torch: string;
    }),
  };
}

async function main() {
  const backend = await selectBackend('wasm');
  const steps = Number(flags.steps);
  progress(`writing/reusing a ${flags.images}-image folder (64×64 JPEG, 10 classes)…`);
  const folder = await ensureBenchFolder({ images: Number(flags.images), classes: 10, size: 64, format: 'jpeg' });
  const spec = { kind: 'folder' as const, path: folder, resize: 'stretch' as const };
  const opts = { validationSplit: 0, testSplit: 0, seed: 1, imageShape: SHAPE };

  process.env.CONVAS_DATA_CACHE_MB = '0';
  const cold = await openDataset(spec, '/', opts);
  const pipelineCold = await onePass(cold.train);
  delete process.env.CONVAS_DATA_CACHE_MB;
  const data = await openDataset(spec, '/', opts);
  progress('pipeline passes…');
  await onePass(data.train);
  const pipelineWarm = await onePass(data.train);

  const net = buildBenchNet('cifar');
  const chosen = await benchTrainStep(net, tf.train.adam(1e-3), backend.name, BATCH);
  const inMemory = new Uint8Array(data.train.count * PIXELS),
    labels = new Uint8Array(data.train.count);
  for (let i = 0; i < data.train.count; i++) {
    const item = await data.train.item(i);
    inMemory.set(item.pixels, i * PIXELS);
    labels[i] = item.targets[0]!;
  }
  let fromMemory: Awaited<ReturnType<typeof trainFrom>>;
  let fromFolderCold: Awaited<ReturnType<typeof trainFrom>>;
  let fromFolderWarm: Awaited<ReturnType<typeof trainFrom>>;
  try {
    progress(`training ${steps} steps each: memory, folder (no cache), folder (warm cache)…`);
    await trainFrom(data.train, 3, chosen.step);
    fromMemory = await trainFrom(
      memorySource({ images: inMemory, labels, count: data.train.count }),
      steps,
      chosen.step,
    );
    fromFolderCold = await trainFrom(cold.train, steps, chosen.step);
    fromFolderWarm = await trainFrom(data.train, steps, chosen.step);
  } finally {
    await chosen.close();
    await cold.close();
    await data.close();
  }

  progress(`writing/reusing a ${flags.photos}-image folder of 640×640 JPEG photos…`);
  const photos = await ensureBenchFolder({ images: Number(flags.photos), classes: 10, size: 640, format: 'jpeg' });
  const photoData = await openDataset({ ...spec, path: photos }, '/', opts);
  let photoRate: number;
  try {
    photoRate = await onePass(photoData.train);
  } finally {
    await photoData.close();
  }

  progress(`writing/reusing a ${flags.big}-image folder (32×32 PNG) for the memory figure…`);
  const big = await ensureBenchFolder({ images: Number(flags.big), classes: 10, size: 32, format: 'png' }, n =>
    progress(`  ${fmt(n)} written`),
  );
  progress('one pass over it with a 64 MiB cache, then with the default cache…');
  const bounded = bigPass(big, '64');
  const defaults = bigPass(big, undefined);
  const torch = flags['no-torch'] ? { ok: false as const, reason: '--no-torch' } : torchPeer(folder, steps);
  const torchPhotos = flags['no-torch'] ? { ok: false as const, reason: '--no-torch' } : torchPeer(photos, steps, true);

  const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)}×` : '–');
  console.log(
    `\nfolder pipeline, ${flags.images} 64×64 JPEGs → 32×32×3, batch ${BATCH}, ${backend.name}; torch ${torch.ok ? `${torch.torch}, ImageFolder + DataLoader(2 workers)` : `skipped: ${torch.reason}`}`,
  );
  console.log(
    `decode pipeline alone:     ${fmt(pipelineCold)} img/s (no cache), ${fmt(pipelineWarm)} img/s (warm cache); torch ${torch.ok ? fmt(torch.pipeline_img_s) : '–'} img/s; ratio ${ratio(pipelineCold, torch.ok ? torch.pipeline_img_s : undefined)}`,
  );
  console.log(
    `decode ${flags.photos} 640×640 JPEGs → 32×32×3: ${fmt(photoRate)} img/s (no cache yet); torch ${torchPhotos.ok ? fmt(torchPhotos.pipeline_img_s) : '–'} img/s; ratio ${ratio(photoRate, torchPhotos.ok ? torchPhotos.pipeline_img_s : undefined)}`,
  );
  console.log(
    `train CIFAR-net from memory: ${fmt(fromMemory.rate)} img/s; torch ${torch.ok ? fmt(torch.train_memory_img_s) : '–'}; ratio ${ratio(fromMemory.rate, torch.ok ? torch.train_memory_img_s : undefined)}`,
  );
  console.log(
    `train from folder, no cache: ${fmt(fromFolderCold.rate)} img/s, waiting for data ${(fromFolderCold.waitShare * 100).toFixed(1)}% of the time; torch ${torch.ok ? fmt(torch.train_folder_img_s) : '–'}; ratio ${ratio(fromFolderCold.rate, torch.ok ? torch.train_folder_img_s : undefined)}`,
  );
  console.log(
    `train from folder, warm:     ${fmt(fromFolderWarm.rate)} img/s, waiting for data ${(fromFolderWarm.waitShare * 100).toFixed(1)}% of the time`,
  );
  console.log(
    `${fmt(bounded.images)}-image folder, one pass: peak RSS ${fmt(bounded.maxRssMiB)} MiB with CONVAS_DATA_CACHE_MB=64, ${fmt(defaults.maxRssMiB)} MiB with the default cache` +
      ` (decoded size ${fmt((bounded.images * PIXELS) / 2 ** 20)} MiB); indexed in ${bounded.indexedSeconds.toFixed(1)} s, ${fmt(bounded.imagesPerSecond)} img/s`,
  );
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 2;
}
