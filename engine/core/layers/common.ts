/** Pieces several layer specs share: input checks, activation handling, window maths. */
import type * as tfl from '@tensorflow/tfjs-layers';
import { ACTIVATIONS, enumOf, intOrPair, pair, pairText, PADDINGS, type ActivationName, type Padding } from './params';
import { convOutputLength, elements, shapeText, type Shape } from './shapeUtils';
import { fail, ok, type ShapeResult, type TfLayersApi } from './types';

export const activationParam = (def: ActivationName = 'relu') =>
  enumOf(ACTIVATIONS, { default: def, label: 'Activation' });

/** The sliding-window params every convolution kind shares. */
export const convWindowParams = () => ({
  kernelSize: intOrPair({ default: 3, min: 1, max: 64, label: 'Kernel size' }),
  strides: intOrPair({ default: 1, min: 1, max: 64, label: 'Strides' }),
  padding: enumOf(PADDINGS, { default: 'valid', label: 'Padding' }),
});

/** Checks the single input is an image tensor [h, w, c]. */
export function imageInput(
  inputs: Shape[],
): { ok: true; shape: [number, number, number] } | { ok: false; result: ShapeResult } {
  const s = inputs[0];
  if (s?.length !== 3) {
    return {
      ok: false,
      result: fail('NEEDS_IMAGE', `expects an image tensor (h×w×c) but receives ${s ? shapeText(s) : 'nothing'}`),
    };
  }
  return { ok: true, shape: s as [number, number, number] };
}

/** Output [h, w] of a 2-D window op, or an error naming the input size when it does not fit. */
export function windowOutput(
  input: [number, number, number],
  window: number | number[],
  strides: number | number[],
  padding: Padding,
  windowField: string,
  dilation = 1,
): { ok: true; hw: [number, number] } | { ok: false; result: ShapeResult } {
  const [kh, kw] = pair(window);
  const [sh, sw] = pair(strides);
  const [h, w] = input;
  const eh = kh + (kh - 1) * (dilation - 1),
    ew = kw + (kw - 1) * (dilation - 1);
  if (padding === 'valid' && (eh > h || ew > w)) {
    return {
      ok: false,
      result: fail('WINDOW_TOO_LARGE', `window ${kh}×${kw} is larger than its ${h}×${w} input under 'valid' padding`, {
        field: windowField,
      }),
    };
  }
  const hw: [number, number] = [
    convOutputLength(h, kh, padding, sh, dilation),
    convOutputLength(w, kw, padding, sw, dilation),
  ];
  if (hw[0] < 1 || hw[1] < 1)
    return { ok: false, result: fail('SHAPE_EMPTY', `output would be ${hw.join('×')} from a ${h}×${w} input`) };
  return { ok: true, hw };
}

/** Output shape of a convolution kind: the window over [h, w], then `channels(inputChannels)` maps. */
export function convShape(
  inputs: Shape[],
  p: { kernelSize: number | number[]; strides: number | number[]; padding: Padding },
  channels: (inputChannels: number) => number,
): ShapeResult {
  const input = imageInput(inputs);
  if (!input.ok) return input.result;
  const out = windowOutput(input.shape, p.kernelSize, p.strides, p.padding, 'kernelSize');
  return out.ok ? ok([...out.hw, channels(input.shape[2])]) : out.result;
}

export const flatInput = (inputs: Shape[]): { ok: true; units: number } | { ok: false; result: ShapeResult } => {
  const s = inputs[0];
  if (s?.length !== 1) {
    return {
      ok: false,
      result: fail('NEEDS_FLAT', `expects a flat vector but receives ${s ? shapeText(s) : 'nothing'}`),
    };
  }
  return { ok: true, units: s[0]! };
};

export const sameAsInput = (inputs: Shape[]): ShapeResult =>
  inputs[0] ? ok([...inputs[0]]) : fail('INPUT_MISSING', 'has no input');

/** One slope for every leakyRelu in Convas, so exporters can write the same number. */
export const LEAKY_RELU_ALPHA = 0.2;

/** The activation names tfjs' layers take (every ActivationName but 'leakyRelu', and more). */
export type TfjsActivation = NonNullable<Parameters<TfLayersApi['layers']['activation']>[0]['activation']>;

/** Convas' activations tfjs names itself: all but leakyRelu. A type error here means tfjs lacks one. */
export const tfjsActivation = (act: Exclude<ActivationName, 'leakyRelu'>): TfjsActivation => act;

