/** The data-parallel step against the single-thread step, and the trainer's use of it. */
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
import { batchGradients, modelVariables } from '../../../engine/train/gradients';
import { buildModel, type ModelRecipe } from '../../../engine/train/modelRecipe';
import { createParallelTrainStep, type ParallelTrainStep } from '../../../engine/train/parallelStep';
import type { TrainEvent } from '../../../engine/core/train/protocol';
import { TrainingSession } from '../../../engine/train/session';
import { createTrainStep, type LossSpec } from '../../../engine/train/step';

type Layer = [id: string, kind: string, params?: Record<string, unknown>];
const IMAGE: [number, number, number] = [8, 8, 2];
const CLASSES = 3;
const spec: LossSpec = { task: 'classification', logits: true };

function recipeOf(layers: Layer[]): ModelRecipe {
  const all: Layer[] = [
    ['input', 'input', { shape: IMAGE }],
    ...layers,
    ['output', 'output', { task: 'classification', units: CLASSES, activation: 'linear' }],
  ];
  const graph: Graph = {
    nodes: all.map(([id, kind, params = {}], i) => ({
      id,
      kind,
      params,
      position: { x: 0, y: 100 * i },
    })) as Graph['nodes'],
    edges: all.slice(1).map(([id], i) => ({ source: all[i]![0], target: id })) as Graph['edges'],
  };
  return {
    graph,
    dataset: { imageShape: IMAGE, classNames: Array.from({ length: CLASSES }, (_, i) => `c${i}`) },
    modelName: 'parallel_test',
  };
}

const PLAIN = recipeOf([
  ['conv1', 'conv2d', { filters: 4, kernelSize: 3, padding: 'same', activation: 'relu' }],
  ['drop1', 'dropout', { rate: 0 }],
  ['pool1', 'maxPooling2d', { poolSize: 2 }],
  ['flatten', 'flatten'],
  ['fc1', 'dense', { units: 8, activation: 'relu' }],
]);
const BATCH_NORM = recipeOf([
  ['conv1', 'conv2d', { filters: 4, kernelSize: 3, padding: 'same', activation: 'linear' }],
  ['bn1', 'batchNormalization', { momentum: 0.9 }],
  ['pool1', 'maxPooling2d', { poolSize: 2 }],
  ['flatten', 'flatten'],
]);

function batch(n: number, seed: number): [tf.Tensor, tf.Tensor] {
  return tf.tidy(() => [
    tf.randomNormal([n, ...IMAGE], 0, 1, 'float32', seed),
    tf.oneHot(tf.randomUniform([n], 0, CLASSES, 'int32', seed + 1) as tf.Tensor1D, CLASSES),
  ]);
}

function twin(model: LayersModel, recipe: ModelRecipe): LayersModel {
  const copy = buildModel(recipe);
  copy.setWeights(model.getWeights());
  return copy;
}

const values = (model: LayersModel) => {
  const { trainable, frozen } = modelVariables(model);
  return [...trainable, ...frozen].map(v => Array.from(v.dataSync()));
};
const maxDifference = (a: number[][], b: number[][]) =>
  Math.max(...a.flatMap((w, i) => w.map((v, j) => Math.abs(v - b[i]![j]!))));

const open: ParallelTrainStep[] = [];
async function parallelFor(model: LayersModel, optimizer: tf.Optimizer, recipe: ModelRecipe, maxBatch = 16) {
  const parallel = await createParallelTrainStep(model, optimizer, spec, { recipe, backend: 'wasm', maxBatch });
  open.push(parallel);
  return parallel;
}

beforeAll(async () => {
  await selectBackend('wasm');
});
afterAll(async () => {
  await Promise.all(open.map(p => p.close()));
});

