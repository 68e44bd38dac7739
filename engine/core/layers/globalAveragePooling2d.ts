import { globalPoolShape } from './common';
import { elements } from './shapeUtils';
import { defineLayer } from './types';
import { py } from './pythonCode';

export const globalAveragePooling2d = defineLayer({
  kind: 'globalAveragePooling2d',
  label: 'Global Average Pooling 2D',
  category: 'pooling',
  description: 'Averages each feature map to one number: an image becomes a flat vector of channels.',
  idPrefix: 'gap',
  params: {},
  arity: { min: 1, max: 1 },
  inferShape: inputs => globalPoolShape(inputs),
  cost: inputs => ({ params: 0, flops: elements(inputs[0] ?? []) }),
  describe: () => '',
  toTorch: (_p, ctx) => ({ module: null, forward: `${ctx.inputs[0]}.mean(dim=(2, 3))` }),
  toKeras: (_p, ctx) => ({ layers: [`layers.GlobalAveragePooling2D(name=${py(ctx.name)})`] }),
  toTfjs: (tf, _p, ctx) => [tf.layers.globalAveragePooling2d({ name: ctx.name })],
  toOnnx: (onnx, _p, ctx) => onnx.op('Flatten', [onnx.op('GlobalAveragePool', ctx.inputs)], { axis: 1 }),
});
