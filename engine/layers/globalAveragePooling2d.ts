import { globalPoolShape } from './common';
import { elements } from './shapeUtils';
import { defineLayer } from './types';

export const globalAveragePooling2d = defineLayer({
  kind: 'globalAveragePooling2d',
  label: 'Global Average Pooling 2D',
  category: 'pooling',
  description: 'Averages each feature map to one number: an image becomes a flat vector of channels.',
  params: {},
  arity: { min: 1, max: 1 },
  inferShape: inputs => globalPoolShape(inputs),
  cost: inputs => ({ params: 0, flops: elements(inputs[0] ?? []) }),
  describe: () => '',
  toTfjs: (tf, _p, ctx) => [tf.layers.globalAveragePooling2d({ name: ctx.name })],
});
