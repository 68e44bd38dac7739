import { activationFlops, activationParam, activationText, convShape, convWindowParams, splitActivation } from './common';
import { bool, int, pair, pairText } from './params';
import { elements } from './shapeUtils';
import { defineLayer } from './types';

export const separableConv2d = defineLayer({
  kind: 'separableConv2d',
  label: 'Separable Conv 2D',
  category: 'convolution',
  description: 'A depthwise conv then a 1×1 conv: like Conv 2D with far fewer weights.',
  params: {
    filters: int({ default: 32, min: 1, max: 4096, label: 'Filters' }),
    ...convWindowParams(),
    depthMultiplier: int({ default: 1, min: 1, max: 64, label: 'Depth multiplier', help: 'Feature maps the depthwise step makes from each input channel.' }),
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
      flops: 2 * kh * kw * mid * positions + 2 * mid * outElems + (p.useBias ? outElems : 0) + activationFlops(p.activation, outElems),
    };
  },
  describe: p => `${p.filters} × ${pairText(p.kernelSize)}${pair(p.strides).some(s => s > 1) ? ` /${pairText(p.strides)}` : ''}, ${p.padding}${activationText(p.activation)}`,
  toTfjs(tf, p, ctx) {
    const act = splitActivation(tf, p.activation, ctx.name);
    return [
      tf.layers.separableConv2d({
        name: ctx.name, filters: p.filters, kernelSize: pair(p.kernelSize), strides: pair(p.strides), padding: p.padding,
        depthMultiplier: p.depthMultiplier, activation: act.builtIn as never, useBias: p.useBias,
      }),
      ...act.extra,
    ];
  },
});
