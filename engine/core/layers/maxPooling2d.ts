import { poolFlops, poolParams, poolShape, poolText } from './common';
import { pair } from './params';
import { defineLayer } from './types';
import { py, pyPair, torchPadding } from './pythonCode';

export const maxPooling2d = defineLayer({
  kind: 'maxPooling2d',
  label: 'Max Pooling 2D',
  category: 'pooling',
  description: 'Keeps the largest value of each window: shrinks the image, keeps strong features.',
  idPrefix: 'pool',
  params: poolParams(),
  arity: { min: 1, max: 1 },
  inferShape: (inputs, p) => poolShape(inputs, p),
  cost: (_inputs, output, p) => ({ params: 0, flops: poolFlops(p, output) }),
  describe: poolText,
  toTorch(p, ctx) {
    const pad = torchPadding(ctx, p.poolSize, p.strides, p.padding);
    // tfjs' max ignores padded cells: pad with -inf.
    const x = pad.explicit ? `F.pad(${ctx.inputs[0]}, ${pad.explicit}, value=-math.inf)` : ctx.inputs[0];
    return {
      module: `nn.MaxPool2d(kernel_size=${pyPair(p.poolSize)}, stride=${pyPair(p.strides)}, padding=${pad.arg})`,
      forward: `self.${ctx.attr}(${x})`,
    };
  },
  toKeras: (p, ctx) => ({
    layers: [
      `layers.MaxPooling2D(pool_size=${pyPair(p.poolSize)}, strides=${pyPair(p.strides)}, padding=${py(p.padding)}, name=${py(ctx.name)})`,
    ],
  }),
  toTfjs: (tf, p, ctx) => [
    tf.layers.maxPooling2d({
      name: ctx.name,
      poolSize: pair(p.poolSize),
      strides: pair(p.strides),
      padding: p.padding,
    }),
  ],
  toOnnx: (onnx, p, ctx) =>
    onnx.op('MaxPool', ctx.inputs, {
      kernel_shape: pair(p.poolSize),
      strides: pair(p.strides),
      pads: onnx.pads(p.poolSize, p.strides, p.padding),
    }),
});
