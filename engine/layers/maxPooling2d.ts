import { poolFlops, poolParams, poolShape, poolText } from './common';
import { pair } from './params';
import { defineLayer } from './types';

export const maxPooling2d = defineLayer({
  kind: 'maxPooling2d',
  label: 'Max Pooling 2D',
  category: 'pooling',
  description: 'Keeps the largest value of each window: shrinks the image, keeps strong features.',
  params: poolParams(),
  arity: { min: 1, max: 1 },
  inferShape: (inputs, p) => poolShape(inputs, p),
  cost: (_inputs, output, p) => ({ params: 0, flops: poolFlops(p, output) }),
  describe: poolText,
  toTfjs: (tf, p, ctx) => [tf.layers.maxPooling2d({ name: ctx.name, poolSize: pair(p.poolSize), strides: pair(p.strides), padding: p.padding })],
});
