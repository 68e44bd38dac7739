/**
 * train.py as a user runs it: one epoch on a tiny dataset of each kind (builtin MNIST copied as IDX,
 * a class folder, a CSV regression), then predict.py with the weights it wrote; and under torchrun
 * with two processes (DistributedDataParallel on gloo).
 */
import { pythonMissing } from '../../../support/pythonModules';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { pytorchExporter } from '../../../../engine/export/pytorch';
import { encodeNpy } from '../../../../engine/export/python/tensorFiles';
import type { Project } from '../../../../engine/core/project/schema';
import { encodeImage, patternPixels, put } from '../../../fixtures/imageFolders';
import {
  allKindsProject,
  buildWithFixedWeights,
  fitFor,
  fixedInputs,
  PYTHON,
  python,
  templates,
  torchMissing,
} from '../python/fixtures';

const missing = torchMissing();
if (missing) console.warn(`Skipping the train.py runs: ${missing}`);
const noPillow = !missing && pythonMissing(['PIL']) !== null;
if (noPillow) console.warn(`Skipping the folder and CSV train.py runs: ${PYTHON} cannot import PIL (python3-pil)`);
// Two cores shared by several test runs: one thread per process.
const ENV = { OMP_NUM_THREADS: '1' };

beforeAll(async () => {
  await tf.setBackend('cpu');
});

async function exported(project: Project, classes: number, baseDir?: string): Promise<string> {
  const fit = fitFor(project, classes);
  const { analysis, model, classNames } = buildWithFixedWeights(project, fit);
  const outDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'convas-torch-train-')), 'export');
  try {
    await pytorchExporter.write({ project, analysis, model, classNames, outDir, ...(baseDir && { baseDir }) });
  } finally {
    model.dispose();
  }
  const x = fixedInputs(2, fit.imageShape);
  await writeFile(path.join(outDir, 'x.npy'), encodeNpy(x.shape, x.values));
  return outDir;
}

const lenet = () => templates().find(t => t.name.startsWith('lenet5'))!.project;

describe.skipIf(!!missing)('train.py', () => {
  it('trains one epoch on the builtin MNIST digits it ships, and predict.py reads what it wrote', async () => {
    const dir = await exported(lenet(), 10);
    expect(existsSync(path.join(dir, 'data/mnist-images-idx3-ubyte.gz'))).toBe(true);
    const out = python(['train.py', '--epochs', '1', '--limit', '300'], dir, ENV);
    expect(out).toMatch(/Training on 270 images \(30 for validation\), 1 process\(es\) on cpu/);
    expect(out).toMatch(/epoch 1\/1: loss \d+\.\d+, val loss \d+\.\d+, val accuracy \d\.\d+/);
    const predictions = JSON.parse(python(['predict.py', 'x.npy', '--weights', 'trained.safetensors', '--json'], dir));
    expect(predictions).toHaveLength(2);
    expect(Object.keys(predictions[0]).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `c${i}`).sort());
  }, 180_000);

  it.skipIf(noPillow)(
    'trains on a class folder (Pillow loader) with every layer kind, augmentation included',
    async () => {
      const root = await mkdtemp(path.join(os.tmpdir(), 'convas-torch-folder-'));
      for (const [c, name] of ['c0', 'c1', 'c2', 'c3'].entries()) {
        for (let i = 0; i < 5; i++)
          await put(
            path.join(root, 'images', name, `${i}.png`),
            await encodeImage('png', patternPixels(16, 14, 3, c * 10 + i)),
          );
      }
      const dir = await exported(allKindsProject('classification'), 4, root);
      // The eight augmentation layers run on each training batch, in graph order.
      expect((await readFile(path.join(dir, 'train.py'), 'utf8')).match(/^ {4}x = (\w+)\(x/gm)).toEqual(
        [
          'random_flip',
          'random_rotation',
          'random_zoom',
          'random_translation',
          'random_contrast',
          'random_brightness',
          'gaussian_noise',
          'random_crop',
        ].map(f => `    x = ${f}(x`),
      );
      // random_crop shifts each image so that the model's centre crop (rows 1:11, columns 1:10 here) is a random window of it.
      const crops = python(
        [
          '-c',
          [
            'import torch, train',
            'x = torch.rand(6, 3, 12, 12); c = train.random_crop(x, 10, 9)[:, :, 1:11, 1:10]',
            'print(all(any(torch.equal(c[i], x[i, :, t:t + 10, l:l + 9]) for t in range(3) for l in range(4)) for i in range(6)))',
            'print(all(f(x).shape == x.shape for f in [train.augment]))',
          ].join('\n'),
        ],
        dir,
        ENV,
      );
      expect(crops.trim().split('\n')).toEqual(['True', 'True']);
      const out = python(['train.py', '--epochs', '1', '--from-scratch'], dir, ENV);
      expect(out).toMatch(/Training on 18 images \(2 for validation\)/);
      expect(out).toMatch(/epoch 1\/1: loss \d+\.\d+/);
    },
    180_000,
  );

  it.skipIf(noPillow)(
    'trains a regression from a CSV of image paths and numbers',
    async () => {
      const root = await mkdtemp(path.join(os.tmpdir(), 'convas-torch-csv-'));
      const rows = ['file,grade'];
      for (let i = 0; i < 10; i++) {
        await put(path.join(root, 'img', `${i}.png`), await encodeImage('png', patternPixels(12, 12, 3, i)));
        rows.push(`img/${i}.png,${i / 10}`);
      }
      await put(path.join(root, 'labels.csv'), rows.join('\n'));
      const dir = await exported(allKindsProject('regression'), 1, root);
      const out = python(['train.py', '--epochs', '1', '--batch-size', '4'], dir, ENV);
      expect(out).toMatch(/epoch 1\/1: loss \d+\.\d+, val loss \d+\.\d+$/m);
      const predictions = JSON.parse(
        python(['predict.py', path.join(root, 'img/3.png'), '--weights', 'trained.safetensors', '--json'], dir),
      );
      expect(Object.keys(predictions[0])).toEqual(['grade']);
    },
    180_000,
  );

  it('runs under torchrun with two processes (DistributedDataParallel, gloo)', async () => {
    const dir = await exported(lenet(), 10);
    // Debian's torch 1.13 on Python 3.11 cannot parse the default --redirects/--tee "0"; any other value works.
    const out = python(
      [
        '-m',
        'torch.distributed.run',
        '--nproc_per_node',
        '2',
        '--redirects',
        '1',
        '--tee',
        '1',
        'train.py',
        '--epochs',
        '1',
        '--limit',
        '200',
      ],
      dir,
      ENV,
    );
    expect(out).toMatch(/2 process\(es\) on cpu/);
    expect(out).toMatch(/epoch 1\/1: loss/);
    expect(existsSync(path.join(dir, 'trained.safetensors'))).toBe(true);
  }, 240_000);
});
