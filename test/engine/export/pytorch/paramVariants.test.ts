/**
 * One small graph per layer kind and awkward param set (uneven 'same' padding, windows as large as the
 * input, strides above the kernel, flat and image merges): the pytorch export predicts what tfjs does.
 * All run in one Python process.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../../../engine/core/graph/analyze';
import { LAYER_KINDS, layerSpec } from '../../../../engine/core/layers';
import { pytorchExporter } from '../../../../engine/export/pytorch';
import { encodeNpy } from '../../../../engine/export/python/tensorFiles';
import { parseProject } from '../../../../engine/core/project/parse';
import { inferenceModel } from '../../../../engine/tf/inferenceModel';
import {
  buildWithFixedWeights,
  fitFor,
  fixedInputs,
  maxAbsDiff,
  python,
  readNpy,
  torchMissing,
} from '../python/fixtures';
import { KIND_CASES } from '../../core/layers/kindCases';

const missing = torchMissing();
if (missing) console.warn(`Skipping the PyTorch param variants: ${missing}`);
const RUNNER = path.join(import.meta.dirname, 'run_exports.py');

interface Variant {
  kind: string;
  params: Record<string, unknown>;
  input: [number, number, number];
  flat?: boolean;
}
const VARIANTS: Variant[] = [
  { kind: 'conv2d', params: { filters: 3, kernelSize: [3, 5], strides: 2, padding: 'same' }, input: [9, 9, 3] },
  {
    kind: 'conv2d',
    params: { filters: 2, kernelSize: 4, strides: [2, 1], activation: 'leakyRelu', useBias: false },
    input: [9, 9, 3],
  },
  {
    kind: 'conv2d',
    params: { filters: 2, kernelSize: 5, strides: 3, padding: 'same', activation: 'gelu' },
    input: [4, 6, 1],
  },
  { kind: 'conv2d', params: { filters: 2, kernelSize: 2, strides: 1, padding: 'same' }, input: [5, 5, 2] },
  {
    kind: 'depthwiseConv2d',
    params: { kernelSize: 3, strides: 3, padding: 'same', activation: 'swish' },
    input: [8, 5, 1],
  },
  {
    kind: 'depthwiseConv2d',
    params: { kernelSize: 2, strides: [1, 2], depthMultiplier: 3, useBias: false },
    input: [9, 9, 3],
  },
  {
    kind: 'separableConv2d',
    params: { filters: 6, kernelSize: [5, 3], strides: 2, padding: 'same', depthMultiplier: 2 },
    input: [9, 9, 3],
  },
  { kind: 'separableConv2d', params: { filters: 1, kernelSize: 9, activation: 'elu' }, input: [9, 9, 2] },
  { kind: 'maxPooling2d', params: { poolSize: 3, strides: 2, padding: 'same' }, input: [9, 9, 3] },
  { kind: 'maxPooling2d', params: { poolSize: [2, 3], strides: [1, 2] }, input: [9, 9, 3] },
  { kind: 'maxPooling2d', params: { poolSize: 9, strides: 1 }, input: [9, 9, 3] },
  { kind: 'maxPooling2d', params: { poolSize: 2, strides: 3, padding: 'same' }, input: [10, 7, 2] },
  { kind: 'averagePooling2d', params: { poolSize: 3, strides: 2, padding: 'same' }, input: [9, 9, 3] },
  { kind: 'averagePooling2d', params: { poolSize: 4, strides: 4, padding: 'same' }, input: [10, 7, 2] },
  { kind: 'averagePooling2d', params: { poolSize: [3, 2], strides: [2, 3] }, input: [9, 9, 3] },
  { kind: 'zeroPadding2d', params: { padding: [2, 0] }, input: [3, 4, 2] },
  { kind: 'randomCrop', params: { height: 1, width: 2 }, input: [3, 4, 2] },
  { kind: 'randomCrop', params: { height: 24, width: 20 }, input: [28, 28, 1] },
  { kind: 'batchNormalization', params: { momentum: 0, epsilon: 1 }, input: [4, 4, 3], flat: true },
  { kind: 'dense', params: { units: 16, activation: 'softmax' }, input: [1, 1, 1], flat: true },
  ...['relu6', 'selu', 'sigmoid', 'softplus', 'tanh', 'gelu'].map(activation => ({
    kind: 'activation',
    params: { activation },
    input: [3, 3, 2] as [number, number, number],
  })),
];

/** Every case in kindCases of each kind the hand-written list lacks (merges, augmentation, Input and Output have graphs of their own). */
const listed = new Set(VARIANTS.map(v => v.kind));
VARIANTS.push(
  ...LAYER_KINDS.filter(
    kind => !listed.has(kind) && kind !== 'input' && kind !== 'output' && layerSpec(kind).category !== 'augmentation',
  ).flatMap(kind =>
    KIND_CASES[kind]
      .filter(c => !c.branches)
      .map(c => ({ kind, params: c.params ?? {}, input: c.input ?? [9, 9, 3], flat: c.flat })),
  ),
);

/** Input → [Flatten] → the layer → [Flatten] → Output of 3 classes. */
function variantProject(v: Variant) {
  const nodes: { id: string; kind: string; params: Record<string, unknown> }[] = [
    { id: 'in', kind: 'input', params: { shape: v.input } },
  ];
  const edges: { source: string; target: string }[] = [];
  const add = (id: string, kind: string, params: Record<string, unknown>, from: string) => {
    nodes.push({ id, kind, params });
    edges.push({ source: from, target: id });
    return id;
  };
  let last = v.flat ? add('flat0', 'flatten', {}, 'in') : 'in';
  last = add('layer', v.kind, v.params, last);
  const shape = analyzeGraph({ nodes: nodes.map(n => ({ ...n, position: { x: 0, y: 0 } })), edges }).byId.get(
    last,
  )?.shape;
  if ((shape?.length ?? 1) > 1) last = add('flat', 'flatten', {}, last);
  add('out', 'output', {}, last);
  return parseProject({ version: 1, name: `${v.kind} variant`, nodes, edges, dataset: { kind: 'folder', path: 'x' } });
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe.skipIf(!!missing)('pytorch export of awkward params', () => {
  it(`matches tfjs for ${VARIANTS.length} variants`, async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'convas-torch-variants-'));
    const expected: Float32Array[] = [];
    const dirs: string[] = [];
    for (const [i, v] of VARIANTS.entries()) {
      const project = variantProject(v);
      const fit = fitFor(project, 3);
      const { analysis, model, classNames } = buildWithFixedWeights(project, fit, i + 1);
      const shipped = inferenceModel(analysis, model);
      const dir = path.join(root, String(i));
      await pytorchExporter.write({ project, analysis, model, classNames, outDir: dir });
      const x = fixedInputs(20, v.input, i);
      await writeFile(path.join(dir, 'x.npy'), encodeNpy(x.shape, x.values));
      expected.push(
        tf.tidy(() => (shipped.predict(tf.tensor(x.values, x.shape)) as tf.Tensor).dataSync() as Float32Array),
      );
      dirs.push(dir);
      shipped.dispose();
      model.dispose();
    }
    python([RUNNER, ...dirs], root);
    const diffs = VARIANTS.map((v, i) => ({
      variant: `${v.kind} ${JSON.stringify(v.params)} on ${v.input.join('×')}`,
      diff: maxAbsDiff(readNpy(path.join(dirs[i]!, 'y.npy')).values, expected[i]!),
    }));
    expect(diffs.filter(d => !(d.diff < 1e-4))).toEqual([]);
  }, 240_000);
});
