import { activationFlops, activationParam, LEAKY_RELU_ALPHA, sameAsInput, tfjsActivation } from './common';
import { elements } from './shapeUtils';
import { defineLayer } from './types';
import { py, torchActivation } from './pythonCode';

export const activation = defineLayer({
  kind: 'activation',
  label: 'Activation',
  category: 'activation',
  description: 'Applies a non-linear function to every value (e.g. ReLU after Batch Normalization).',
  idPrefix: 'act',
  params: { activation: activationParam('relu') },
  arity: { min: 1, max: 1 },
  inferShape: inputs => sameAsInput(inputs),
  cost: (_inputs, output, p) => ({ params: 0, flops: activationFlops(p.activation, elements(output)) }),
  describe: p => p.activation,
  toTorch: (p, ctx) => ({ module: null, forward: torchActivation(p.activation, ctx.inputs[0]!) }),
  toKeras: (p, ctx) => ({
    layers: [
      p.activation === 'leakyRelu'
        ? `layers.LeakyReLU(negative_slope=${LEAKY_RELU_ALPHA}, name=${py(ctx.name)})`
        : `layers.Activation(${py(p.activation)}, name=${py(ctx.name)})`,
    ],
  }),
  toTfjs: (tf, p, ctx) => [
    p.activation === 'leakyRelu'
      ? tf.layers.leakyReLU({ name: ctx.name, alpha: LEAKY_RELU_ALPHA })
      : tf.layers.activation({ name: ctx.name, activation: tfjsActivation(p.activation) }),
  ],
  toOnnx: (onnx, p, ctx) => onnx.activation(ctx.inputs[0]!, p.activation),
});
