import {
  activationFlops,
  activationParam,
  activationText,
  convShape,
  convWindowParams,
  splitActivation,
} from './common';
import { bool, int, pair, pairText } from './params';
import { elements } from './shapeUtils';
import { defineLayer } from './types';
import { kerasWithActivation, py, pyPair, torchBias, torchConv } from './pythonCode';

export const depthwiseConv2d = defineLayer({
  kind: 'depthwiseConv2d',
  label: 'Depthwise Conv 2D',
  category: 'convolution',
  description: 'Filters each channel on its own, without mixing channels: cheap spatial filtering.',
  idPrefix: 'dwconv',
  params: {
    ...convWindowParams(),
    depthMultiplier: int({
      default: 1,
      min: 1,
      max: 64,
      label: 'Depth multiplier',
      help: 'Feature maps made from each input channel.',
    }),
    activation: activationParam('relu'),
    useBias: bool({ default: true, label: 'Use bias' }),
  },
  arity: { min: 1, max: 1 },
  inferShape: (inputs, p) => convShape(inputs, p, channels => channels * p.depthMultiplier),
  cost(inputs, output, p) {
    const [kh, kw] = pair(p.kernelSize);
    const outChannels = (inputs[0]?.[2] ?? 0) * p.depthMultiplier;
    const outElems = elements(output);
    return {
      params: kh * kw * outChannels + (p.useBias ? outChannels : 0),
      flops: 2 * kh * kw * outElems + (p.useBias ? outElems : 0) + activationFlops(p.activation, outElems),
    };
  },
  describe: p =>
    `${pairText(p.kernelSize)}${p.depthMultiplier > 1 ? ` ×${p.depthMultiplier}` : ''}${pair(p.strides).some(s => s > 1) ? ` /${pairText(p.strides)}` : ''}, ${p.padding}${activationText(p.activation)}`,
  toTorch(p, ctx) {
    const cin = ctx.inputShapes[0]?.[2] ?? 1;
    return torchConv(
      ctx,
      p,
      padding =>
        `nn.Conv2d(${cin}, ${cin * p.depthMultiplier}, kernel_size=${pyPair(p.kernelSize)}, stride=${pyPair(p.strides)}, padding=${padding}, groups=${cin}, bias=${py(p.useBias)})`,
      [{ tfjs: 'depthwise_kernel', torch: 'weight', layout: 'depthwiseKernel' }, ...torchBias(p.useBias)],
    );
  },
  toKeras: (p, ctx) =>
    kerasWithActivation(
      p.activation,
      ctx.name,
      activation =>
        `layers.DepthwiseConv2D(${pyPair(p.kernelSize)}, strides=${pyPair(p.strides)}, padding=${py(p.padding)}, depth_multiplier=${p.depthMultiplier}, activation=${activation}, use_bias=${py(p.useBias)}, name=${py(ctx.name)})`,
    ),
  toTfjs(tf, p, ctx) {
    const act = splitActivation(tf, p.activation, ctx.name);
    return [
      tf.layers.depthwiseConv2d({
        name: ctx.name,
        kernelSize: pair(p.kernelSize),
        strides: pair(p.strides),
        padding: p.padding,
        depthMultiplier: p.depthMultiplier,
        activation: act.builtIn,
        useBias: p.useBias,
      }),
      ...act.extra,
    ];
  },
  toOnnx(onnx, p, ctx) {
    // A grouped Conv with one group per input channel.
    const conv = onnx.op(
      'Conv',
      [ctx.inputs[0]!, onnx.weight('depthwise_kernel', 'depthwiseKernel'), ...(p.useBias ? [onnx.weight('bias')] : [])],
      {
        kernel_shape: pair(p.kernelSize),
        strides: pair(p.strides),
        pads: onnx.pads(p.kernelSize, p.strides, p.padding),
        group: ctx.inputShapes[0]![2]!,
      },
    );
    return onnx.activation(conv, p.activation);
  },
});
