/** Importing TensorFlow.js LayersModels: Keras-style files, Teachable Machine's nesting, and Convas' own exports. */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConvasError } from '../../../../engine/core/errors';
import { tfjsExporter } from '../../../../engine/export/tfjs';
import { analyzeGraph } from '../../../../engine/core/graph/analyze';
import { importTfjsModel } from '../../../../engine/import/tfjs/importModel';
import { KERAS_IMPORTED_KINDS } from '../../../../engine/import/tfjs/layerMapping';
import { withEveryKind } from '../../core/layers/kindCases';
import { parseProject } from '../../../../engine/core/project/parse';
import type { Project } from '../../../../engine/core/project/schema';
import { selectBackend } from '../../../../engine/tf/backend';
import { compileGraph } from '../../../../engine/tf/compile';
import { loadModel } from '../../../../engine/tf/modelFiles';
import { loadTrainedModel } from '../../../../engine/tf/trainedModel';
import { sequentialCnn, teachableMachineLike, writeModel } from './kerasFixtures';

const temp = () => mkdtemp(path.join(os.tmpdir(), 'convas-import-'));

beforeAll(async () => {
  await selectBackend('cpu');
});

async function maxPredictionGap(a: tfl.LayersModel, b: tfl.LayersModel, inputShape: number[]): Promise<number> {
  return tf.tidy(() => {
    const x = tf.randomUniform([16, ...inputShape], 0, 1, 'float32', 7);
    return tf.max(tf.abs(tf.sub(a.predict(x) as tf.Tensor, b.predict(x) as tf.Tensor))).dataSync()[0]!;
  });
}

async function importAndCompare(file: string, inputShape: number[]) {
  const weightsDir = path.join(await temp(), 'weights');
  const { project } = await importTfjsModel(file, { weightsDir });
  const original = await loadModel(file);
  const imported = await loadTrainedModel(analyzeGraph(project), weightsDir, {});
  const gap = await maxPredictionGap(original, imported, inputShape);
  original.dispose();
  imported.dispose();
  return { project, gap };
}

const kinds = (p: Pick<Project, 'nodes'>) => p.nodes.map(n => `${n.id}:${n.kind}`);

