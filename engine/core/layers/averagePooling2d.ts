import { poolFlops, poolParams, poolShape, poolText } from './common';
import { pair } from './params';
import { defineLayer } from './types';
import { py, pyPair, tfjsPads, torchPadding } from './pythonCode';

export const averagePooling2d = defineLayer({
  kind: 'averagePooling2d',
  label: 'Average Pooling 2D',
  category: 'pooling',
  description: 'Averages each window: shrinks the image smoothly.',
  idPrefix: 'avgpool',
  params: poolParams(),
  arity: { min: 1, max: 1 },
  inferShape: (inputs, p) => poolShape(inputs, p),
  cost: (_inputs, output, p) => ({ params: 0, flops: poolFlops(p, output) }),
  describe: poolText,
  toTorch(p, ctx) {
    const pad = torchPadding(ctx, p.poolSize, p.strides, p.padding);
    // tfjs averages over the cells inside the image only: count_include_pad=False, or avg_pool_same (model.py) when asymmetric.
    if (!pad.symmetric) {
      const [t, b, l, r] = tfjsPads(ctx.inputShapes[0] ?? [], p.poolSize, p.strides, p.padding);
      return {
        module: null,
        forward: `avg_pool_same(${ctx.inputs[0]}, ${pyPair(p.poolSize)}, ${pyPair(p.strides)}, ${py([l, r, t, b])})`,
      };
    }
    return {
      module: `nn.AvgPool2d(kernel_size=${pyPair(p.poolSize)}, stride=${pyPair(p.strides)}, padding=${pad.arg}, count_include_pad=False)`,
      forward: `self.${ctx.attr}(${ctx.inputs[0]})`,
    };
  },
  toKeras: (p, ctx) => ({
    layers: [
      `layers.AveragePooling2D(pool_size=${pyPair(p.poolSize)}, strides=${pyPair(p.strides)}, padding=${py(p.padding)}, name=${py(ctx.name)})`,
    ],
  }),
  toTfjs: (tf, p, ctx) => [
    tf.layers.averagePooling2d({
      name: ctx.name,
      poolSize: pair(p.poolSize),
      strides: pair(p.strides),
      padding: p.padding,
    }),
  ],
  toOnnx: (onnx, p, ctx) =>
    onnx.op('AveragePool', ctx.inputs, {
      kernel_shape: pair(p.poolSize),
      strides: pair(p.strides),
      pads: onnx.pads(p.poolSize, p.strides, p.padding),
    }),
});
