/**
 * The pytorch export run in Debian's python3-torch: model.py + weights.safetensors predict what tfjs
 * predicts (max abs difference < 1e-4 on 100 fixed inputs) for every template and a graph using every layer kind.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { pytorchExporter } from '../../../../engine/export/pytorch';
import { encodeNpy } from '../../../../engine/export/python/tensorFiles';
import { inferenceModel } from '../../../../engine/tf/inferenceModel';
import type { Project } from '../../../../engine/core/project/schema';
import {
  allKindsProject,
  buildWithFixedWeights,
  fitFor,
  fixedInputs,
  maxAbsDiff,
  python,
  readNpy,
  templates,
  torchMissing,
} from '../python/fixtures';

const missing = torchMissing();
if (missing) console.warn(`Skipping the PyTorch round trips: ${missing}`);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Exports the project with fixed weights, runs predict.py on 100 inputs, and returns the largest difference to tfjs. */
async function roundTrip(project: Project, classes = 10): Promise<number> {
  const fit = fitFor(project, classes);
  const { analysis, model, classNames } = buildWithFixedWeights(project, fit);
  const outDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'convas-torch-')), 'export');
  const shipped = inferenceModel(analysis, model);
  try {
    await pytorchExporter.write({ project, analysis, model, classNames, outDir });
    const x = fixedInputs(100, fit.imageShape);
    await writeFile(path.join(outDir, 'x.npy'), encodeNpy(x.shape, x.values));
    python(['predict.py', 'x.npy', '--out', 'y.npy'], outDir);
    const expected = tf.tidy(
      () => (shipped.predict(tf.tensor(x.values, x.shape)) as tf.Tensor).dataSync() as Float32Array,
    );
    const got = readNpy(path.join(outDir, 'y.npy'));
    expect(got.values.length).toBe(expected.length);
    const diff = maxAbsDiff(got.values, expected);
    console.info(`${project.name}: max |PyTorch − tfjs| = ${diff.toExponential(2)} over ${expected.length} outputs`);
    return diff;
  } finally {
    shipped.dispose();
    model.dispose();
  }
}

describe.skipIf(!!missing)('pytorch export matches tfjs', () => {
  it.each(templates())(
    'template $name',
    async ({ project }) => {
      expect(await roundTrip(project)).toBeLessThan(1e-4);
    },
    120_000,
  );

  it('a graph using every layer kind (classification)', async () => {
    expect(await roundTrip(allKindsProject('classification'), 4)).toBeLessThan(1e-4);
  }, 120_000);

  it('a graph using every layer kind (regression)', async () => {
    expect(await roundTrip(allKindsProject('regression'))).toBeLessThan(1e-4);
  }, 120_000);
});
