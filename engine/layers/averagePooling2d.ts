import { poolFlops, poolParams, poolShape, poolText } from './common';
import { pair } from './params';
import { defineLayer } from './types';

export const averagePooling2d = defineLayer({
  kind: 'averagePooling2d',
  label: 'Average Pooling 2D',
  category: 'pooling',
  description: 'Averages each window: shrinks the image smoothly.',
  params: poolParams(),
  arity: { min: 1, max: 1 },
  inferShape: (inputs, p) => poolShape(inputs, p),
  cost: (_inputs, output, p) => ({ params: 0, flops: poolFlops(p, output) }),
  describe: poolText,
  toTfjs: (tf, p, ctx) => [tf.layers.averagePooling2d({ name: ctx.name, poolSize: pair(p.poolSize), strides: pair(p.strides), padding: p.padding })],
});
