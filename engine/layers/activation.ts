import { activationFlops, activationParam, LEAKY_RELU_ALPHA, sameAsInput } from './common';
import { elements } from './shapeUtils';
import { defineLayer } from './types';

export const activation = defineLayer({
  kind: 'activation',
  label: 'Activation',
  category: 'activation',
  description: 'Applies a non-linear function to every value (e.g. ReLU after Batch Normalization).',
  params: { activation: activationParam('relu') },
  arity: { min: 1, max: 1 },
  inferShape: inputs => sameAsInput(inputs),
  cost: (_inputs, output, p) => ({ params: 0, flops: activationFlops(p.activation, elements(output)) }),
  describe: p => p.activation,
  toTfjs: (tf, p, ctx) => [
    p.activation === 'leakyRelu'
      ? tf.layers.leakyReLU({ name: ctx.name, alpha: LEAKY_RELU_ALPHA })
      : tf.layers.activation({ name: ctx.name, activation: p.activation as never }),
  ],
});
