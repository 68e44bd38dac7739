/** Pieces of Python text several layers' `toTorch` and `toKeras` share (activations, windows, literals). */
import type { AugmentationConfigs } from './augmentation';
import { LEAKY_RELU_ALPHA } from './common';
import { pair, type ActivationName, type Padding } from './params';
import type { KerasMapping, PythonContext, TorchMapping, TorchWeight } from './pythonTypes';

/** A Python literal: tuples for arrays, True/False, quoted strings. @example py([3, 3]) // "(3, 3)" */
export function py(v: number | boolean | string | number[]): string {
  if (Array.isArray(v)) return v.length === 1 ? `(${v[0]},)` : `(${v.join(', ')})`;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

const TORCH_ACTIVATIONS: Record<ActivationName, (x: string) => string> = {
  linear: x => x,
  relu: x => `F.relu(${x})`,
  relu6: x => `F.relu6(${x})`,
  elu: x => `F.elu(${x})`,
  selu: x => `F.selu(${x})`,
  leakyRelu: x => `F.leaky_relu(${x}, ${LEAKY_RELU_ALPHA})`,
  sigmoid: x => `torch.sigmoid(${x})`,
  tanh: x => `torch.tanh(${x})`,
  // Channels (NCHW) or features: axis 1 either way, as tfjs' last axis.
  softmax: x => `torch.softmax(${x}, dim=1)`,
  softplus: x => `F.softplus(${x})`,
  swish: x => `F.silu(${x})`,
  // tfjs' gelu is the exact (erf) one, as F.gelu's default.
  gelu: x => `F.gelu(${x})`,
};

/** @example torchActivation('relu', 'self.conv1(x)') // "F.relu(self.conv1(x))" */
export const torchActivation = (act: ActivationName, x: string): string => TORCH_ACTIVATIONS[act](x);

/**
 * tfjs' padding of a window over [h, w] as [top, bottom, left, right]: 'same' puts the odd cell at
 * the bottom/right, which PyTorch's symmetric `padding=` cannot say when strides exceed 1.
 * @example tfjsPads([28, 28], 3, 2, 'same') // [0, 1, 0, 1]
 */
export function tfjsPads(
  hw: number[],
  window: number | number[],
  strides: number | number[],
  padding: Padding,
): [number, number, number, number] {
  if (padding === 'valid') return [0, 0, 0, 0];
  const [k, s] = [pair(window), pair(strides)];
  const [top, bottom, left, right] = [0, 1].flatMap(axis => {
    const size = hw[axis]!,
      out = Math.ceil(size / s[axis]!);
    const total = Math.max((out - 1) * s[axis]! + k[axis]! - size, 0);
    return [Math.floor(total / 2), total - Math.floor(total / 2)];
  });
  return [top!, bottom!, left!, right!];
}

/** A window's padding for PyTorch: symmetric goes in the module's `padding=`, otherwise an F.pad in forward. */
export function torchPadding(
  ctx: PythonContext,
  window: number | number[],
  strides: number | number[],
  padding: Padding,
) {
  const [t, b, l, r] = tfjsPads(ctx.inputShapes[0] ?? [], window, strides, padding);
  const symmetric = t === b && l === r;
  return {
    symmetric,
    arg: symmetric ? py([t, l]) : '0',
    /** F.pad's (left, right, top, bottom), or null when the module pads. */
    explicit: symmetric ? null : `(${l}, ${r}, ${t}, ${b})`,
  };
}

/** A convolution kind in PyTorch: `module` built with the padding given, the input padded first when tfjs' padding is asymmetric. */
export function torchConv(
  ctx: PythonContext,
  p: { kernelSize: number | number[]; strides: number | number[]; padding: Padding; activation: ActivationName },
  module: (padding: string) => string,
  weights: TorchWeight[],
): TorchMapping {
  const pad = torchPadding(ctx, p.kernelSize, p.strides, p.padding);
  const x = pad.explicit ? `F.pad(${ctx.inputs[0]}, ${pad.explicit})` : ctx.inputs[0]!;
  return { module: module(pad.arg), forward: torchActivation(p.activation, `self.${ctx.attr}(${x})`), weights };
}

/** Keras' activation argument, plus the extra layer tfjs also adds for leakyRelu. */
export function kerasActivation(act: ActivationName, name: string): { arg: string; extra: string[] } {
  if (act !== 'leakyRelu') return { arg: py(act), extra: [] };
  return {
    arg: py('linear'),
    extra: [`layers.LeakyReLU(negative_slope=${LEAKY_RELU_ALPHA}, name=${py(`${name}__leakyRelu`)})`],
  };
}

/** A Keras layer with an activation argument: `make(activationArg)` followed by the leakyRelu layer when needed. */
export function kerasWithActivation(
  act: ActivationName,
  name: string,
  make: (activation: string) => string,
): KerasMapping {
  const a = kerasActivation(act, name);
  return { layers: [make(a.arg), ...a.extra] };
}

export const IDENTITY_KERAS: KerasMapping = { layers: [] };
/**
 * The name of train.py's helper for an augmentation kind: the kind in snake_case (engine/export/pytorch/trainAugmentPy.ts
 * defines one per kind under this name). @example augmentFunctionName('randomFlip') // "random_flip"
 */
export const augmentFunctionName = (kind: keyof AugmentationConfigs): string =>
  kind.replace(/[A-Z]/g, c => `_${c.toLowerCase()}`);

/** train.py's call of the kind's helper on the batch `x`. @example augmentCall('randomFlip', 'horizontal') // 'random_flip(x, "horizontal")' */
export const augmentCall = (kind: keyof AugmentationConfigs, ...args: (number | string)[]): string =>
  `${augmentFunctionName(kind)}(x, ${args.map(a => py(a)).join(', ')})`;

/** Augmentation at inference: the node passes its input on; `augment` is what train.py does with it while training. */
export const identityTorch = (ctx: PythonContext, augment?: string): TorchMapping => ({
  module: null,
  forward: ctx.inputs[0]!,
  ...(augment && { augment }),
});

/** The bias weight, when the layer has one. */
export const torchBias = (useBias: boolean, torch = 'bias'): TorchWeight[] =>
  useBias ? [{ tfjs: 'bias', torch, layout: 'asIs' }] : [];

/** Python's `(kh, kw)` of a window param. */
export const pyPair = (v: number | number[]): string => py(pair(v));
