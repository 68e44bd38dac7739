import { sameAsInput } from './common';
import { float } from './params';
import { elements } from './shapeUtils';
import { defineLayer } from './types';

/**
 * Keras' `center` and `scale` are left out: tfjs-layers 4.22 cannot train with either set to false
 * (its training path reads the missing beta/gamma; tensorflow/tfjs#2868). Both are always on.
 */
export const batchNormalization = defineLayer({
  kind: 'batchNormalization',
  label: 'Batch Normalization',
  category: 'normalization',
  description: 'Rescales each channel to zero mean and unit variance: steadier, faster training.',
  params: {
    momentum: float({ default: 0.99, min: 0, max: 1, exclusiveMax: true, label: 'Momentum', help: 'How slowly the moving mean and variance follow each batch.' }),
    epsilon: float({ default: 0.001, min: 1e-10, max: 1, label: 'Epsilon', help: 'Added to the variance so it is never divided by zero.' }),
  },
  arity: { min: 1, max: 1 },
  inferShape: inputs => sameAsInput(inputs),
  cost(inputs, output) {
    // gamma, beta, and the moving mean and variance (saved, not trained).
    const params = 4 * (inputs[0]?.at(-1) ?? 0);
    // At inference the normalisation folds into one multiply-add per value.
    return { params, flops: 2 * elements(output) };
  },
  describe: p => (p.momentum !== 0.99 ? `momentum ${p.momentum}` : ''),
  toTfjs: (tf, p, ctx) => [tf.layers.batchNormalization({ name: ctx.name, axis: -1, momentum: p.momentum, epsilon: p.epsilon })],
});
