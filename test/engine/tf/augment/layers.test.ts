/** Each augmentation layer class: what it does while training, the identity otherwise, seeded, and serializable. */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../../engine/data/random';
import type { AugmentationConfigs } from '../../../../engine/core/layers/augmentation';
import { makeAugmentationLayer, registerAugmentationClasses } from '../../../../engine/tf/augment';
import { rotationRow, translationRow, zoomRow } from '../../../../engine/tf/augment/affine';
import { useCorrectTransformKernels } from '../../../../engine/tf/augment/transformKernel';
import { selectBackend } from '../../../../engine/tf/backend';

type Kind = keyof AugmentationConfigs;
const PARAMS: { [K in Kind]: AugmentationConfigs[K] } = {
  randomFlip: { mode: 'horizontal_and_vertical' },
  randomRotation: { factor: 0.2 },
  randomZoom: { heightFactor: 0.3, widthFactor: 0.2 },
  randomTranslation: { heightFactor: 0.2, widthFactor: 0.3 },
  randomContrast: { factor: 0.5 },
  randomBrightness: { factor: 0.3 },
  gaussianNoise: { stddev: 0.1 },
  randomCrop: { height: 5, width: 4 },
};
const KINDS = Object.keys(PARAMS) as Kind[];
const make = <K extends Kind>(kind: K, seed = 1): tfl.layers.Layer =>
  makeAugmentationLayer(kind, { name: kind, seed, ...PARAMS[kind] });

const images = (n: number, h = 7, w = 6, c = 2, seed = 3) => {
  const next = mulberry32(seed);
  return tf.tensor4d(
    Float32Array.from({ length: n * h * w * c }, () => 0.1 + 0.8 * next()),
    [n, h, w, c],
  );
};
const run = (layer: tfl.layers.Layer, x: tf.Tensor, training: boolean) =>
  tf.tidy(() => Array.from((layer.apply(x, { training }) as tf.Tensor).dataSync()));
const imageValues = (values: number[], n: number) =>
  Array.from({ length: n }, (_, i) => values.slice((i * values.length) / n, ((i + 1) * values.length) / n));

beforeAll(async () => {
  await selectBackend('cpu');
  useCorrectTransformKernels();
});

describe.each(KINDS)('%s', kind => {
  it('changes the images only while training, the same way for the same seed, differently per call', () => {
    const x = images(8);
    const expected = kind === 'randomCrop' ? tf.slice(x, [0, 1, 1, 0], [-1, 5, 4, -1]) : x;
    expect(run(make(kind), x, false)).toEqual(Array.from(expected.dataSync()));
    const a = make(kind),
      b = make(kind);
    const first = run(a, x, true);
    expect(first).not.toEqual(run(make(kind), x, false));
    expect(run(b, x, true)).toEqual(first);
    expect(run(a, x, true)).not.toEqual(first);
    expect(run(make(kind, 2), x, true)).not.toEqual(first);
  });

  it('survives save and load with its config', async () => {
    registerAugmentationClasses();
    const input = tfl.input({ shape: [7, 6, 2] });
    const model = tfl.model({ inputs: input, outputs: make(kind, 9).apply(input) as tfl.SymbolicTensor });
    let saved: tf.io.ModelArtifacts | undefined;
    await model.save(
      tf.io.withSaveHandler(async artifacts => {
        saved = artifacts;
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
      }),
    );
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(saved!));
    const layer = loaded.getLayer(kind);
    expect(layer.getClassName()).toMatch(/^Convas/);
    expect(layer.getConfig()).toMatchObject({ seed: 9, ...PARAMS[kind] });
    const x = images(3);
    expect(run(layer, x, true)).toEqual(run(make(kind, 9), x, true));
  });
});

it('leaves no tensors behind, training or not', () => {
  const x = images(4);
  const layers = KINDS.map(kind => make(kind));
  const before = tf.memory().numTensors;
  for (const layer of layers)
    for (const training of [true, false]) tf.dispose(layer.apply(x, { training }) as tf.Tensor);
  expect(tf.memory().numTensors).toBe(before);
});

