import { imageInput } from './common';
import { enumOf, intOrPair, pair, pairText } from './params';
import { elements } from './shapeUtils';
import { defineLayer, ok } from './types';
import { py, pyPair } from './pythonCode';

/**
 * Keras' UpSampling2D as tfjs runs it: each output cell (i, j) reads the input at (i / sh, j / sw), the
 * "asymmetric" mapping (no half-pixel centres): nearest takes the cell below-left of that point, bilinear
 * blends its four neighbours, the last row and column repeating past the edge.
 */
export const upSampling2d = defineLayer({
  kind: 'upSampling2d',
  label: 'Up Sampling 2D',
  category: 'reshape',
  description: 'Enlarges the image by whole factors, repeating pixels (nearest) or blending them (bilinear).',
  idPrefix: 'up',
  params: {
    size: intOrPair({
      default: [2, 2],
      min: 1,
      max: 64,
      label: 'Size',
      help: 'How many times taller and wider: one number, or [rows, columns].',
    }),
    interpolation: enumOf(['nearest', 'bilinear'], {
      default: 'nearest',
      label: 'Interpolation',
      help: 'nearest repeats each pixel; bilinear blends neighbouring pixels.',
    }),
  },
  arity: { min: 1, max: 1 },
  inferShape(inputs, p) {
    const input = imageInput(inputs);
    if (!input.ok) return input.result;
    const [sh, sw] = pair(p.size);
    const [h, w, c] = input.shape;
    return ok([h * sh, w * sw, c]);
  },
  // Nearest copies values. Bilinear: two lerps (one per axis), a multiply-add each, per output value.
  cost: (_inputs, output, p) => ({ params: 0, flops: p.interpolation === 'bilinear' ? 4 * elements(output) : 0 }),
  describe: p => `×${pairText(p.size)}, ${p.interpolation}`,
  toTorch(p, ctx) {
    const [sh, sw] = pair(p.size);
    if (p.interpolation === 'nearest')
      return {
        module: `nn.Upsample(scale_factor=${py([sh, sw])}, mode="nearest")`,
        forward: `self.${ctx.attr}(${ctx.inputs[0]})`,
      };
    // PyTorch's bilinear without align_corners uses half-pixel centres. With align_corners over the input
    // grown by one repeated row and column, output j reads input j / s exactly, as tfjs; the extra row and column are cut.
    const [h = 1, w = 1] = ctx.inputShapes[0] ?? [];
    const grown = `F.pad(${ctx.inputs[0]}, (0, 1, 0, 1), mode="replicate")`;
    return {
      module: null,
      forward: `F.interpolate(${grown}, size=${py([h * sh + 1, w * sw + 1])}, mode="bilinear", align_corners=True)[:, :, :${h * sh}, :${w * sw}]`,
    };
  },
  // Keras' own bilinear UpSampling2D uses half-pixel centres, which tfjs' does not.
  toKeras: (p, ctx) =>
    p.interpolation === 'nearest'
      ? { layers: [`layers.UpSampling2D(size=${pyPair(p.size)}, interpolation="nearest", name=${py(ctx.name)})`] }
      : null,
  toTfjs: (tf, p, ctx) => [
    tf.layers.upSampling2d({ name: ctx.name, size: pair(p.size), interpolation: p.interpolation }),
  ],
  toOnnx(onnx, p, ctx) {
    const [sh, sw] = pair(p.size);
    return onnx.op('Resize', [ctx.inputs[0]!, '', onnx.floats('scales', [1, 1, sh, sw])], {
      mode: p.interpolation === 'nearest' ? 'nearest' : 'linear',
      coordinate_transformation_mode: 'asymmetric',
      nearest_mode: 'floor',
    });
  },
});
