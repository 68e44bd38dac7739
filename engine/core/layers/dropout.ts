import { sameAsInput } from './common';
import { float } from './params';
import { defineLayer } from './types';
import { py } from './pythonCode';

export const dropout = defineLayer({
  kind: 'dropout',
  label: 'Dropout',
  category: 'regularization',
  description: 'While training, zeroes a random share of values so the network cannot lean on any one.',
  idPrefix: 'dropout',
  params: {
    rate: float({
      default: 0.5,
      min: 0,
      max: 1,
      exclusiveMax: true,
      label: 'Rate',
      help: 'Share of values dropped while training (0 to just under 1).',
    }),
  },
  arity: { min: 1, max: 1 },
  inferShape: inputs => sameAsInput(inputs),
  // Identity at inference; the training-time mask is not counted, as for every layer's cost.
  cost: () => ({ params: 0, flops: 0 }),
  describe: p => `rate ${p.rate}`,
  toTorch: (p, ctx) => ({ module: `nn.Dropout(p=${p.rate})`, forward: `self.${ctx.attr}(${ctx.inputs[0]})` }),
  toKeras: (p, ctx) => ({ layers: [`layers.Dropout(${p.rate}, name=${py(ctx.name)})`] }),
  toTfjs: (tf, p, ctx) => [tf.layers.dropout({ name: ctx.name, rate: p.rate })],
  toOnnx: (onnx, _p, ctx) => onnx.op('Identity', ctx.inputs),
});