describe('importTfjsModel', () => {
  it('opens a Keras Sequential as written by tensorflowjs_converter, with its weights and frozen layers', async () => {
    const { project, gap } = await importAndCompare(await writeModel(sequentialCnn()), [8, 8, 1]);
    expect(kinds(project)).toEqual([
      'input_1:input',
      'conv2d:conv2d',
      'batch_normalization:batchNormalization',
      're_lu:activation',
      'max_pooling2d:maxPooling2d',
      'flatten:flatten',
      'dropout:dropout',
      'dense:output',
    ]);
    const byId = new Map(project.nodes.map(n => [n.id, n]));
    expect(byId.get('conv2d')).toMatchObject({
      trainable: false,
      params: { filters: 2, kernelSize: 3, strides: 1, padding: 'valid', activation: 'relu', useBias: true },
    });
    expect(byId.get('re_lu')!.params).toEqual({ activation: 'relu6' });
    expect(byId.get('dense')!.params).toEqual({ task: 'classification', units: 3, activation: 'softmax' });
    expect(project.edges).toHaveLength(7);
    expect(new Set(project.nodes.map(n => n.position.y)).size).toBe(8);
    expect(() => parseProject(project)).not.toThrow();
    expect(gap).toBeLessThan(1e-6);
  });

  it('flattens a Teachable Machine style model (functional base and Sequential head nested in a Sequential), folding its uneven pad', async () => {
    const { project, gap } = await importAndCompare(await writeModel(teachableMachineLike()), [8, 8, 3]);
    expect(project.nodes.find(n => n.id === 'conv_dw_1')!.params).toMatchObject({ padding: 'same', strides: 2 });
    expect(project.edges).toContainEqual({ source: 'conv1_relu', target: 'conv_dw_1' });
    expect(kinds(project)).toEqual([
      'input_1:input',
      'conv1:conv2d',
      'conv1_bn:batchNormalization',
      'conv1_relu:activation',
      'conv_dw_1:depthwiseConv2d',
      'conv_pw_1:conv2d',
      'global_average_pooling2d_GlobalAveragePooling2D1:globalAveragePooling2d',
      'dense_Dense1:dense',
      'dense_Dense2:output',
    ]);
    expect(gap).toBeLessThan(1e-6);
  });

  it("refuses an uneven pad that is not the next convolution's 'same' padding", async () => {
    const error = await importTfjsModel(
      await writeModel(
        teachableMachineLike([
          [1, 0],
          [1, 0],
        ]),
      ),
      { weightsDir: path.join(await temp(), 'w') },
    ).catch(e => e);
    expect(error).toMatchObject({
      code: 'IMPORT_UNSUPPORTED',
      message: expect.stringMatching(/conv_pad_1 \(uneven padding/),
    });
  });

  it('names every unsupported layer class and writes nothing', async () => {
    const file = await writeModel(
      sequentialCnn([
        { class_name: 'Conv3D', config: { name: 'c3' } },
        { class_name: 'Lambda', config: { name: 'my_lambda' } },
        { class_name: 'Conv2D', config: { name: 'dilated', filters: 2, kernel_size: 1, dilation_rate: 2 } },
      ]),
    );
    const weightsDir = path.join(await temp(), 'weights');
    const error = await importTfjsModel(file, { weightsDir }).catch(e => e);
    expect(error).toBeInstanceOf(ConvasError);
    expect(error.code).toBe('IMPORT_UNSUPPORTED');
    expect(error.message).toMatch(/Conv3D, Lambda, Conv2D/);
    expect(error.message).toMatch(/c3 \(Conv3D: no Convas layer\)/);
    expect(error.message).toMatch(/dilated \(Conv2D: dilation_rate other than 1\)/);
    expect(existsSync(weightsDir)).toBe(false);
  });

  it('imports its own tfjs export back: same nodes, params and predictions (augmentation exports as the identity)', async () => {
    const graph = everyImportableKind();
    const analysis = analyzeGraph(graph);
    expect(analysis.problems).toEqual([]);
    const { model } = compileGraph(analysis, {}, 'every_kind', { seed: 3 });
    const outDir = path.join(await temp(), 'export');
    await tfjsExporter.write({ project: graph, analysis, model, classNames: ['a', 'b', 'c', 'd'], outDir });
    const weightsDir = path.join(await temp(), 'weights');
    const { project } = await importTfjsModel(path.join(outDir, 'model.json'), { weightsDir });
    const trainedNodes = graph.nodes.filter(n => n.kind !== 'randomFlip');
    expect(kinds(project)).toEqual(expect.arrayContaining(kinds({ nodes: trainedNodes })));
    expect(project.nodes).toHaveLength(trainedNodes.length);
    const resolved = (p: Project) => Object.fromEntries(analyzeGraph(p).nodes.map(n => [n.id, n.params]));
    const ours = resolved(graph);
    for (const [id, params] of Object.entries(resolved(project))) expect(params, id).toEqual(ours[id]);
    const imported = await loadTrainedModel(analyzeGraph(project), weightsDir, {});
    expect(await maxPredictionGap(model, imported, [12, 12, 3])).toBeLessThan(1e-6);
  });
});

/** One node of each kind the importer maps (any the hand-built list lacks from kindCases; leaky ReLU as its own node: as a conv activation tfjs stores it as a separate layer). */
function everyImportableKind(): Project {
  const nodes: [string, string, Record<string, unknown>, string[]][] = [
    ['image', 'input', { shape: [12, 12, 3] }, []],
    ['flip', 'randomFlip', {}, ['image']],
    ['pad', 'zeroPadding2d', { padding: [1, 2] }, ['flip']],
    [
      'conv',
      'conv2d',
      { filters: 4, kernelSize: [3, 5], strides: 1, padding: 'valid', activation: 'elu', useBias: true },
      ['pad'],
    ],
    ['bn', 'batchNormalization', { momentum: 0.9, epsilon: 0.01 }, ['conv']],
    ['leaky', 'activation', { activation: 'leakyRelu' }, ['bn']],
    [
      'dw',
      'depthwiseConv2d',
      { kernelSize: 3, strides: 1, padding: 'same', depthMultiplier: 2, activation: 'relu6', useBias: false },
      ['leaky'],
    ],
    [
      'sep',
      'separableConv2d',
      {
        filters: 8,
        kernelSize: 3,
        strides: 1,
        padding: 'same',
        depthMultiplier: 1,
        activation: 'swish',
        useBias: true,
      },
      ['leaky'],
    ],
    ['sum', 'add', {}, ['dw', 'sep']],
    ['maxp', 'maxPooling2d', { poolSize: 2, strides: 2, padding: 'valid' }, ['sum']],
    ['avgp', 'averagePooling2d', { poolSize: 3, strides: 1, padding: 'same' }, ['sum']],
    ['avgp2', 'maxPooling2d', { poolSize: 2, strides: 2, padding: 'same' }, ['avgp']],
    ['cat', 'concatenate', {}, ['maxp', 'avgp2']],
    ['gap', 'globalMaxPooling2d', {}, ['cat']],
    ['drop', 'dropout', { rate: 0.3 }, ['gap']],
    ['fc', 'dense', { units: 6, activation: 'tanh', useBias: true }, ['drop']],
    ['act', 'activation', { activation: 'sigmoid' }, ['fc']],
    ['probs', 'output', { task: 'classification', units: 4, activation: 'softmax' }, ['act']],
  ];
  return parseProject({
    version: 1,
    name: 'every kind',
    dataset: { kind: 'folder', path: 'images' },
    ...withEveryKind(
      {
        nodes: nodes.map(([id, kind, params], i) => ({ id, kind, params, position: { x: 0, y: 100 * i } })),
        edges: nodes.flatMap(([id, , , inputs]) => inputs.map(source => ({ source, target: id }))),
      },
      { image: 'flip', features: 'fc' },
      KERAS_IMPORTED_KINDS,
    ),
  });
}
