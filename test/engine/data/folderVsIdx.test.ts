/**
 * The same 2,000 Fashion-MNIST training and 1,000 test images, once as IDX files and once as
 * PNG class folders, trained with the same graph, seed and initial weights: the folder pipeline must
 * reach the same test accuracy (±2 points) — decoding, labelling and splitting lose nothing.
 * The IDX files list the images in the order the folder index finds them (classes by name, files by
 * name) with the folder's class numbers, so both runs see the same batches; unseeded weights and a
 * different order alone moved the two accuracies apart by up to 4 points.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIdxImages, parseIdxLabels } from '../../../engine/data/idxFormat';
import { analyzeGraph } from '../../../engine/core/graph/analyze';
import { parseProjectText } from '../../../engine/core/project/parse';
import type { DatasetSpec, Project } from '../../../engine/core/project/schema';
import type { TrainEvent } from '../../../engine/core/train/protocol';
import { selectBackend } from '../../../engine/tf/backend';
import { compileGraph } from '../../../engine/tf/compile';
import { saveModel } from '../../../engine/tf/modelFiles';
import { TrainingSession } from '../../../engine/train/session';
import { idxImages, idxLabels } from '../../fixtures/idx';

const FASHION = '/usr/share/datasets/fashion-mnist';
const TRAIN_COUNT = 2000;
const TEST_COUNT = 1000;
const FOLDER_NAMES = [
  'T-shirt top',
  'Trouser',
  'Pullover',
  'Dress',
  'Coat',
  'Sandal',
  'Shirt',
  'Sneaker',
  'Bag',
  'Ankle boot',
];
/** Folder classes are numbered by name (code point order). */
const BY_NAME = [...FOLDER_NAMES].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const folderClass = (label: number) => BY_NAME.indexOf(FOLDER_NAMES[label]!);

/** The images and labels in the folder index's order, labelled with the folder's class numbers. */
function inFolderOrder(set: { pixels: Uint8Array; labels: Uint8Array }, count: number) {
  const order = Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => folderClass(set.labels[a]!) - folderClass(set.labels[b]!) || a - b,
  );
  const pixels = new Uint8Array(count * 784);
  order.forEach((from, to) => pixels.set(set.pixels.subarray(from * 784, (from + 1) * 784), to * 784));
  return { pixels, labels: Uint8Array.from(order, i => folderClass(set.labels[i]!)) };
}
const installed = existsSync(path.join(FASHION, 'train-images-idx3-ubyte.gz'));
if (!installed) console.warn("skipping the folder-vs-IDX test: Debian's dataset-fashion-mnist is not installed");

async function readFashion(images: string, labels: string, count: number) {
  const pixels = parseIdxImages(gunzipSync(await readFile(path.join(FASHION, images))), images);
  return {
    pixels: pixels.pixels.subarray(0, count * 784),
    labels: parseIdxLabels(gunzipSync(await readFile(path.join(FASHION, labels))), labels).subarray(0, count),
  };
}

async function writeSplit(dir: string, set: { pixels: Uint8Array; labels: Uint8Array }, count: number, prefix: string) {
  await Promise.all(FOLDER_NAMES.map(name => mkdir(path.join(dir, name), { recursive: true })));
  for (let i = 0; i < count; i++) {
    const png = await sharp(set.pixels.subarray(i * 784, (i + 1) * 784), {
      raw: { width: 28, height: 28, channels: 1 },
    })
      .png()
      .toBuffer();
    await writeFile(path.join(dir, FOLDER_NAMES[set.labels[i]!]!, `${prefix}${String(i).padStart(5, '0')}.png`), png);
  }
}

async function testAccuracy(
  project: Project,
  dataset: DatasetSpec,
  baseDir: string,
  initialWeights: string,
): Promise<number> {
  const events: TrainEvent[] = [];
  const session = TrainingSession.start(
    {
      type: 'start',
      project: { ...project, dataset },
      baseDir,
      initialWeights,
      outDir: await mkdtemp(path.join(os.tmpdir(), 'convas-fvi-run-')),
      backend: 'wasm',
    },
    e => events.push(e),
  );
  const end = await session.done;
  if (end.type !== 'done' || end.test?.task !== 'classification')
    throw new Error(`run did not finish: ${JSON.stringify(end)}`);
  return end.test.accuracy;
}

describe.skipIf(!installed)('a folder of PNGs converted from Fashion-MNIST IDX files', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'convas-fvi-'));
    const train = await readFashion('train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz', TRAIN_COUNT);
    const test = await readFashion('t10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz', TEST_COUNT);
    await writeSplit(path.join(dir, 'png', 'train'), train, TRAIN_COUNT, 'train-');
    await writeSplit(path.join(dir, 'png', 'test'), test, TEST_COUNT, 'test-');
    const trainIdx = inFolderOrder(train, TRAIN_COUNT),
      testIdx = inFolderOrder(test, TEST_COUNT);
    await writeFile(path.join(dir, 'train-images'), idxImages(trainIdx.pixels, TRAIN_COUNT, 28, 28));
    await writeFile(path.join(dir, 'train-labels'), idxLabels(trainIdx.labels));
    await writeFile(path.join(dir, 'test-images'), idxImages(testIdx.pixels, TEST_COUNT, 28, 28));
    await writeFile(path.join(dir, 'test-labels'), idxLabels(testIdx.labels));
  }, 120_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("trains to the IDX dataset's test accuracy within 2 points", async () => {
    const lenet = parseProjectText(
      await readFile(path.resolve(__dirname, '../../../templates/lenet5-mnist.convas.json'), 'utf8'),
    );
    const project: Project = { ...lenet, training: { ...lenet.training, epochs: 4, batchSize: 32, seed: 7 } };
    await selectBackend('wasm');
    const { model } = compileGraph(
      analyzeGraph(project, { dataset: { imageShape: [28, 28, 1], classNames: BY_NAME } }),
      { numClasses: 10 },
    );
    await saveModel(model, path.join(dir, 'initial'));
    model.dispose();
    const fromIdx = await testAccuracy(
      project,
      {
        kind: 'idx',
        trainImages: 'train-images',
        trainLabels: 'train-labels',
        testImages: 'test-images',
        testLabels: 'test-labels',
      },
      dir,
      'initial',
    );
    const fromFolder = await testAccuracy(project, { kind: 'folder', path: 'png', resize: 'stretch' }, dir, 'initial');
    console.log(
      `Fashion-MNIST 2,000 images, 4 epochs: IDX test accuracy ${fromIdx.toFixed(4)}, PNG folder ${fromFolder.toFixed(4)}`,
    );
    expect(fromIdx).toBeGreaterThan(0.7);
    expect(Math.abs(fromFolder - fromIdx)).toBeLessThanOrEqual(0.02);
  }, 300_000);
});
