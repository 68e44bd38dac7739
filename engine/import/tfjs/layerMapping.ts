/** Keras / tfjs layer classes → Convas layer kinds with params; anything else is named as unsupported. */
import type { LayerKind } from '../../core/layers';
import { LEAKY_RELU_ALPHA } from '../../core/layers/common';
import { ACTIVATIONS, type ActivationName, type ParamValue } from '../../core/layers/params';
import type { KerasLayer } from './topology';

/** [[top, bottom], [left, right]]. */
export type Pads = [[number, number], [number, number]];

/** `pads`: a ZeroPadding2D with uneven sides, which only folding into the next convolution can express. */
export type Mapped = { kind: LayerKind; params: Record<string, ParamValue>; pads?: Pads } | { unsupported: string };

/** A config value under its Keras (snake_case) or tfjs (camelCase) key. */
function read(config: Record<string, unknown>, key: string): unknown {
  if (key in config) return config[key];
  return config[key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())];
}

const ALIASES: Record<string, ActivationName> = { silu: 'swish', leaky_relu: 'leakyRelu', linear: 'linear' };

/** Keras activations are strings, or in Keras 3 `{ class_name: 'function', config: 'relu' }`. */
function activationOf(value: unknown): ActivationName | undefined {
  const name =
    typeof value === 'object' && value && 'config' in value
      ? (value as { config: unknown }).config
      : (value ?? 'linear');
  if (typeof name !== 'string') return undefined;
  return ALIASES[name] ?? ((ACTIVATIONS as readonly string[]).find(a => a === name) as ActivationName | undefined);
}

const intPair = (v: unknown): number | [number, number] | undefined => {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (Array.isArray(v) && v.length === 2 && v.every(Number.isInteger))
    return v[0] === v[1] ? (v[0] as number) : ([v[0], v[1]] as [number, number]);
  return undefined;
};

/** Settings Convas always has: anything else is a reason the layer cannot be imported. */
function fixedSettings(config: Record<string, unknown>): string | undefined {
  const format = read(config, 'data_format');
  if (format !== undefined && format !== null && format !== 'channels_last')
    return `data_format ${String(format)} (Convas is channels_last)`;
  const dilation = intPair(read(config, 'dilation_rate') ?? 1);
  if (dilation !== 1) return 'dilation_rate other than 1';
  if ((read(config, 'groups') ?? 1) !== 1) return 'groups other than 1';
  return undefined;
}

function convParams(config: Record<string, unknown>): Record<string, ParamValue> | string {
  const reason = fixedSettings(config);
  if (reason) return reason;
  const kernelSize = intPair(read(config, 'kernel_size'));
  const strides = intPair(read(config, 'strides') ?? 1);
  const activation = activationOf(read(config, 'activation'));
  const padding = read(config, 'padding') ?? 'valid';
  if (kernelSize === undefined || strides === undefined) return 'kernel_size or strides that are not integers';
  if (padding !== 'valid' && padding !== 'same') return `padding ${String(padding)}`;
  if (!activation) return `activation ${JSON.stringify(read(config, 'activation'))}`;
  return { kernelSize, strides, padding, activation, useBias: read(config, 'use_bias') !== false };
}

function poolParams(config: Record<string, unknown>): Record<string, ParamValue> | string {
  const poolSize = intPair(read(config, 'pool_size') ?? 2);
  const strides = intPair(read(config, 'strides') ?? poolSize);
  const padding = read(config, 'padding') ?? 'valid';
  if (poolSize === undefined || strides === undefined) return 'pool_size or strides that are not integers';
  if (padding !== 'valid' && padding !== 'same') return `padding ${String(padding)}`;
  return fixedSettings(config) ?? { poolSize, strides, padding };
}

const withKind = (kind: LayerKind, params: Record<string, ParamValue> | string): Mapped =>
  typeof params === 'string' ? { unsupported: params } : { kind, params };

type Mapper = (c: Record<string, unknown>) => Mapped;

/** Keras' augmentation layers draw differently from Convas' own; imported models leave them out (as exports do). */
const AUGMENTATION = 'not imported: Keras augmentation layers are left out';