describe('createParallelTrainStep', () => {
  it('updates the weights as one single-thread step on the full batch does', async () => {
    const model = buildModel(PLAIN);
    const reference = twin(model, PLAIN);
    const parallel = await parallelFor(model, tf.train.sgd(0.5), PLAIN);
    const single = createTrainStep(reference, tf.train.sgd(0.5), spec);
    for (const [n, seed] of [
      [16, 1],
      [7, 2],
    ] as const) {
      const [x, y] = batch(n, seed);
      const ours = parallel.step(x, y);
      const theirs = single(x, y);
      tf.dispose([x, y]);
      expect(ours.correct).toBe(theirs.correct);
      expect(ours.loss).toBeCloseTo(theirs.loss, 5);
      expect(maxDifference(values(model), values(reference))).toBeLessThan(1e-5);
    }
    const movedFrom = values(buildModel(PLAIN));
    expect(maxDifference(values(model), movedFrom)).toBeGreaterThan(1e-2);
  });

  it('with batch norm: each half normalises with its own statistics; moving statistics are averaged', async () => {
    const model = buildModel(BATCH_NORM);
    const ghost = twin(model, BATCH_NORM);
    const fullBatch = twin(model, BATCH_NORM);
    const parallel = await parallelFor(model, tf.train.sgd(0.5), BATCH_NORM);
    const [x, y] = batch(16, 3);
    parallel.step(x, y);

    // The same step on one thread: two half batches, gradients and moving statistics averaged.
    const { trainable, frozen } = modelVariables(ghost);
    const before = frozen.map(v => v.clone());
    const halves = [0, 8].map(start => {
      frozen.forEach((v, i) => v.assign(before[i]!));
      const [hx, hy] = [tf.slice(x, start, 8), tf.slice(y, start, 8)];
      const { grads } = batchGradients(ghost, trainable, spec, hx, hy);
      tf.dispose([hx, hy]);
      return { grads, stats: frozen.map(v => v.clone()) };
    });
    frozen.forEach((v, i) => v.assign(tf.tidy(() => tf.div(tf.add(halves[0]!.stats[i]!, halves[1]!.stats[i]!), 2))));
    const averaged = Object.fromEntries(
      trainable.map((v, i) => [v.name, tf.div(tf.add(halves[0]!.grads[i]!, halves[1]!.grads[i]!), 2)]),
    );
    tf.train.sgd(0.5).applyGradients(averaged);
    tf.dispose([...before, ...halves.flatMap(h => [...h.grads, ...h.stats]), ...Object.values(averaged)]);
    expect(maxDifference(values(model), values(ghost))).toBeLessThan(1e-5);

    // The moving mean (the first frozen weight of the layer) matches the full-batch step's exactly.
    createTrainStep(fullBatch, tf.train.sgd(0.5), spec)(x, y);
    tf.dispose([x, y]);
    const movingMean = (m: LayersModel) =>
      Array.from(
        modelVariables(m)
          .frozen.find(v => v.name.includes('moving_mean'))!
          .dataSync(),
      );
    expect(maxDifference([movingMean(model)], [movingMean(fullBatch)])).toBeLessThan(1e-6);
  });

  it('keeps the replica equal to this thread, without leaking tensors, over Adam steps of any size', async () => {
    const model = buildModel(BATCH_NORM);
    const parallel = await parallelFor(model, tf.train.adam(0.01), BATCH_NORM);
    const counts: number[] = [];
    for (const [i, n] of [16, 16, 1, 9, 16, 16].entries()) {
      const [x, y] = batch(n, 10 + i);
      const { loss, correct } = parallel.step(x, y);
      tf.dispose([x, y]);
      expect(Number.isFinite(loss)).toBe(true);
      expect(correct).toBeLessThanOrEqual(n);
      counts.push(tf.memory().numTensors);
    }
    expect(new Set(counts.slice(1)).size).toBe(1);
    expect(Array.from(parallel.replicaWeights())).toEqual(
      values(model)
        .flat()
        .map(v => Math.fround(v)),
    );
  });

  it('runs batches larger than its buffers on this thread', async () => {
    const model = buildModel(PLAIN);
    const reference = twin(model, PLAIN);
    const parallel = await parallelFor(model, tf.train.sgd(0.5), PLAIN, 4);
    const [x, y] = batch(12, 20);
    parallel.step(x, y);
    createTrainStep(reference, tf.train.sgd(0.5), spec)(x, y);
    tf.dispose([x, y]);
    expect(maxDifference(values(model), values(reference))).toBeLessThan(1e-6);
  });
});

describe('the trainer', () => {
  const templates = path.resolve(__dirname, '../../../templates');
  const lenet: Project = parseProject(
    JSON.parse(readFileSync(path.join(templates, 'lenet5-mnist.convas.json'), 'utf8')),
  );

  async function compiledDetail(env: string | undefined): Promise<{ detail: string; end: TrainEvent }> {
    const previous = process.env.CONVAS_TRAIN_THREADS;
    if (env === undefined) delete process.env.CONVAS_TRAIN_THREADS;
    else process.env.CONVAS_TRAIN_THREADS = env;
    try {
      let detail = '';
      const project = { ...lenet, training: { ...lenet.training, epochs: 1 } };
      const outDir = await mkdtemp(path.join(os.tmpdir(), 'convas-parallel-'));
      const session = TrainingSession.start(
        { type: 'start', project, baseDir: templates, outDir, backend: 'wasm', limit: 256 },
        e => {
          if (e.type === 'compiled') detail = e.backendDetail;
        },
      );
      const end = await session.done;
      return { detail, end };
    } finally {
      if (previous === undefined) delete process.env.CONVAS_TRAIN_THREADS;
      else process.env.CONVAS_TRAIN_THREADS = previous;
    }
  }

  it.runIf(os.availableParallelism() >= 2)('trains data-parallel on wasm and says so', async () => {
    const { detail, end } = await compiledDetail(undefined);
    expect(end).toMatchObject({ type: 'done', reason: 'completed' });
    expect(detail).toMatch(/data-parallel on 2 threads$/);
  });

  it('stays on one thread with CONVAS_TRAIN_THREADS=1', async () => {
    const { detail, end } = await compiledDetail('1');
    expect(end.type).toBe('done');
    expect(detail).not.toMatch(/data-parallel/);
  });
});
