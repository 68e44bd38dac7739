/** The augmentation kinds as the pure engine sees them: shapes, placement, text, and what they build for inference. */
import * as tfl from '@tensorflow/tfjs-layers';
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../../../engine/core/graph/analyze';
import { LAYER_KINDS, layerSpec } from '../../../../engine/core/layers';
import type { MakeAugmentationLayer } from '../../../../engine/core/layers/augmentation';
import { graph, type NodeDefs } from '../graph/graphs';

const AUGMENTATION = LAYER_KINDS.filter(k => layerSpec(k).category === 'augmentation');
const head: NodeDefs = { f: ['flatten'], out: ['output', { units: 2 }] };

describe('augmentation kinds', () => {
  it('are the eight Keras preprocessing layers', () => {
    expect(AUGMENTATION).toEqual([
      'randomFlip',
      'randomRotation',
      'randomZoom',
      'randomTranslation',
      'randomCrop',
      'randomContrast',
      'randomBrightness',
      'gaussianNoise',
    ]);
  });

  it.each(AUGMENTATION.filter(k => k !== 'randomCrop'))('%s keeps the image shape and refuses flat input', kind => {
    const spec = layerSpec(kind);
    expect(spec.inferShape([[7, 5, 3]], {}, {})).toEqual({ ok: true, shape: [7, 5, 3] });
    expect(spec.inferShape([[12]], {}, {})).toMatchObject({ ok: false, error: { code: 'NEEDS_IMAGE' } });
    expect(spec.cost([[7, 5, 3]], [7, 5, 3], {}, {})).toEqual({ params: 0, flops: 0 });
  });

  it('randomCrop outputs its window and names the side that does not fit', () => {
    const crop = layerSpec('randomCrop');
    expect(crop.inferShape([[28, 28, 1]], { height: 24, width: 20 }, {})).toEqual({ ok: true, shape: [24, 20, 1] });
    expect(crop.inferShape([[28, 28, 1]], { height: 28, width: 28 }, {})).toEqual({ ok: true, shape: [28, 28, 1] });
    const tooWide = analyzeGraph(
      graph({ in: ['input', { shape: [28, 20, 1] }], crop: ['randomCrop', { height: 24, width: 24 }], ...head }, [
        'in',
        'crop',
        'f',
        'out',
      ]),
    );
    expect(tooWide.problems).toEqual([
      expect.objectContaining({
        code: 'CROP_TOO_LARGE',
        nodeId: 'crop',
        field: 'width',
        message: 'crop (Random Crop): a 24×24 crop does not fit in its 28×20 input',
      }),
    ]);
  });

  it('describes its params on the node face', () => {
    const text = (kind: string, params: Record<string, unknown>) => layerSpec(kind as never).describe(params, {});
    expect(text('randomFlip', { mode: 'horizontal_and_vertical' })).toBe('horizontal and vertical');
    expect(text('randomRotation', { factor: 0.1 })).toBe('±36°');
    expect(text('randomZoom', { heightFactor: 0.2, widthFactor: 0.2 })).toBe('±20%');
    expect(text('randomTranslation', { heightFactor: 0.1, widthFactor: 0.05 })).toBe('±10% × ±5%');
    expect(text('randomContrast', { factor: 0.25 })).toBe('±25%');
    expect(text('gaussianNoise', { stddev: 0.05 })).toBe('σ 0.05');
    expect(text('randomCrop', { height: 24, width: 20 })).toBe('24×20');
  });
});

describe('placement', () => {
  const codes = (g: ReturnType<typeof graph>) =>
    analyzeGraph(g).problems.map(p => `${p.code} ${p.nodeId ?? ''}`.trim());

  it('allows chains of augmentation right after the Input, and merges of augmented branches', () => {
    expect(
      codes(
        graph(
          {
            in: ['input', { shape: [8, 8, 1] }],
            flip: ['randomFlip'],
            rot: ['randomRotation'],
            noise: ['gaussianNoise'],
            c: ['conv2d', { filters: 1 }],
            ...head,
          },
          ['in', 'flip', 'rot', 'c', 'f', 'out'],
          ['in', 'noise'],
        ),
      ),
    ).toEqual(['UNREACHABLE noise']);
  });

  it('refuses augmentation after any other layer, naming both nodes', () => {
    const analysis = analyzeGraph(
      graph({ in: ['input', { shape: [8, 8, 1] }], c: ['conv2d', { filters: 1 }], zoom: ['randomZoom'], ...head }, [
        'in',
        'c',
        'zoom',
        'f',
        'out',
      ]),
    );
    expect(analysis.ok).toBe(false);
    expect(analysis.problems).toEqual([
      expect.objectContaining({
        code: 'AUGMENTATION_PLACEMENT',
        nodeId: 'zoom',
        severity: 'error',
        message: 'zoom (Random Zoom): comes after c (Conv 2D); augmentation must come right after the Input',
        hint: expect.stringContaining('straight after the Input node'),
      }),
    ]);
  });
});

describe('toTfjs', () => {
  const made: string[] = [];
  const fake: MakeAugmentationLayer = (kind, config) => {
    made.push(`${kind} ${JSON.stringify(config)}`);
    return tfl.layers.dense({ units: 1 });
  };
  const ctx = (forInference: boolean) => ({
    name: 'aug',
    seed: 7,
    forInference,
    inputShapes: [[9, 8, 3]],
    augmentation: fake,
  });

  it('builds the training layer from the node params, its name and its seed', () => {
    layerSpec('randomZoom').toTfjs(tfl, { heightFactor: 0.2, widthFactor: 0.3 }, ctx(false));
    expect(made).toEqual(['randomZoom {"name":"aug","seed":7,"heightFactor":0.2,"widthFactor":0.3}']);
  });

  it.each(AUGMENTATION.filter(k => k !== 'randomCrop'))('%s builds nothing for inference', kind => {
    expect(layerSpec(kind).toTfjs(tfl, {}, ctx(true))).toEqual([]);
  });

  it('randomCrop builds a built-in centre Cropping2D for inference (odd margins: the extra row below)', () => {
    const [layer] = layerSpec('randomCrop').toTfjs(tfl, { height: 4, width: 5 }, ctx(true));
    expect(layer!.getClassName()).toBe('Cropping2D');
    expect(layer!.getConfig()).toMatchObject({
      name: 'aug',
      cropping: [
        [2, 3],
        [1, 2],
      ],
    });
  });
});
