/**
 * Test helpers for the Python exporters: the templates and a graph using every layer kind, compiled
 * with random-but-fixed weights, Python with torch (or a reason to skip), and .npy files.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { mulberry32 } from '../../../../engine/data/random';
import { analyzeGraph, type GraphAnalysis } from '../../../../engine/core/graph/analyze';
import type { DatasetFit } from '../../../../engine/core/graph/layerContext';
import { layerContextOf } from '../../../../engine/core/graph/layerContext';
import { parseProject } from '../../../../engine/core/project/parse';
import type { Project } from '../../../../engine/core/project/schema';
import { compileGraph } from '../../../../engine/tf/compile';
import { withEveryKind } from '../../core/layers/kindCases';
import { pythonMissing } from '../../../support/pythonModules';
import type * as tfl from '@tensorflow/tfjs-layers';

export const REPO = path.resolve(import.meta.dirname, '../../../..');
export const PYTHON = '/usr/bin/python3';

/** Why the torch checks cannot run here, or null when python3 imports torch and numpy (see pythonMissing). */
export const torchMissing = (): string | null => pythonMissing(['torch', 'numpy']);

/** Runs python3 in `cwd`; throws with its stderr when it fails. */
export function python(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  return execFileSync(PYTHON, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 300_000,
    maxBuffer: 1 << 28,
  });
}

export function templates(): { name: string; project: Project }[] {
  const dir = path.join(REPO, 'templates');
  return readdirSync(dir)
    .filter(f => f.endsWith('.convas.json'))
    .sort()
    .map(f => ({ name: f, project: parseProject(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))) }));
}

/** A dataset that fits the project's Input and Output without reading any file. */
export function fitFor(project: Project, classes = 10): DatasetFit {
  const input = project.nodes.find(n => n.kind === 'input')!.params.shape as [number, number, number];
  const output = project.nodes.find(n => n.kind === 'output')!.params;
  if (output.task === 'regression') {
    const n = typeof output.units === 'number' ? output.units : 1;
    return {
      imageShape: input,
      classNames: [],
      task: 'regression',
      targetNames: Array.from({ length: n }, (_, i) => `t${i}`),
    };
  }
  return { imageShape: input, classNames: Array.from({ length: classes }, (_, i) => `c${i}`) };
}

type N = Project['nodes'][number];
const node = (id: string, kind: string, params: Record<string, unknown> = {}): N => ({
  id,
  kind,
  params,
  position: { x: 0, y: 0 },
});

/** Every layer kind at least once (any the hand-built graph lacks on a branch of its own, from kindCases), with asymmetric 'same' padding, merges of both ranks and every flat/image variant that matters. */
export function allKindsProject(task: 'classification' | 'regression' = 'classification'): Project {
  const nodes: N[] = [
    node('in', 'input', { shape: [12, 12, 3] }),
    node('flip', 'randomFlip'),
    node('rot', 'randomRotation'),
    node('zoom', 'randomZoom'),
    node('shift', 'randomTranslation'),
    node('contrast', 'randomContrast'),
    node('bright', 'randomBrightness'),
    node('noise', 'gaussianNoise'),
    node('crop', 'randomCrop', { height: 10, width: 9 }),
    node('stem', 'conv2d', { filters: 4, kernelSize: 3, strides: 2, padding: 'same', activation: 'leakyRelu' }),
    node('dw', 'depthwiseConv2d', {
      kernelSize: [3, 2],
      strides: 1,
      padding: 'same',
      depthMultiplier: 2,
      activation: 'swish',
    }),
    node('sep', 'separableConv2d', {
      filters: 8,
      kernelSize: [2, 3],
      padding: 'same',
      depthMultiplier: 3,
      activation: 'gelu',
    }),
    node('sum', 'add'),
    node('bn', 'batchNormalization', { momentum: 0.9, epsilon: 0.01 }),
    node('act', 'activation', { activation: 'elu' }),
    node('pad', 'zeroPadding2d', { padding: [1, 2] }),
    node('maxp', 'maxPooling2d', { poolSize: 3, strides: 2, padding: 'same' }),
    node('avgp', 'averagePooling2d', { poolSize: 2, strides: 1, padding: 'same' }),
    node('avgs', 'averagePooling2d', { poolSize: [2, 1], strides: [1, 1], padding: 'same' }),
    node('pw', 'conv2d', { filters: 3, kernelSize: 1, activation: 'relu6', useBias: false }),
    node('pw2', 'conv2d', { filters: 2, kernelSize: [2, 1], padding: 'same', activation: 'sigmoid' }),
    node('avgv', 'averagePooling2d', { poolSize: 2, strides: 2, padding: 'valid' }),
    node('flat2', 'flatten'),
    node('cat', 'concatenate'),
    node('drop', 'dropout', { rate: 0.3 }),
    node('gap', 'globalAveragePooling2d'),
    node('gmp', 'globalMaxPooling2d'),
    node('flat', 'flatten'),
    node('fc', 'dense', { units: 6, activation: 'tanh' }),
    node('catflat', 'concatenate'),
    node('bnflat', 'batchNormalization'),
    node('fc2', 'dense', { units: 8, activation: 'selu' }),
    node('fc3', 'dense', { units: 5, activation: 'softplus', useBias: false }),
    node('relu', 'activation', { activation: 'relu' }),
    node('out', 'output', { task }),
  ];
  const chain = ['in', 'flip', 'rot', 'zoom', 'shift', 'contrast', 'bright', 'noise', 'crop', 'stem'];
  const edges: [string, string][] = [
    ...chain.slice(1).map((t, i) => [chain[i]!, t] as [string, string]),
    ['stem', 'dw'],
    ['stem', 'sep'],
    ['dw', 'sum'],
    ['sep', 'sum'],
    ['sum', 'bn'],
    ['bn', 'act'],
    ['act', 'pad'],
    ['pad', 'maxp'],
    ['maxp', 'avgp'],
    ['maxp', 'pw'],
    ['maxp', 'pw2'],
    ['avgp', 'cat'],
    ['pw', 'cat'],
    ['pw2', 'avgs'],
    ['avgs', 'cat'],
    ['cat', 'drop'],
    ['drop', 'gap'],
    ['drop', 'gmp'],
    ['drop', 'flat'],
    ['flat', 'fc'],
    ['drop', 'avgv'],
    ['avgv', 'flat2'],
    ['flat2', 'catflat'],
    ['gap', 'catflat'],
    ['gmp', 'catflat'],
    ['fc', 'catflat'],
    ['catflat', 'bnflat'],
    ['bnflat', 'fc2'],
    ['fc2', 'fc3'],
    ['fc3', 'relu'],
    ['relu', 'out'],
  ];
  return parseProject({
    version: 1,
    name: `every kind ${task}`,
    ...withEveryKind(
      { nodes, edges: edges.map(([source, target]) => ({ source, target })) },
      { image: 'crop', features: 'fc2' },
    ),
    dataset:
      task === 'regression'
        ? { kind: 'csv', path: 'labels.csv', imageColumn: 'file', labelColumn: 'grade', task: 'regression' }
        : { kind: 'folder', path: 'images' },
  });
}

