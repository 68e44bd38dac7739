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

export const separableConv2d = defineLayer({
  kind: 'separableConv2d',
  label: 'Separable Conv 2D',
  category: 'convolution',
  description: 'A depthwise conv then a 1×1 conv: like Conv 2D with far fewer weights.',
  idPrefix: 'sepconv',
  params: {
    filters: int({ default: 32, min: 1, max: 4096, label: 'Filters' }),
    ...convWindowParams(),
    depthMultiplier: int({
      default: 1,
      min: 1,
      max: 64,
      label: 'Depth multiplier',
      help: 'Feature maps the depthwise step makes from each input channel.',
    }),
    activation: activationParam('relu'),
    useBias: bool({ default: true, label: 'Use bias' }),
  },
  arity: { min: 1, max: 1 },
  inferShape: (inputs, p) => convShape(inputs, p, () => p.filters),
  cost(inputs, output, p) {
    const [kh, kw] = pair(p.kernelSize);
    const mid = (inputs[0]?.[2] ?? 0) * p.depthMultiplier;
    const positions = (output[0] ?? 0) * (output[1] ?? 0);
    const outElems = elements(output);
    return {
      params: kh * kw * mid + mid * p.filters + (p.useBias ? p.filters : 0),
      flops:
        2 * kh * kw * mid * positions +
        2 * mid * outElems +
        (p.useBias ? outElems : 0) +
        activationFlops(p.activation, outElems),
    };
  },
  describe: p =>
    `${p.filters} × ${pairText(p.kernelSize)}${pair(p.strides).some(s => s > 1) ? ` /${pairText(p.strides)}` : ''}, ${p.padding}${activationText(p.activation)}`,
  // SeparableConv2d is a small class model.py defines: a grouped conv (`depthwise`) then a 1×1 conv (`pointwise`).
  toTorch: (p, ctx) =>
    torchConv(
      ctx,
      p,
      padding =>
        `SeparableConv2d(${ctx.inputShapes[0]?.[2]}, ${p.filters}, kernel_size=${pyPair(p.kernelSize)}, stride=${pyPair(p.strides)}, padding=${padding}, depth_multiplier=${p.depthMultiplier}, bias=${py(p.useBias)})`,
      [
        { tfjs: 'depthwise_kernel', torch: 'depthwise.weight', layout: 'depthwiseKernel' },
        { tfjs: 'pointwise_kernel', torch: 'pointwise.weight', layout: 'convKernel' },
        ...torchBias(p.useBias, 'pointwise.bias'),
      ],
    ),
  toKeras: (p, ctx) =>
    kerasWithActivation(
      p.activation,
      ctx.name,
      activation =>
        `layers.SeparableConv2D(${p.filters}, ${pyPair(p.kernelSize)}, strides=${pyPair(p.strides)}, padding=${py(p.padding)}, depth_multiplier=${p.depthMultiplier}, activation=${activation}, use_bias=${py(p.useBias)}, name=${py(ctx.name)})`,
    ),
  toTfjs(tf, p, ctx) {
    const act = splitActivation(tf, p.activation, ctx.name);
    return [
      tf.layers.separableConv2d({
        name: ctx.name,
        filters: p.filters,
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
    const depthwise = onnx.op('Conv', [ctx.inputs[0]!, onnx.weight('depthwise_kernel', 'depthwiseKernel')], {
      kernel_shape: pair(p.kernelSize),
      strides: pair(p.strides),
      pads: onnx.pads(p.kernelSize, p.strides, p.padding),
      group: ctx.inputShapes[0]![2]!,
    });
    const pointwise = onnx.op(
      'Conv',
      [depthwise, onnx.weight('pointwise_kernel', 'convKernel'), ...(p.useBias ? [onnx.weight('bias')] : [])],
      { kernel_shape: [1, 1] },
    );
    return onnx.activation(pointwise, p.activation);
  },
});
