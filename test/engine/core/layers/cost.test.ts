/** Hand-computed costs (params are also checked against tfjs in conformance.test.ts; FLOPs only here). */
import { describe, expect, it } from 'vitest';
import { resolveParams } from '../../../../engine/core/graph/params';
import { LAYERS, type LayerKind } from '../../../../engine/core/layers';
import type { Shape } from '../../../../engine/core/layers/shapeUtils';

function cost(kind: LayerKind, inputs: Shape[], params: Record<string, unknown> = {}) {
  const spec = LAYERS[kind];
  const p = resolveParams(spec.params, params, 'n').params as never;
  const out = spec.inferShape(inputs, p, {});
  if (!out.ok) throw new Error(out.error.message);
  return spec.cost(inputs, out.shape, p, {});
}

describe('cost (a multiply-add counts 2 FLOPs)', () => {
  it('depthwise conv: kh·kw MACs per output value, plus bias and activation', () => {
    // 8×8×3, 3×3, ×2 → 6×6×6 = 216 values: 2·9·216 + 216 bias + 216 relu
    expect(cost('depthwiseConv2d', [[8, 8, 3]], { depthMultiplier: 2 })).toEqual({ params: 9 * 6 + 6, flops: 4320 });
  });

  it('separable conv: the depthwise step per position and channel, then a 1×1 conv', () => {
    // 8×8×3 → 6×6×4: depthwise 2·9·3·36, pointwise 2·3·144, bias 144
    expect(cost('separableConv2d', [[8, 8, 3]], { filters: 4, activation: 'linear' })).toEqual({
      params: 27 + 12 + 4,
      flops: 1944 + 864 + 144,
    });
  });

  it('pooling: one op per window cell and output value', () => {
    expect(cost('maxPooling2d', [[8, 8, 3]])).toEqual({ params: 0, flops: 4 * 48 });
    expect(cost('averagePooling2d', [[8, 8, 3]], { poolSize: 3, strides: 1, padding: 'same' })).toEqual({
      params: 0,
      flops: 9 * 192,
    });
    expect(cost('globalAveragePooling2d', [[8, 8, 3]])).toEqual({ params: 0, flops: 192 });
    expect(cost('globalMaxPooling2d', [[8, 8, 3]])).toEqual({ params: 0, flops: 192 });
  });

  it('batch normalization: four weights per channel, one multiply-add per value', () => {
    expect(cost('batchNormalization', [[8, 8, 3]])).toEqual({ params: 12, flops: 384 });
    expect(cost('batchNormalization', [[10]])).toEqual({ params: 40, flops: 20 });
  });

  it('activation, add, and the free reshapes', () => {
    expect(cost('activation', [[10]], { activation: 'relu' })).toEqual({ params: 0, flops: 10 });
    expect(cost('activation', [[10]], { activation: 'sigmoid' })).toEqual({ params: 0, flops: 40 });
    expect(
      cost('add', [
        [4, 4, 2],
        [4, 4, 2],
        [4, 4, 2],
      ]),
    ).toEqual({ params: 0, flops: 64 });
    expect(
      cost('concatenate', [
        [4, 4, 2],
        [4, 4, 3],
      ]),
    ).toEqual({ params: 0, flops: 0 });
    expect(cost('zeroPadding2d', [[4, 4, 2]])).toEqual({ params: 0, flops: 0 });
    expect(cost('dropout', [[4, 4, 2]])).toEqual({ params: 0, flops: 0 });
  });
});
