import { mergeMismatch } from './common';
import { elements } from './shapeUtils';
import { defineLayer, ok } from './types';
import { py } from './pythonCode';

export const add = defineLayer({
  kind: 'add',
  label: 'Add',
  category: 'merge',
  description: 'Adds branches of the same shape value by value (residual connections).',
  idPrefix: 'add',
  params: {},
  arity: { min: 2, max: 16 },
  inferShape: inputs => mergeMismatch(inputs, false) ?? ok([...inputs[0]!]),
  cost: (inputs, output) => ({ params: 0, flops: (inputs.length - 1) * elements(output) }),
  describe: () => '',
  toTorch: (_p, ctx) => ({ module: null, forward: ctx.inputs.join(' + ') }),
  toKeras: (_p, ctx) => ({ layers: [`layers.Add(name=${py(ctx.name)})`] }),
  toTfjs: (tf, _p, ctx) => [tf.layers.add({ name: ctx.name })],
  toOnnx: (onnx, _p, ctx) => onnx.op('Sum', ctx.inputs),
});