export interface Built {
  analysis: GraphAnalysis;
  model: tfl.LayersModel;
  classNames: string[];
}

/** Analyses and compiles the project (training layers included, as a trained run holds them) with seeded weights. */
export function buildWithFixedWeights(project: Project, fit: DatasetFit, seed = 1): Built {
  const analysis = analyzeGraph(project, { dataset: fit });
  if (!analysis.ok) throw new Error(JSON.stringify(analysis.problems));
  const { model } = compileGraph(analysis, layerContextOf(fit), 'test', { seed });
  const random = mulberry32(seed);
  for (const layer of model.layers) {
    if (!layer.weights.length) continue;
    layer.setWeights(
      layer.weights.map(w => {
        const isVariance = w.originalName.endsWith('moving_variance');
        // Kernels scaled by their fan-in as initialisers do, so outputs stay in a trained model's range (float32 noise stays small).
        const fanIn = w.shape.length > 1 ? (w.shape as number[]).slice(0, -1).reduce((a, b) => a * b, 1) : 1;
        const scale = 2 * Math.sqrt(3 / fanIn);
        const values = Float32Array.from({ length: (w.shape as number[]).reduce((a, b) => a * b, 1) }, () =>
          isVariance ? 0.5 + random() : (random() - 0.5) * scale,
        );
        return tf.tensor(values, w.shape as number[]);
      }),
    );
  }
  return { analysis, model, classNames: fit.classNames };
}

/** Reads a float32 little-endian .npy file (what numpy.save writes for float32 arrays). */
export function readNpy(file: string): { shape: number[]; values: Float32Array } {
  const bytes = readFileSync(file);
  const headerLength = bytes.readUInt16LE(8);
  const header = bytes.subarray(10, 10 + headerLength).toString('latin1');
  if (!header.includes("'<f4'")) throw new Error(`${file}: not float32: ${header}`);
  const shape = [...header.match(/'shape': \(([^)]*)\)/)![1]!.matchAll(/\d+/g)].map(m => Number(m[0]));
  const data = bytes.subarray(10 + headerLength);
  return { shape, values: new Float32Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)) };
}

/** Fixed random inputs in [0, 1], N×H×W×C. */
export function fixedInputs(count: number, shape: number[], seed = 7): { shape: number[]; values: Float32Array } {
  const random = mulberry32(seed);
  const full = [count, ...shape];
  return { shape: full, values: Float32Array.from({ length: full.reduce((a, b) => a * b, 1) }, () => random()) };
}

export const maxAbsDiff = (a: Float32Array, b: Float32Array): number =>
  a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);
