/** Frozen nodes (`trainable: false`): the optimizer, the data-parallel exchange and the trainer leave their weights alone. */
import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProject } from '../../../engine/core/project/parse';
import type { Graph, Project } from '../../../engine/core/project/schema';
import { selectBackend } from '../../../engine/tf/backend';
import { loadModel, saveModel } from '../../../engine/tf/modelFiles';
import { buildModel, type ModelRecipe } from '../../../engine/train/modelRecipe';
import { createParallelTrainStep, type ParallelTrainStep } from '../../../engine/train/parallelStep';
import { TrainingSession } from '../../../engine/train/session';
import { createTrainStep, type LossSpec } from '../../../engine/train/step';

const IMAGE: [number, number, number] = [8, 8, 2];
const CLASSES = 3;
const spec: LossSpec = { task: 'classification', logits: true };
const FROZEN = ['conv1', 'bn1'];

/** conv1 and bn1 frozen (bn1's moving statistics included), fc1 and the output trained. */
const RECIPE: ModelRecipe = (() => {
  const layers: [string, string, Record<string, unknown>][] = [
    ['input', 'input', { shape: IMAGE }],
    ['conv1', 'conv2d', { filters: 4, kernelSize: 3, padding: 'same', activation: 'linear' }],
    ['bn1', 'batchNormalization', { momentum: 0.5 }],
    ['pool1', 'maxPooling2d', { poolSize: 2 }],
    ['flatten', 'flatten', {}],
    ['fc1', 'dense', { units: 8, activation: 'relu' }],
    ['output', 'output', { task: 'classification', units: CLASSES, activation: 'linear' }],
  ];
  const graph: Graph = {
    nodes: layers.map(([id, kind, params], i) => ({
      id,
      kind,
      params,
      position: { x: 0, y: 100 * i },
      ...(FROZEN.includes(id) && { trainable: false }),
    })),
    edges: layers.slice(1).map(([id], i) => ({ source: layers[i]![0], target: id })),
  };
  return { graph, dataset: { imageShape: IMAGE, classNames: ['a', 'b', 'c'] }, modelName: 'frozen_test' };
})();

function batch(n: number, seed: number): [tf.Tensor, tf.Tensor] {
  return tf.tidy(() => [
    tf.randomNormal([n, ...IMAGE], 2, 3, 'float32', seed),
    tf.oneHot(tf.randomUniform([n], 0, CLASSES, 'int32', seed + 1) as tf.Tensor1D, CLASSES),
  ]);
}

/** Every weight of each named layer, as plain numbers. */
const weightsOf = (model: LayersModel, names: string[]) =>
  names.map(name =>
    model
      .getLayer(name)
      .getWeights()
      .map(w => Array.from(w.dataSync())),
  );

function expectFrozenKept(model: LayersModel, before: ReturnType<typeof weightsOf>) {
  expect(weightsOf(model, FROZEN)).toEqual(before);
}

const open: ParallelTrainStep[] = [];
beforeAll(async () => {
  await selectBackend('wasm');
});
afterAll(async () => {
  await Promise.all(open.map(p => p.close()));
});

describe('frozen nodes', () => {
  it('compile marks their layers not trainable', () => {
    const model = buildModel(RECIPE);
    expect(model.layers.filter(l => !l.trainable && l.weights.length).map(l => l.name)).toEqual(FROZEN);
    expect(model.trainableWeights.map(w => w.originalName.split('/')[0])).toEqual(['fc1', 'fc1', 'output', 'output']);
  });

  it('keep their weights and batch-norm statistics over single-thread Adam steps while the others move', () => {
    const model = buildModel(RECIPE);
    const frozen = weightsOf(model, FROZEN),
      trained = weightsOf(model, ['fc1', 'output']);
    const step = createTrainStep(model, tf.train.adam(0.05), spec);
    for (const seed of [1, 2, 3]) {
      const [x, y] = batch(16, seed);
      step(x, y);
      tf.dispose([x, y]);
    }
    expectFrozenKept(model, frozen);
    expect(weightsOf(model, ['fc1', 'output'])).not.toEqual(trained);
  });

  it('keep their weights bit for bit on the data-parallel path, odd batches included', async () => {
    const model = buildModel(RECIPE);
    const frozen = weightsOf(model, FROZEN),
      trained = weightsOf(model, ['fc1', 'output']);
    const parallel = await createParallelTrainStep(model, tf.train.adam(0.05), spec, {
      recipe: RECIPE,
      backend: 'wasm',
      maxBatch: 16,
    });
    open.push(parallel);
    for (const [n, seed] of [
      [16, 1],
      [7, 2],
      [13, 3],
    ] as const) {
      const [x, y] = batch(n, seed);
      parallel.step(x, y);
      tf.dispose([x, y]);
    }
    expectFrozenKept(model, frozen);
    expect(weightsOf(model, ['fc1', 'output'])).not.toEqual(trained);
  });
});

describe('the trainer with initialWeights and frozen nodes', () => {
  const templates = path.resolve(__dirname, '../../../templates');
  const lenet: Project = parseProject(
    JSON.parse(readFileSync(path.join(templates, 'lenet5-mnist.convas.json'), 'utf8')),
  );

  it('starts from the given weights and trains only the unfrozen nodes', async () => {
    const project: Project = {
      ...lenet,
      nodes: lenet.nodes.map(n => (n.id === 'conv1' || n.id === 'conv2' ? { ...n, trainable: false } : n)),
      training: { ...lenet.training, epochs: 1 },
    };
    const start = buildModel({
      graph: project,
      dataset: { imageShape: [28, 28, 1], classNames: Array.from({ length: 10 }, (_, i) => String(i)) },
      modelName: 'start',
      seed: 9,
    });
    const initial = await mkdtemp(path.join(os.tmpdir(), 'convas-initial-'));
    await saveModel(start, initial);
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'convas-frozen-'));
    const session = TrainingSession.start(
      { type: 'start', project, baseDir: templates, outDir, backend: 'wasm', limit: 256, initialWeights: initial },
      () => {},
    );
    expect(await session.done).toMatchObject({ type: 'done', reason: 'completed' });
    const trained = await loadModel(outDir);
    expect(weightsOf(trained, ['conv1', 'conv2'])).toEqual(weightsOf(start, ['conv1', 'conv2']));
    expect(weightsOf(trained, ['fc1'])).not.toEqual(weightsOf(start, ['fc1']));
  });

  it('fails the run with WEIGHTS_MISMATCH when the weights belong to another graph', async () => {
    const other = buildModel({ ...RECIPE, modelName: 'other' });
    const initial = await mkdtemp(path.join(os.tmpdir(), 'convas-initial-'));
    await saveModel(other, initial);
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'convas-frozen-'));
    const session = TrainingSession.start(
      {
        type: 'start',
        project: { ...lenet, training: { ...lenet.training, epochs: 1 } },
        baseDir: templates,
        outDir,
        backend: 'wasm',
        limit: 64,
        initialWeights: initial,
      },
      () => {},
    );
    expect(await session.done).toMatchObject({
      type: 'error',
      code: 'WEIGHTS_MISMATCH',
      message: expect.stringMatching(/^initial weights: /),
      hint: expect.stringMatching(/must fit every layer/),
    });
  });
});
