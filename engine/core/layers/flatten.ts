import { elements, shapeText } from './shapeUtils';
import { defineLayer, fail, ok } from './types';
import { py } from './pythonCode';

export const flatten = defineLayer({
  kind: 'flatten',
  label: 'Flatten',
  category: 'reshape',
  description: 'Unrolls an image tensor into one long vector for Dense layers.',
  idPrefix: 'flatten',
  usuallySingle: true,
  params: {},
  arity: { min: 1, max: 1 },
  inferShape(inputs) {
    const s = inputs[0];
    if (!s) return fail('INPUT_MISSING', 'has no input');
    if (s.length === 1) return fail('NEEDS_IMAGE', `input ${shapeText(s)} is already flat; remove this Flatten`);
    return ok([elements(s)]);
  },
  cost: () => ({ params: 0, flops: 0 }),
  describe: () => '',
  // tfjs flattens channels last: permute back first, so the next Dense keeps tfjs' weight rows.
  toTorch: (_p, ctx) => ({ module: null, forward: `torch.flatten(${ctx.inputs[0]}.permute(0, 2, 3, 1), 1)` }),
  toKeras: (_p, ctx) => ({ layers: [`layers.Flatten(name=${py(ctx.name)})`] }),
  toTfjs: (tf, _p, ctx) => [tf.layers.flatten({ name: ctx.name })],
  // Back to channels-last first, so the flat order (and the next Dense's weights) match tfjs.
  toOnnx: (onnx, _p, ctx) =>
    onnx.op('Flatten', [onnx.op('Transpose', ctx.inputs, { perm: [0, 2, 3, 1] })], { axis: 1 }),
});