/**
 * For each Convas kind, the Keras classes that import as it, or why no class does: a new kind
 * fails to compile until it says which.
 */
const BY_KIND: Record<LayerKind, Record<string, Mapper> | string> = {
  input: {
    InputLayer(c) {
      const shape = read(c, 'batch_input_shape') ?? read(c, 'batch_shape');
      const dims = Array.isArray(shape) ? shape.slice(1) : [];
      if (dims.length !== 3 || !dims.every(d => Number.isInteger(d) && d > 0))
        return { unsupported: `input shape ${JSON.stringify(shape)} (Convas takes images: height × width × channels)` };
      return { kind: 'input', params: { shape: dims as number[] } };
    },
  },
  randomFlip: AUGMENTATION,
  randomRotation: AUGMENTATION,
  randomZoom: AUGMENTATION,
  randomTranslation: AUGMENTATION,
  randomCrop: AUGMENTATION,
  randomContrast: AUGMENTATION,
  randomBrightness: AUGMENTATION,
  gaussianNoise: AUGMENTATION,
  conv2d: {
    Conv2D(c) {
      const p = convParams(c);
      return withKind('conv2d', typeof p === 'string' ? p : { ...p, filters: Number(read(c, 'filters')) });
    },
  },
  depthwiseConv2d: {
    DepthwiseConv2D(c) {
      const p = convParams(c);
      return withKind(
        'depthwiseConv2d',
        typeof p === 'string' ? p : { ...p, depthMultiplier: Number(read(c, 'depth_multiplier') ?? 1) },
      );
    },
  },
  separableConv2d: {
    SeparableConv2D(c) {
      const p = convParams(c);
      return withKind(
        'separableConv2d',
        typeof p === 'string'
          ? p
          : { ...p, filters: Number(read(c, 'filters')), depthMultiplier: Number(read(c, 'depth_multiplier') ?? 1) },
      );
    },
  },
  maxPooling2d: {
    MaxPooling2D: c => withKind('maxPooling2d', poolParams(c)),
  },
  averagePooling2d: {
    AveragePooling2D: c => withKind('averagePooling2d', poolParams(c)),
  },
  globalAveragePooling2d: {
    GlobalAveragePooling2D: c =>
      read(c, 'keepdims') ? { unsupported: 'keepdims' } : withKind('globalAveragePooling2d', fixedSettings(c) ?? {}),
  },
  globalMaxPooling2d: {
    GlobalMaxPooling2D: c =>
      read(c, 'keepdims') ? { unsupported: 'keepdims' } : withKind('globalMaxPooling2d', fixedSettings(c) ?? {}),
  },
  batchNormalization: {
    BatchNormalization(c) {
      const axis = read(c, 'axis') ?? -1;
      const axisOk =
        axis === -1 || axis === 3 || (Array.isArray(axis) && axis.length === 1 && (axis[0] === -1 || axis[0] === 3));
      if (!axisOk) return { unsupported: `axis ${JSON.stringify(axis)} (Convas normalises the channel axis)` };
      if (read(c, 'center') === false || read(c, 'scale') === false)
        return { unsupported: 'center or scale turned off' };
      return {
        kind: 'batchNormalization',
        params: { momentum: Number(read(c, 'momentum') ?? 0.99), epsilon: Number(read(c, 'epsilon') ?? 0.001) },
      };
    },
  },
  dropout: {
    Dropout: c => ({ kind: 'dropout', params: { rate: Number(read(c, 'rate') ?? 0.5) } }),
  },
  activation: {
    Activation(c) {
      const activation = activationOf(read(c, 'activation'));
      return activation && activation !== 'leakyRelu'
        ? { kind: 'activation', params: { activation } }
        : { unsupported: `activation ${JSON.stringify(read(c, 'activation'))}` };
    },
    ReLU(c) {
      const max = read(c, 'max_value') ?? null;
      const slope = Number(read(c, 'negative_slope') ?? 0),
        threshold = Number(read(c, 'threshold') ?? 0);
      if (slope !== 0 || threshold !== 0 || (max !== null && max !== 6))
        return { unsupported: 'a ReLU with negative_slope, threshold or a max_value other than 6' };
      return { kind: 'activation', params: { activation: max === 6 ? 'relu6' : 'relu' } };
    },
    LeakyReLU(c) {
      const alpha = Number(read(c, 'alpha') ?? read(c, 'negative_slope') ?? 0.3);
      return Math.abs(alpha - LEAKY_RELU_ALPHA) < 1e-6
        ? { kind: 'activation', params: { activation: 'leakyRelu' } }
        : { unsupported: `alpha ${alpha} (Convas' leaky ReLU has alpha ${LEAKY_RELU_ALPHA})` };
    },
    Softmax: c =>
      (read(c, 'axis') ?? -1) === -1
        ? { kind: 'activation', params: { activation: 'softmax' } }
        : { unsupported: 'axis other than -1' },
  },
  add: {
    Add: () => ({ kind: 'add', params: {} }),
  },
  concatenate: {
    Concatenate: c =>
      [-1, 3].includes(Number(read(c, 'axis') ?? -1))
        ? { kind: 'concatenate', params: {} }
        : { unsupported: 'axis other than the channel axis' },
  },
  zeroPadding2d: {
    ZeroPadding2D(c) {
      const padding = read(c, 'padding') ?? 1;
      const simple = intPair(padding);
      if (simple !== undefined) return withKind('zeroPadding2d', fixedSettings(c) ?? { padding: simple });
      const rows = Array.isArray(padding) ? padding.map(p => intPair(p)) : [];
      if (rows.length !== 2 || rows.some(r => r === undefined))
        return { unsupported: `padding ${JSON.stringify(padding)}` };
      const reason = fixedSettings(c);
      if (reason) return { unsupported: reason };
      if (rows.every(r => typeof r === 'number')) return { kind: 'zeroPadding2d', params: { padding: intPair(rows)! } };
      const sides = rows.map(r => (typeof r === 'number' ? [r, r] : r)) as Pads;
      return { kind: 'zeroPadding2d', params: { padding: 0 }, pads: sides };
    },
  },
  upSampling2d: {
    UpSampling2D(c) {
      const size = intPair(read(c, 'size') ?? 2);
      const interpolation = read(c, 'interpolation') ?? 'nearest';
      if (size === undefined) return { unsupported: 'size that is not integers' };
      if (interpolation !== 'nearest' && interpolation !== 'bilinear')
        return { unsupported: `interpolation ${String(interpolation)}` };
      return withKind('upSampling2d', fixedSettings(c) ?? { size, interpolation });
    },
  },
  flatten: {
    Flatten: c => withKind('flatten', fixedSettings(c) ?? {}),
  },
  dense: {
    Dense(c) {
      const activation = activationOf(read(c, 'activation'));
      if (!activation) return { unsupported: `activation ${JSON.stringify(read(c, 'activation'))}` };
      return {
        kind: 'dense',
        params: { units: Number(read(c, 'units')), activation, useBias: read(c, 'use_bias') !== false },
      };
    },
  },
  output: 'the model’s last Dense layer becomes the Output node (importGraph)',
};

const MAPPERS: Record<string, Mapper> = Object.assign({}, ...Object.values(BY_KIND).filter(m => typeof m !== 'string'));

/** The kinds some Keras class imports as. */
export const KERAS_IMPORTED_KINDS = (Object.keys(BY_KIND) as LayerKind[]).filter(k => typeof BY_KIND[k] !== 'string');

/**
 * The Convas kind and params of one layer, or why it has none.
 * @example mapLayer({ className: 'ReLU', config: { max_value: 6 }, … }) // { kind: 'activation', params: { activation: 'relu6' } }
 */
export function mapLayer(layer: Pick<KerasLayer, 'className' | 'config'>): Mapped {
  const mapper = Object.hasOwn(MAPPERS, layer.className) ? MAPPERS[layer.className] : undefined;
  return mapper ? mapper(layer.config) : { unsupported: 'no Convas layer' };
}
