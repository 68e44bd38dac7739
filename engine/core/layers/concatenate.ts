import { mergeMismatch } from './common';
import { defineLayer, ok } from './types';
import { py } from './pythonCode';

const HINT =
  'Concatenate stacks channels, so the branches must agree in height and width: match their strides, padding and pooling.';

/** Joins along the last axis only (channels, or features of flat inputs), the axis CNNs concatenate on. */
export const concatenate = defineLayer({
  kind: 'concatenate',
  label: 'Concatenate',
  category: 'merge',
  description: 'Stacks the channels of several branches into one tensor (Inception-style).',
  idPrefix: 'concat',
  params: {},
  arity: { min: 2, max: 16 },
  inferShape(inputs) {
    const bad = mergeMismatch(inputs, true, HINT);
    if (bad) return bad;
    const first = inputs[0]!;
    return ok([...first.slice(0, -1), inputs.reduce((sum, s) => sum + s.at(-1)!, 0)]);
  },
  cost: () => ({ params: 0, flops: 0 }),
  describe: () => 'channels',
  // Channels are axis 1 in PyTorch's NCHW, and features are axis 1 of flat tensors.
  toTorch: (_p, ctx) => ({ module: null, forward: `torch.cat([${ctx.inputs.join(', ')}], dim=1)` }),
  toKeras: (_p, ctx) => ({ layers: [`layers.Concatenate(axis=-1, name=${py(ctx.name)})`] }),
  toTfjs: (tf, _p, ctx) => [tf.layers.concatenate({ name: ctx.name, axis: -1 })],
  toOnnx: (onnx, _p, ctx) => onnx.op('Concat', ctx.inputs, { axis: 1 }),
});
