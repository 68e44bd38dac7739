/**
 * The keras export, checked without TensorFlow (not installable here): model.py compiles, runs against a
 * recording stand-in for Keras (fake_keras.py) that builds layers with the tfjs model's names, and
 * weights.npz gives every layer exactly the tfjs weights, read back with numpy.
 */
import { pythonMissing } from '../../../support/pythonModules';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { kerasExporter } from '../../../../engine/export/keras';
import { pytorchExporter } from '../../../../engine/export/pytorch';
import type { Project } from '../../../../engine/core/project/schema';
import { inferenceModel } from '../../../../engine/tf/inferenceModel';
import { allKindsProject, buildWithFixedWeights, fitFor, PYTHON, python, templates } from '../python/fixtures';

const FAKE_KERAS = path.join(import.meta.dirname, 'fake_keras.py');
const numpyMissing = pythonMissing(['numpy']) !== null;
if (numpyMissing) console.warn(`Skipping the Keras checks: ${PYTHON} cannot import numpy`);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

interface FakeRun {
  layers: { class: string; name: string }[];
  output: string;
  weights: Record<string, number[][]>;
  shapes: Record<string, number[][]>;
}

async function check(project: Project, classes = 10): Promise<void> {
  const fit = fitFor(project, classes);
  const { analysis, model, classNames } = buildWithFixedWeights(project, fit);
  const shipped = inferenceModel(analysis, model);
  const outDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'convas-keras-')), 'export');
  try {
    expect((await kerasExporter.write({ project, analysis, model, classNames, outDir })).files).toEqual([
      'model.py',
      'weights.npz',
    ]);
    python(['-m', 'py_compile', 'model.py'], outDir);
    const run = JSON.parse(python([FAKE_KERAS, outDir], outDir)) as FakeRun;
    expect(run.layers.map(l => l.name).sort()).toEqual(shipped.layers.map(l => l.name).sort());
    expect(run.output).toBe(shipped.outputs[0]!.sourceLayer.name);
    for (const layer of shipped.layers.filter(l => l.weights.length)) {
      const expected = layer.getWeights();
      expect(run.shapes[layer.name], layer.name).toEqual(expected.map(w => w.shape));
      expected.forEach((w, i) => expect(Float32Array.from(run.weights[layer.name]![i]!)).toEqual(w.dataSync()));
    }
  } finally {
    shipped.dispose();
    model.dispose();
  }
}

describe.skipIf(numpyMissing)('keras export', () => {
  it.each(templates())(
    'template $name',
    async ({ project }) => {
      await check(project);
    },
    60_000,
  );

  it('a graph using every layer kind', async () => {
    await check(allKindsProject('classification'), 4);
  }, 60_000);

  it('writes valid Python for any project name (both formats)', async () => {
    const base = templates().find(t => t.name.startsWith('mlp'))!.project;
    const project = { ...base, name: 'Grades "v2" \\x41\\N /test """ \'é\' \\' };
    const { analysis, model, classNames } = buildWithFixedWeights(project, fitFor(project));
    const root = await mkdtemp(path.join(os.tmpdir(), 'convas-names-'));
    try {
      await kerasExporter.write({ project, analysis, model, classNames, outDir: path.join(root, 'keras') });
      await pytorchExporter.write({ project, analysis, model, classNames, outDir: path.join(root, 'torch') });
      python(['-m', 'py_compile', 'keras/model.py', 'torch/model.py', 'torch/train.py', 'torch/predict.py'], root);
      expect(JSON.parse(python([FAKE_KERAS, path.join(root, 'keras')], root)).layers.length).toBeGreaterThan(0);
    } finally {
      model.dispose();
    }
  }, 60_000);

  it('replaces an earlier export but refuses a folder holding other files', async () => {
    const project = templates()[0]!.project;
    const fit = fitFor(project);
    const { analysis, model, classNames } = buildWithFixedWeights(project, fit);
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'convas-keras-'));
    try {
      await kerasExporter.write({ project, analysis, model, classNames, outDir });
      await kerasExporter.write({ project, analysis, model, classNames, outDir });
      await writeFile(path.join(outDir, 'notes.txt'), 'mine');
      await expect(kerasExporter.write({ project, analysis, model, classNames, outDir })).rejects.toMatchObject({
        code: 'EXPORT_FOLDER_IN_USE',
      });
      expect(existsSync(path.join(outDir, 'notes.txt'))).toBe(true);
    } finally {
      model.dispose();
    }
  });
});
