import type { Project } from '../../../engine/core/project/schema';
import type { TrainEvent } from '../../../engine/core/train/protocol';

export const project: Project = {
  version: 2,
  id: 'tiny-project',
  name: 'tiny',
  nodes: [],
  edges: [],
  dataset: { kind: 'builtin', name: 'mnist' },
  training: {
    epochs: 2,
    batchSize: 32,
    optimizer: 'adam',
    learningRate: 0.001,
    momentum: 0.9,
    validationSplit: 0.1,
    testSplit: 0.1,
    seed: 42,
    earlyStopping: null,
  },
};

export const compiledEvent: TrainEvent = {
  type: 'compiled',
  backend: 'wasm',
  backendDetail: 'wasm (simd)',
  params: 61706,
  dataset: {
    name: 'mnist',
    task: 'classification',
    classNames: ['0', '1'],
    targetNames: [],
    imageShape: [28, 28, 1],
    train: 640,
    validation: 64,
    test: 128,
  },
  batchesPerEpoch: 20,
  epochs: 2,
  learningRate: 0.001,
};

export const batchEvent = (epoch: number, batch: number, loss = 1): TrainEvent => ({
  type: 'batchEnd',
  epoch,
  batch,
  batchesPerEpoch: 20,
  loss,
  accuracy: 0.5,
  mae: null,
  imagesPerSecond: 900,
  etaSeconds: 12,
});

export const epochEvent = (epoch: number): TrainEvent => ({
  type: 'epochEnd',
  epoch,
  epochs: 2,
  etaSeconds: 5,
  tensors: 42,
  loss: 0.5,
  accuracy: 0.8,
  mae: null,
  valLoss: 0.6,
  valAccuracy: 0.75,
  valMae: null,
  imagesPerSecond: 900,
  durationSeconds: 3,
});

export const doneEvent: TrainEvent = {
  type: 'done',
  reason: 'completed',
  history: [],
  durationSeconds: 6,
  outDir: '/runs/tiny',
  backend: 'wasm',
  runId: 's1',
  test: {
    task: 'classification',
    loss: 0.4,
    accuracy: 0.9,
    confusion: [
      [60, 4],
      [8, 56],
    ],
    count: 128,
  },
};
