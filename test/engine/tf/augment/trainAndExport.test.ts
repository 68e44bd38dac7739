/**
 * A graph with every augmentation kind on wasm: it trains (gradients reach the conv after the chain),
 * predicts as if the chain were not there (randomCrop: the centre crop), and exports a model that
 * plain tfjs loads and that predicts the same.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../engine/data/random';
import { tfjsExporter } from '../../../../engine/export/tfjs';
import { analyzeGraph } from '../../../../engine/core/graph/analyze';
import type { Project } from '../../../../engine/core/project/schema';
import { selectBackend } from '../../../../engine/tf/backend';
import { compileGraph } from '../../../../engine/tf/compile';
import { saveModel } from '../../../../engine/tf/modelFiles';
import { loadTrainedModel } from '../../../../engine/tf/trainedModel';
import { createTrainStep } from '../../../../engine/train/step';
import { graph, type NodeDefs } from '../../core/graph/graphs';

const CLASSES = 3;
const ctx = { numClasses: CLASSES };
const dataset = (shape: [number, number, number]) => ({ imageShape: shape, classNames: ['a', 'b', 'c'] });
const tail: NodeDefs = { conv: ['conv2d', { filters: 4, kernelSize: 3 }], f: ['flatten'], out: ['output'] };
const augmented = analyzeGraph(
  graph(
    {
      in: ['input', { shape: [12, 11, 1] }],
      flip: ['randomFlip', { mode: 'horizontal_and_vertical' }],
      rot: ['randomRotation'],
      zoom: ['randomZoom'],
      shift: ['randomTranslation'],
      crop: ['randomCrop', { height: 9, width: 8 }],
      contrast: ['randomContrast'],
      light: ['randomBrightness'],
      noise: ['gaussianNoise'],
      ...tail,
    },
    ['in', 'flip', 'rot', 'zoom', 'shift', 'crop', 'contrast', 'light', 'noise', 'conv', 'f', 'out'],
  ),
  { dataset: dataset([12, 11, 1]) },
);
/** The same network without augmentation, on images already centre-cropped to 9 × 8. */
const plain = analyzeGraph(graph({ in: ['input', { shape: [9, 8, 1] }], ...tail }, ['in', 'conv', 'f', 'out']), {
  dataset: dataset([9, 8, 1]),
});

const next = mulberry32(5);
const x = () =>
  tf.tensor4d(
    Float32Array.from({ length: 6 * 12 * 11 }, () => next()),
    [6, 12, 11, 1],
  );
const centre = (images: tf.Tensor4D) => tf.slice(images, [0, 1, 1, 0], [-1, 9, 8, -1]);
const values = (t: tf.Tensor | tf.Tensor[]) => Array.from((t as tf.Tensor).dataSync());
const close = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) < 1e-5) && a.length === b.length;

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const run = promisify(execFile);
const PLAIN_TFJS_PREDICT = `
  import * as tf from '@tensorflow/tfjs-core';
  import '@tensorflow/tfjs-backend-cpu';
  import * as tfl from '@tensorflow/tfjs-layers';
  import { readFileSync } from 'node:fs';
  const [dir, bin] = process.argv.slice(1);
  const json = JSON.parse(readFileSync(dir + '/model.json', 'utf8'));
  const weights = readFileSync(dir + '/' + bin);
  const model = await tfl.loadLayersModel(tf.io.fromMemory({
    modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0].weights,
    weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
  }));
  const images = tf.tensor4d(JSON.parse(readFileSync(dir + '/images.json', 'utf8')), [6, 12, 11, 1]);
  console.log(JSON.stringify(Array.from(model.predict(images).dataSync())));
`;

beforeAll(async () => {
  await import('@tensorflow/tfjs-backend-cpu');
  expect((await selectBackend('wasm')).name).toBe('wasm');
});

