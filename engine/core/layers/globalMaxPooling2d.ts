import { globalPoolShape } from './common';
import { elements } from './shapeUtils';
import { defineLayer } from './types';
import { py } from './pythonCode';

export const globalMaxPooling2d = defineLayer({
  kind: 'globalMaxPooling2d',
  label: 'Global Max Pooling 2D',
  category: 'pooling',
  description: 'Keeps the largest value of each feature map: an image becomes a flat vector of channels.',
  idPrefix: 'gmp',
  params: {},
  arity: { min: 1, max: 1 },
  inferShape: inputs => globalPoolShape(inputs),
  cost: inputs => ({ params: 0, flops: elements(inputs[0] ?? []) }),
  describe: () => '',
  toTorch: (_p, ctx) => ({ module: null, forward: `${ctx.inputs[0]}.amax(dim=(2, 3))` }),
  toKeras: (_p, ctx) => ({ layers: [`layers.GlobalMaxPooling2D(name=${py(ctx.name)})`] }),
  toTfjs: (tf, _p, ctx) => [tf.layers.globalMaxPooling2d({ name: ctx.name })],
  toOnnx: (onnx, _p, ctx) => onnx.op('Flatten', [onnx.op('GlobalMaxPool', ctx.inputs)], { axis: 1 }),
});
