import { imageInput } from './common';
import { intOrPair, pair, pairText } from './params';
import { defineLayer, ok } from './types';
import { py, pyPair } from './pythonCode';

export const zeroPadding2d = defineLayer({
  kind: 'zeroPadding2d',
  label: 'Zero Padding 2D',
  category: 'reshape',
  description: 'Adds rows and columns of zeros around the image.',
  idPrefix: 'pad',
  params: {
    padding: intOrPair({
      default: 1,
      min: 0,
      max: 256,
      label: 'Padding',
      help: 'Zeros added on each side: one number, or [rows, columns].',
    }),
  },
  arity: { min: 1, max: 1 },
  inferShape(inputs, p) {
    const input = imageInput(inputs);
    if (!input.ok) return input.result;
    const [ph, pw] = pair(p.padding);
    const [h, w, c] = input.shape;
    return ok([h + 2 * ph, w + 2 * pw, c]);
  },
  cost: () => ({ params: 0, flops: 0 }),
  describe: p => `pad ${pairText(p.padding)}`,
  toTorch(p, ctx) {
    const [ph, pw] = pair(p.padding);
    return { module: null, forward: `F.pad(${ctx.inputs[0]}, (${pw}, ${pw}, ${ph}, ${ph}))` };
  },
  toKeras: (p, ctx) => ({ layers: [`layers.ZeroPadding2D(padding=${pyPair(p.padding)}, name=${py(ctx.name)})`] }),
  toTfjs: (tf, p, ctx) => [tf.layers.zeroPadding2d({ name: ctx.name, padding: pair(p.padding) })],
  toOnnx(onnx, p, ctx) {
    const [ph, pw] = pair(p.padding);
    // -0 pads exactly like 0 but stops onnxruntime fusing this Pad into a following pooling
    // layer's own padding, which ignores the padded cells where tfjs counts zeros.
    return onnx.op('Pad', [ctx.inputs[0]!, onnx.ints('pads', [0, 0, ph, pw, 0, 0, ph, pw]), onnx.scalar('zero', -0)]);
  },
});