describe('augmentation in a trained and exported model (wasm)', () => {
  it('trains: the loss is finite and the conv after the chain learns', () => {
    expect(augmented.problems).toEqual([]);
    const { model } = compileGraph(augmented, ctx, 'aug', { seed: 42 });
    const kernelBefore = values(model.getLayer('conv').getWeights()[0]!);
    const step = createTrainStep(model, tf.train.sgd(0.5), { task: 'classification', logits: false });
    const images = x(),
      labels = tf.oneHot(tf.tensor1d([0, 1, 2, 0, 1, 2], 'int32'), CLASSES);
    const losses = [step(images, labels).loss, step(images, labels).loss];
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(close(values(model.getLayer('conv').getWeights()[0]!), kernelBefore)).toBe(false);
    // Training draws new augmentations every call; inference does not move. (Read off the chain's end: two large
    // steps may leave every ReLU of the conv dead, and the predictions then ignore the images.)
    const chain = tfl.model({ inputs: model.inputs, outputs: model.getLayer('noise').output as tfl.SymbolicTensor });
    expect(
      close(
        values(chain.apply(images, { training: true }) as tf.Tensor),
        values(chain.apply(images, { training: true }) as tf.Tensor),
      ),
    ).toBe(false);
    expect(values(chain.predict(images) as tf.Tensor)).toEqual(values(centre(images)));
    model.dispose();
  });

  it('draws per node from the training seed: the same seed repeats, another does not', () => {
    const { model: seeded } = compileGraph(augmented, ctx, 'aug', { seed: 42 });
    const seeds = ['flip', 'rot', 'zoom', 'noise'].map(name => seeded.getLayer(name).getConfig().seed);
    expect(new Set(seeds).size).toBe(4);
    seeded.dispose();
    const chainOutput = (seed: number) => {
      const { model } = compileGraph(augmented, ctx, 'aug', { seed });
      const chain = tfl.model({ inputs: model.inputs, outputs: model.getLayer('noise').output as tfl.SymbolicTensor });
      const out = values(chain.apply(images, { training: true }) as tf.Tensor);
      model.dispose();
      return out;
    };
    const images = x();
    expect(chainOutput(42)).toEqual(chainOutput(42));
    expect(close(chainOutput(42), chainOutput(43))).toBe(false);
  });

  it('predicts as the network without augmentation does on centre-cropped images', () => {
    const { model } = compileGraph(augmented, ctx, 'aug', { seed: 1 });
    const { model: reference } = compileGraph(plain, ctx, 'plain');
    for (const layer of reference.layers)
      if (layer.weights.length) layer.setWeights(model.getLayer(layer.name).getWeights());
    const images = x();
    expect(
      close(values(model.predict(images) as tf.Tensor), values(reference.predict(centre(images)) as tf.Tensor)),
    ).toBe(true);
    model.dispose();
    reference.dispose();
  });

  it('exports a model plain tfjs loads (no Convas classes, a Cropping2D) that predicts as the trained one', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'convas-augment-'));
    const { model } = compileGraph(augmented, ctx, 'aug', { seed: 3 });
    createTrainStep(model, tf.train.sgd(0.1), { task: 'classification', logits: false })(
      x(),
      tf.oneHot(tf.tensor1d([0, 1, 2, 0, 1, 2], 'int32'), CLASSES),
    );
    const project = { name: 'augmented' } as Project;
    const { files } = await tfjsExporter.write({
      project,
      analysis: augmented,
      model,
      classNames: ['a', 'b', 'c'],
      outDir: dir,
    });
    const json = JSON.parse(await readFile(path.join(dir, 'model.json'), 'utf8'));
    const classes = (json.modelTopology.config.layers as { class_name: string }[]).map(l => l.class_name);
    expect(classes).toEqual(['InputLayer', 'Cropping2D', 'Conv2D', 'Flatten', 'Dense']);
    expect((await readdir(dir)).sort()).toEqual([...files].sort());
    const images = x();
    await writeFile(path.join(dir, 'images.json'), JSON.stringify(values(images)));
    // A separate Node process with nothing but tfjs: no Convas class is registered there.
    const { stdout } = await run(
      process.execPath,
      ['--input-type=module', '-e', PLAIN_TFJS_PREDICT, dir, files.find(f => f.endsWith('.bin'))!],
      { cwd: REPO },
    );
    expect(close(JSON.parse(stdout) as number[], values(model.predict(images) as tf.Tensor))).toBe(true);
    model.dispose();
  });

  it('keeps the augmentation layers in training checkpoints, which load back', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'convas-augment-'));
    const { model } = compileGraph(augmented, ctx, 'aug', { seed: 3 });
    await saveModel(model, dir);
    const json = JSON.parse(await readFile(path.join(dir, 'model.json'), 'utf8'));
    expect(JSON.stringify(json.modelTopology)).toContain('ConvasRandomCrop');
    const reloaded = await loadTrainedModel(augmented, dir, { numClasses: CLASSES });
    const images = x();
    expect(values(reloaded.predict(images) as tf.Tensor)).toEqual(values(model.predict(images) as tf.Tensor));
    reloaded.dispose();
    model.dispose();
  });
});
