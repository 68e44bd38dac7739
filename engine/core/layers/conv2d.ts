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

export const conv2d = defineLayer({
  kind: 'conv2d',
  label: 'Conv 2D',
  category: 'convolution',
  description: 'Slides learned filters over the image; each filter makes one feature map.',
  idPrefix: 'conv',
  params: {
    filters: int({ default: 32, min: 1, max: 4096, label: 'Filters' }),
    ...convWindowParams(),
    activation: activationParam('relu'),
    useBias: bool({ default: true, label: 'Use bias' }),
  },
  arity: { min: 1, max: 1 },
  inferShape: (inputs, p) => convShape(inputs, p, () => p.filters),
  cost(inputs, output, p) {
    const [kh, kw] = pair(p.kernelSize);
    const cin = inputs[0]?.[2] ?? 0;
    const perFilter = kh * kw * cin;
    const params = perFilter * p.filters + (p.useBias ? p.filters : 0);
    const outElems = elements(output);
    return {
      params,
      flops: 2 * perFilter * outElems + (p.useBias ? outElems : 0) + activationFlops(p.activation, outElems),
    };
  },
  describe: p =>
    `${p.filters} × ${pairText(p.kernelSize)}${pair(p.strides).some(s => s > 1) ? ` /${pairText(p.strides)}` : ''}, ${p.padding}${activationText(p.activation)}`,
  toTorch: (p, ctx) =>
    torchConv(
      ctx,
      p,
      padding =>
        `nn.Conv2d(${ctx.inputShapes[0]?.[2]}, ${p.filters}, kernel_size=${pyPair(p.kernelSize)}, stride=${pyPair(p.strides)}, padding=${padding}, bias=${py(p.useBias)})`,
      [{ tfjs: 'kernel', torch: 'weight', layout: 'convKernel' }, ...torchBias(p.useBias)],
    ),
  toKeras: (p, ctx) =>
    kerasWithActivation(
      p.activation,
      ctx.name,
      activation =>
        `layers.Conv2D(${p.filters}, ${pyPair(p.kernelSize)}, strides=${pyPair(p.strides)}, padding=${py(p.padding)}, activation=${activation}, use_bias=${py(p.useBias)}, name=${py(ctx.name)})`,
    ),
  toTfjs(tf, p, ctx) {
    const act = splitActivation(tf, p.activation, ctx.name);
    return [
      tf.layers.conv2d({
        name: ctx.name,
        filters: p.filters,
        kernelSize: pair(p.kernelSize),
        strides: pair(p.strides),
        padding: p.padding,
        activation: act.builtIn,
        useBias: p.useBias,
      }),
      ...act.extra,
    ];
  },
  toOnnx(onnx, p, ctx) {
    const conv = onnx.op(
      'Conv',
      [ctx.inputs[0]!, onnx.weight('kernel', 'convKernel'), ...(p.useBias ? [onnx.weight('bias')] : [])],
      {
        kernel_shape: pair(p.kernelSize),
        strides: pair(p.strides),
        pads: onnx.pads(p.kernelSize, p.strides, p.padding),
      },
    );
    return onnx.activation(conv, p.activation);
  },
});
