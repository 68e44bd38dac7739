import { sameAsInput } from './common';
import { float } from './params';
import { elements } from './shapeUtils';
import { defineLayer } from './types';
import { py } from './pythonCode';

/**
 * Keras' `center` and `scale` are left out: tfjs-layers 4.22 cannot train with either set to false
 * (its training path reads the missing beta/gamma; tensorflow/tfjs#2868). Both are always on.
 */
export const batchNormalization = defineLayer({
  kind: 'batchNormalization',
  label: 'Batch Normalization',
  category: 'normalization',
  description: 'Rescales each channel to zero mean and unit variance: steadier, faster training.',
  idPrefix: 'bn',
  params: {
    momentum: float({
      default: 0.99,
      min: 0,
      max: 1,
      exclusiveMax: true,
      label: 'Momentum',
      help: 'How slowly the moving mean and variance follow each batch.',
    }),
    epsilon: float({
      default: 0.001,
      min: 1e-10,
      max: 1,
      label: 'Epsilon',
      help: 'Added to the variance so it is never divided by zero.',
    }),
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
  toTorch(p, ctx) {
    const shape = ctx.inputShapes[0] ?? [];
    // PyTorch's momentum is the weight of the new batch, Keras' that of the running value.
    const momentum = Number((1 - p.momentum).toPrecision(12));
    return {
      module: `nn.BatchNorm${shape.length === 3 ? 2 : 1}d(${shape.at(-1)}, eps=${p.epsilon}, momentum=${momentum})`,
      forward: `self.${ctx.attr}(${ctx.inputs[0]})`,
      weights: [
        { tfjs: 'gamma', torch: 'weight', layout: 'asIs' },
        { tfjs: 'beta', torch: 'bias', layout: 'asIs' },
        { tfjs: 'moving_mean', torch: 'running_mean', layout: 'asIs' },
        { tfjs: 'moving_variance', torch: 'running_var', layout: 'asIs' },
      ],
    };
  },
  toKeras: (p, ctx) => ({
    layers: [`layers.BatchNormalization(momentum=${p.momentum}, epsilon=${p.epsilon}, name=${py(ctx.name)})`],
  }),
  toTfjs: (tf, p, ctx) => [
    tf.layers.batchNormalization({ name: ctx.name, axis: -1, momentum: p.momentum, epsilon: p.epsilon }),
  ],
  toOnnx: (onnx, p, ctx) =>
    onnx.op(
      'BatchNormalization',
      [ctx.inputs[0]!, ...['gamma', 'beta', 'moving_mean', 'moving_variance'].map(w => onnx.weight(w))],
      { epsilon: { float: p.epsilon } },
    ),
});
