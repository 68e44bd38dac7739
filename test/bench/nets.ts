/**
 * The two nets of /work/shared/bench/torch_reference.py, as Convas graphs compiled by Convas'
 * own compiler, so the bench measures what a user's training run executes.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import type { Graph } from '../../engine/core/project/schema';
import type { BackendName } from '../../engine/tf/backend';
import { buildModel, type ModelRecipe } from '../../engine/train/modelRecipe';
import { selectTrainStep, type ChosenTrainStep } from '../../engine/train/selectTrainStep';
import type { LossSpec } from '../../engine/train/step';

export type BenchNetName = 'lenet' | 'cifar';

type Layer = [id: string, kind: string, params?: Record<string, unknown>];

const conv = (id: string, filters: number, kernelSize: number, padding: 'same' | 'valid'): Layer => [
  id,
  'conv2d',
  { filters, kernelSize, padding, activation: 'relu' },
];
const pool = (id: string): Layer => [id, 'maxPooling2d', { poolSize: 2 }];
// Linear logits with a softmax cross-entropy, as torch's nn.Linear + nn.CrossEntropyLoss.
const logits: Layer = ['output', 'output', { task: 'classification', units: 10, activation: 'linear' }];

const NETS: Record<BenchNetName, { imageShape: [number, number, number]; layers: Layer[] }> = {
  lenet: {
    imageShape: [28, 28, 1],
    layers: [
      conv('conv1', 6, 5, 'same'),
      pool('pool1'),
      conv('conv2', 16, 5, 'valid'),
      pool('pool2'),
      ['flatten', 'flatten'],
      ['fc1', 'dense', { units: 120, activation: 'relu' }],
      ['fc2', 'dense', { units: 84, activation: 'relu' }],
      logits,
    ],
  },
  cifar: {
    imageShape: [32, 32, 3],
    layers: [
      conv('conv1', 32, 3, 'same'),
      conv('conv2', 32, 3, 'valid'),
      pool('pool1'),
      ['drop1', 'dropout', { rate: 0.25 }],
      conv('conv3', 64, 3, 'same'),
      conv('conv4', 64, 3, 'valid'),
      pool('pool2'),
      ['drop2', 'dropout', { rate: 0.25 }],
      ['flatten', 'flatten'],
      ['fc1', 'dense', { units: 512, activation: 'relu' }],
      ['drop3', 'dropout', { rate: 0.5 }],
      logits,
    ],
  },
};

/** A straight chain from an Input node through `layers`. */
function chainGraph(imageShape: [number, number, number], layers: Layer[]): Graph {
  const all: Layer[] = [['input', 'input', { shape: imageShape }], ...layers];
  return {
    nodes: all.map(([id, kind, params = {}], i) => ({ id, kind, params, position: { x: 0, y: 110 * i } })),
    edges: all.slice(1).map(([id], i) => ({ source: all[i]![0], target: id })),
  };
}

export interface BenchNet {
  model: LayersModel;
  imageShape: [number, number, number];
  lossSpec: LossSpec;
  /** How the trainer would rebuild the model in a replica thread. */
  recipe: ModelRecipe;
}

/**
 * Compiles one of the reference nets with Convas' graph analysis and compiler.
 *
 * @example
 * const { model, imageShape } = buildBenchNet('lenet'); // imageShape [28, 28, 1], 10 logits
 */
export function buildBenchNet(name: BenchNetName): BenchNet {
  const { imageShape, layers } = NETS[name];
  const recipe: ModelRecipe = {
    graph: chainGraph(imageShape, layers),
    dataset: { imageShape, classNames: Array.from({ length: 10 }, (_, i) => `class ${i}`) },
    modelName: name,
  };
  return { model: buildModel(recipe), imageShape, lossSpec: { task: 'classification', logits: true }, recipe };
}

/**
 * The step the trainer would use for this net on this backend (data-parallel when it can be).
 *
 * @example
 * const chosen = await benchTrainStep(net, tf.train.adam(1e-3), 'wasm', 64); // chosen.threads === 2 on 2 cores
 * try { chosen.step(x, y); } finally { await chosen.close(); }
 */
export function benchTrainStep(
  net: BenchNet,
  optimizer: tf.Optimizer,
  backend: BackendName,
  batchSize: number,
): Promise<ChosenTrainStep> {
  return selectTrainStep({ model: net.model, optimizer, spec: net.lossSpec, backend, recipe: net.recipe, batchSize });
}
