import { activationFlops, activationParam, activationText, flatInput, splitActivation } from './common';
import { bool, int } from './params';
import { defineLayer, ok } from './types';
import { kerasWithActivation, py, torchActivation, torchBias } from './pythonCode';

export const dense = defineLayer({
  kind: 'dense',
  label: 'Dense',
  category: 'core',
  description: 'Fully connected: every output unit sees every input value.',
  idPrefix: 'fc',
  params: {
    units: int({ default: 128, min: 1, max: 65536, label: 'Units' }),
    activation: activationParam('relu'),
    useBias: bool({ default: true, label: 'Use bias' }),
  },
  arity: { min: 1, max: 1 },
  inferShape(inputs, p) {
    const flat = flatInput(inputs);
    return flat.ok ? ok([p.units]) : flat.result;
  },
  cost(inputs, _output, p) {
    const n = inputs[0]?.[0] ?? 0;
    return {
      params: n * p.units + (p.useBias ? p.units : 0),
      flops: 2 * n * p.units + activationFlops(p.activation, p.units),
    };
  },
  describe: p => `${p.units}${activationText(p.activation)}`,
  toTorch: (p, ctx) => ({
    module: `nn.Linear(${ctx.inputShapes[0]?.[0]}, ${p.units}, bias=${py(p.useBias)})`,
    forward: torchActivation(p.activation, `self.${ctx.attr}(${ctx.inputs[0]})`),
    weights: [{ tfjs: 'kernel', torch: 'weight', layout: 'denseKernel' }, ...torchBias(p.useBias)],
  }),
  toKeras: (p, ctx) =>
    kerasWithActivation(
      p.activation,
      ctx.name,
      activation =>
        `layers.Dense(${p.units}, activation=${activation}, use_bias=${py(p.useBias)}, name=${py(ctx.name)})`,
    ),
  toTfjs(tf, p, ctx) {
    const act = splitActivation(tf, p.activation, ctx.name);
    return [
      tf.layers.dense({ name: ctx.name, units: p.units, activation: act.builtIn, useBias: p.useBias }),
      ...act.extra,
    ];
  },
  toOnnx(onnx, p, ctx) {
    const gemm = onnx.op('Gemm', [ctx.inputs[0]!, onnx.weight('kernel'), ...(p.useBias ? [onnx.weight('bias')] : [])]);
    return onnx.activation(gemm, p.activation);
  },
});
