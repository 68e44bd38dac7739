import { activationFlops, activationParam, activationText, convShape, convWindowParams, splitActivation } from './common';
import { bool, int, pair, pairText } from './params';
import { elements } from './shapeUtils';
import { defineLayer } from './types';

export const conv2d = defineLayer({
  kind: 'conv2d',
  label: 'Conv 2D',
  category: 'convolution',
  description: 'Slides learned filters over the image; each filter makes one feature map.',
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
    return { params, flops: 2 * perFilter * outElems + (p.useBias ? outElems : 0) + activationFlops(p.activation, outElems) };
  },
  describe: p => `${p.filters} × ${pairText(p.kernelSize)}${pair(p.strides).some(s => s > 1) ? ` /${pairText(p.strides)}` : ''}, ${p.padding}${activationText(p.activation)}`,
  toTfjs(tf, p, ctx) {
    const act = splitActivation(tf, p.activation, ctx.name);
    return [
      tf.layers.conv2d({
        name: ctx.name, filters: p.filters, kernelSize: pair(p.kernelSize), strides: pair(p.strides),
        padding: p.padding, activation: act.builtIn as never, useBias: p.useBias,
      }),
      ...act.extra,
    ];
  },
});