/** tfjs has no 'leakyRelu' activation string; it is a layer of its own. */
export function splitActivation(
  tf: TfLayersApi,
  act: ActivationName,
  name: string,
): { builtIn: TfjsActivation; extra: tfl.layers.Layer[] } {
  if (act === 'leakyRelu')
    return { builtIn: 'linear', extra: [tf.layers.leakyReLU({ alpha: LEAKY_RELU_ALPHA, name: `${name}__leakyRelu` })] };
  return { builtIn: tfjsActivation(act), extra: [] };
}

/** FLOPs an activation costs per element (rough, for the cost badge). */
export const activationFlops = (act: ActivationName, elements: number): number =>
  act === 'linear' ? 0 : act === 'relu' || act === 'relu6' || act === 'leakyRelu' ? elements : 4 * elements;

export const activationText = (act: ActivationName): string => (act === 'linear' ? '' : `, ${act}`);

/** Params of MaxPooling2D and AveragePooling2D. */
export const poolParams = () => ({
  poolSize: intOrPair({ default: 2, min: 1, max: 64, label: 'Pool size' }),
  // A param default cannot follow another param, so strides do not track poolSize as in Keras (strides=None).
  strides: intOrPair({
    default: 2,
    min: 1,
    max: 64,
    label: 'Strides',
    help: 'Step of the window; set it to the pool size for non-overlapping windows.',
  }),
  padding: enumOf(PADDINGS, { default: 'valid', label: 'Padding' }),
});

export interface PoolParams {
  poolSize: number | number[];
  strides: number | number[];
  padding: Padding;
}

export function poolShape(inputs: Shape[], p: PoolParams): ShapeResult {
  const input = imageInput(inputs);
  if (!input.ok) return input.result;
  const out = windowOutput(input.shape, p.poolSize, p.strides, p.padding, 'poolSize');
  return out.ok ? ok([...out.hw, input.shape[2]]) : out.result;
}

/** A comparison or an add per window cell and output value. */
export const poolFlops = (p: PoolParams, output: Shape): number => {
  const [ph, pw] = pair(p.poolSize);
  return ph * pw * elements(output);
};

export const poolText = (p: PoolParams): string => {
  const size = pairText(p.poolSize),
    step = pairText(p.strides);
  return `${size}${step !== size ? ` /${step}` : ''}, ${p.padding}`;
};

/** Image tensor → one value per channel. */
export function globalPoolShape(inputs: Shape[]): ShapeResult {
  const input = imageInput(inputs);
  return input.ok ? ok([input.shape[2]]) : input.result;
}

/** Name of an axis of a batchless shape, for messages: image → height/width/channels, flat → features. */
export function axisName(rank: number, axis: number): string {
  if (rank === 3) return ['height', 'width', 'channels'][axis]!;
  if (rank === 1) return 'features';
  return `axis ${axis + 1}`;
}

const rankText = (s: Shape): string =>
  s.length === 3 ? `an image ${shapeText(s)}` : s.length === 1 ? `a flat ${shapeText(s)}` : shapeText(s);

/**
 * The first disagreement between merge inputs, naming the axis and both sizes; null when they agree.
 * With `exceptLast` the last axis may differ (Concatenate joins along it).
 */
export function mergeMismatch(inputs: Shape[], exceptLast: boolean, hint?: string): ShapeResult | null {
  const [first, ...rest] = inputs;
  if (!first || !rest.length)
    return fail('MERGE_TOO_FEW_INPUTS', `has ${inputs.length} input${inputs.length === 1 ? '' : 's'}`);
  const extra = hint ? { hint } : {};
  for (const [i, s] of rest.entries()) {
    if (s.length !== first.length) {
      return fail('MERGE_SHAPE_MISMATCH', `input 1 is ${rankText(first)} but input ${i + 2} is ${rankText(s)}`, extra);
    }
    const axis = s.findIndex((d, a) => d !== first[a] && !(exceptLast && a === s.length - 1));
    if (axis >= 0) {
      return fail(
        'MERGE_SHAPE_MISMATCH',
        `inputs differ in ${axisName(s.length, axis)}: input 1 has ${first[axis]}, input ${i + 2} has ${s[axis]}`,
        extra,
      );
    }
  }
  return null;
}
