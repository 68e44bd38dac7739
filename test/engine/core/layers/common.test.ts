import { describe, expect, it } from 'vitest';
import { LAYERS, type LayerKind } from '../../../../engine/core/layers';
import { mergeMismatch, windowOutput } from '../../../../engine/core/layers/common';
import { resolveParams } from '../../../../engine/core/graph/params';
import type { Shape } from '../../../../engine/core/layers/shapeUtils';
import type { ShapeResult } from '../../../../engine/core/layers/types';

/** inferShape of a kind with defaults overridden by `params`. */
function infer(kind: LayerKind, inputs: Shape[], params: Record<string, unknown> = {}): ShapeResult {
  const spec = LAYERS[kind];
  const resolved = resolveParams(spec.params, params, 'n');
  expect(resolved.problems).toEqual([]);
  return spec.inferShape(inputs, resolved.params as never, { numClasses: 10 });
}

const errorOf = (r: ShapeResult) => {
  if (r.ok) throw new Error(`expected an error, got shape ${r.shape}`);
  return r.error;
};

describe('window ops', () => {
  it.each([
    ['conv2d', { kernelSize: 5 }, 'kernelSize'],
    ['depthwiseConv2d', { kernelSize: [2, 5] }, 'kernelSize'],
    ['separableConv2d', { kernelSize: 4 }, 'kernelSize'],
    ['maxPooling2d', { poolSize: 4 }, 'poolSize'],
    ['averagePooling2d', { poolSize: [1, 4] }, 'poolSize'],
  ] as const)("%s: a window larger than the input under 'valid' names the input size", (kind, params, field) => {
    const error = errorOf(infer(kind, [[3, 3, 2]], params));
    expect(error.code).toBe('WINDOW_TOO_LARGE');
    expect(error.message).toContain('3×3 input');
    expect(error.field).toBe(field);
    expect(infer(kind, [[3, 3, 2]], { ...params, padding: 'same' }).ok).toBe(true);
  });

  it('never produce an empty axis: the smallest valid output is 1', () => {
    const out = windowOutput([5, 5, 1], 5, 7, 'valid', 'kernelSize');
    expect(out).toEqual({ ok: true, hw: [1, 1] });
  });

  it.each([
    'conv2d',
    'depthwiseConv2d',
    'separableConv2d',
    'maxPooling2d',
    'averagePooling2d',
    'globalAveragePooling2d',
    'globalMaxPooling2d',
    'zeroPadding2d',
  ] as const)('%s after Flatten asks for an image', kind => {
    const error = errorOf(infer(kind, [[48]]));
    expect(error.code).toBe('NEEDS_IMAGE');
    expect(error.message).toContain('48');
  });

  it('pooling strides are their own param (default 2), not the pool size', () => {
    expect(infer('maxPooling2d', [[9, 9, 4]], { poolSize: 3 })).toEqual({ ok: true, shape: [4, 4, 4] });
    expect(infer('maxPooling2d', [[9, 9, 4]], { poolSize: 3, strides: 3 })).toEqual({ ok: true, shape: [3, 3, 4] });
  });

  it('depthwise multiplies channels, zero padding grows height and width', () => {
    expect(infer('depthwiseConv2d', [[8, 8, 3]], { depthMultiplier: 4, padding: 'same', strides: 2 })).toEqual({
      ok: true,
      shape: [4, 4, 12],
    });
    expect(infer('zeroPadding2d', [[8, 6, 3]], { padding: [1, 2] })).toEqual({ ok: true, shape: [10, 10, 3] });
  });
});

describe('flat-only layers', () => {
  it.each(['dense', 'output'] as const)('%s after an image tensor asks for a flat vector', kind => {
    const error = errorOf(infer(kind, [[4, 4, 8]], { units: 10 }));
    expect(error.code).toBe('NEEDS_FLAT');
    expect(error.message).toContain('4×4×8');
  });
});

describe('merges', () => {
  it.each([
    [
      [
        [4, 4, 16],
        [4, 4, 32],
      ],
      'channels',
      16,
      32,
    ],
    [
      [
        [8, 8, 3],
        [8, 8, 3],
        [4, 8, 3],
      ],
      'height',
      8,
      4,
    ],
    [
      [
        [8, 6, 3],
        [8, 5, 3],
      ],
      'width',
      6,
      5,
    ],
    [[[10], [12]], 'features', 10, 12],
  ])('add of %j names the axis %s and both sizes', (inputs, axis, a, b) => {
    const error = errorOf(infer('add', inputs));
    expect(error.code).toBe('MERGE_SHAPE_MISMATCH');
    expect(error.message).toMatch(new RegExp(`${axis}.*\\b${a}\\b.*\\b${b}\\b`));
  });

  it('add of an image and a flat vector says which is which', () => {
    const error = errorOf(infer('add', [[2, 2, 4], [16]]));
    expect(error.code).toBe('MERGE_SHAPE_MISMATCH');
    expect(error.message).toContain('image 2×2×4');
    expect(error.message).toContain('flat 16');
  });

  it('concatenate sums the last axis and needs the others equal', () => {
    expect(
      infer('concatenate', [
        [4, 4, 2],
        [4, 4, 5],
        [4, 4, 1],
      ]),
    ).toEqual({ ok: true, shape: [4, 4, 8] });
    expect(infer('concatenate', [[3], [4]])).toEqual({ ok: true, shape: [7] });
    const error = errorOf(
      infer('concatenate', [
        [4, 4, 2],
        [4, 2, 2],
      ]),
    );
    expect(error.code).toBe('MERGE_SHAPE_MISMATCH');
    expect(error.message).toMatch(/width.*\b4\b.*\b2\b/);
    expect(error.hint).toMatch(/height and width/);
  });

  it('a lone input is too few', () => {
    expect(mergeMismatch([[3]], false)?.ok).toBe(false);
  });
});