describe('what each layer does', () => {
  const n = 16;

  it('randomFlip mirrors some images left–right, some upside down, some both, leaves some', () => {
    const x = images(n);
    const out = imageValues(run(make('randomFlip'), x, true), n);
    const variants = [x, tf.reverse(x, 2), tf.reverse(x, 1), tf.reverse(x, [1, 2])].map(v =>
      imageValues(Array.from(v.dataSync()), n),
    );
    const kinds = out.map((image, i) => variants.findIndex(v => JSON.stringify(v[i]) === JSON.stringify(image)));
    expect(new Set(kinds)).toEqual(new Set([0, 1, 2, 3]));
  });

  it('randomContrast keeps each channel mean and scales deviations by one factor within 1 ± f', () => {
    const x = tf.add(tf.mul(images(n), 0.5), 0.25); // no clipping at ×1.5
    const out = make('randomContrast').apply(x, { training: true }) as tf.Tensor4D;
    expect(Array.from(tf.mean(out, [1, 2]).dataSync()).map(v => v.toFixed(4))).toEqual(
      Array.from(tf.mean(x, [1, 2]).dataSync()).map(v => v.toFixed(4)),
    );
    const before = tf.sub(x, tf.mean(x, [1, 2], true)),
      after = tf.sub(out, tf.mean(out, [1, 2], true));
    // Per channel, after = factor × before: the least-squares factor, and it is the same for both channels.
    const factors = Array.from(
      tf.div(tf.sum(tf.mul(after, before), [1, 2]), tf.sum(tf.square(before), [1, 2])).dataSync(),
    );
    for (let i = 0; i < n; i++) expect(factors[2 * i]).toBeCloseTo(factors[2 * i + 1]!, 4);
    expect(factors.every(f => f >= 0.5 && f <= 1.5)).toBe(true);
    expect(Math.max(...factors) - Math.min(...factors)).toBeGreaterThan(0.3);
  });

  it('randomBrightness adds one delta per image within ±f and clips to [0, 1]', () => {
    const x = images(n);
    const out = make('randomBrightness').apply(x, { training: true }) as tf.Tensor4D;
    expect(tf.min(out).dataSync()[0]).toBeGreaterThanOrEqual(0);
    expect(tf.max(out).dataSync()[0]).toBeLessThanOrEqual(1);
    const deltas = imageValues(Array.from(tf.sub(out, x).dataSync()), n).map(d => d.find(v => Math.abs(v) > 0)!);
    expect(deltas.every(d => Math.abs(d) <= 0.3)).toBe(true);
    expect(deltas.some(d => d > 0) && deltas.some(d => d < 0)).toBe(true);
  });

  it('gaussianNoise adds noise of the given spread', () => {
    const x = images(64, 16, 16, 1);
    const noise = tf.sub(make('gaussianNoise').apply(x, { training: true }) as tf.Tensor, x);
    expect(Math.abs(tf.mean(noise).dataSync()[0]!)).toBeLessThan(0.01);
    expect(tf.sqrt(tf.moments(noise).variance).dataSync()[0]).toBeCloseTo(0.1, 2);
  });

  it('randomCrop cuts windows at several places, each a window of its own image', () => {
    const x = images(n, 7, 6, 1);
    const out = imageValues(run(make('randomCrop'), x, true), n);
    const starts = out.map((window, i) => {
      for (let top = 0; top <= 2; top++)
        for (let left = 0; left <= 2; left++) {
          if (
            JSON.stringify(Array.from(tf.slice(x, [i, top, left, 0], [1, 5, 4, 1]).dataSync())) ===
            JSON.stringify(window)
          )
            return `${top},${left}`;
        }
      return 'none';
    });
    expect(starts).not.toContain('none');
    expect(new Set(starts).size).toBeGreaterThan(4);
  });

  it.each(['randomRotation', 'randomZoom', 'randomTranslation'] as const)(
    '%s gives each image its own warp, reflecting into the gaps',
    kind => {
      const x = images(n);
      const out = imageValues(run(make(kind), x, true), n);
      expect(new Set(out.map(image => image.slice(0, 3).join())).size).toBe(n);
      // Reflection only moves existing values around: no zeros appear in images whose values are all ≥ 0.1.
      expect(out.flat().every(v => v > 0.09)).toBe(true);
    },
  );
});

describe('the warp matrices', () => {
  const grid = () => tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 3, 3, 1]);
  const warp = (row: number[]) =>
    Array.from(tf.image.transform(grid(), tf.tensor2d([row]), 'bilinear', 'constant').dataSync()).map(
      v => Math.round(v * 1e4) / 1e4,
    );

  it('turn counter-clockwise for a positive angle, about the centre', () => {
    expect(warp(rotationRow(Math.PI / 2, 3, 3))).toEqual([3, 6, 9, 2, 5, 8, 1, 4, 7]);
  });

  it('zoom in below 1 and out above 1, about the centre', () => {
    expect(warp(zoomRow(0.5, 0.5, 3, 3))).toEqual([3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7]);
    expect(warp(zoomRow(2, 1, 3, 3))).toEqual([0, 0, 0, 4, 5, 6, 0, 0, 0]);
  });

  it('move the content down and right for positive shifts', () => {
    expect(warp(translationRow(1, 1))).toEqual([0, 0, 0, 0, 1, 2, 0, 4, 5]);
  });
});
