/**
 * Which ONNX ops import as which Convas kind: for each kind, the ops whose handler makes it, or how
 * else it arrives or why it cannot. A new kind fails to compile until it says which.
 */
import type { LayerKind } from '../../core/layers';
import { activationHandler, conv, flatten, globalPool, type Handler, passThrough, pool, transpose } from './opHandlers';
import { batchNorm, gemm, merge, pad, slice } from './valueOps';

/** Augmentation exports as Identity: nothing in an ONNX model says a training-only layer was there. */
const TRAINING_ONLY = 'exports as Identity, which imports as no node';

const ACTIVATION_OPS = ['Relu', 'Tanh', 'Softplus', 'Selu', 'Sigmoid', 'Elu', 'LeakyRelu', 'Softmax', 'Clip', 'Div'];

/**
 * Resize (or opset 9's Upsample) by constant whole factors of height and width, mapping cells as tfjs'
 * UpSampling2D does: output i reads input i / s. Nearest with half-pixel centres picks the same cells.
 */
const resize: Handler = (state, n) => {
  const src = state.source(n.inputs[0]!, n);
  if (!src) return;
  const upsample = n.opType === 'Upsample';
  const scales = state.constant(n.inputs[upsample ? 1 : 2])?.values;
  const [n0, c0, sh = 0, sw = 0] = scales ? [...scales] : [];
  if (
    src.layout !== 'nchw' ||
    scales?.length !== 4 ||
    n0 !== 1 ||
    c0 !== 1 ||
    ![sh, sw].every(s => Number.isInteger(s) && s >= 1)
  )
    return state.fail(n, 'only constant whole factors of height and width');
  const mode = String(n.attributes.mode ?? 'nearest');
  const transform = upsample ? 'asymmetric' : String(n.attributes.coordinate_transformation_mode ?? 'half_pixel');
  const rounding = upsample ? 'floor' : String(n.attributes.nearest_mode ?? 'round_prefer_floor');
  const nearest =
    mode === 'nearest' &&
    ((transform === 'asymmetric' && rounding === 'floor') ||
      (['half_pixel', 'pytorch_half_pixel'].includes(transform) && rounding.startsWith('round_prefer')));
  const bilinear = mode === 'linear' && transform === 'asymmetric';
  if (!nearest && !bilinear)
    return state.fail(
      n,
      `${mode} resizing with ${transform} coordinates (Convas' Up Sampling maps output i to input i / s)`,
    );
  const node = state.add(n, 'upSampling2d', { size: [sh, sw], interpolation: nearest ? 'nearest' : 'bilinear' }, [
    src.node.id,
  ]);
  if (node) state.hold(n.outputs[0], node.id, 'nchw');
};

export const ONNX_IMPORT: Record<LayerKind, Record<string, Handler> | string> = {
  input: "the graph's input (mapGraph)",
  randomFlip: TRAINING_ONLY,
  randomRotation: TRAINING_ONLY,
  randomZoom: TRAINING_ONLY,
  randomTranslation: TRAINING_ONLY,
  randomCrop: { Slice: slice },
  randomContrast: TRAINING_ONLY,
  randomBrightness: TRAINING_ONLY,
  gaussianNoise: TRAINING_ONLY,
  conv2d: { Conv: conv },
  depthwiseConv2d: 'a Conv with one group per input channel (the Conv handler)',
  separableConv2d: 'a depthwise Conv feeding a 1×1 Conv, fused (fuse.ts)',
  maxPooling2d: { MaxPool: pool('maxPooling2d') },
  averagePooling2d: { AveragePool: pool('averagePooling2d') },
  globalAveragePooling2d: { GlobalAveragePool: globalPool('globalAveragePooling2d') },
  globalMaxPooling2d: { GlobalMaxPool: globalPool('globalMaxPooling2d') },
  batchNormalization: { BatchNormalization: batchNorm },
  dropout: TRAINING_ONLY,
  activation: Object.fromEntries(ACTIVATION_OPS.map(op => [op, activationHandler])),
  add: { Sum: merge('add'), Add: merge('add') },
  concatenate: { Concat: merge('concatenate') },
  zeroPadding2d: { Pad: pad },
  upSampling2d: { Resize: resize, Upsample: resize },
  flatten: { Flatten: flatten },
  dense: { Gemm: gemm, MatMul: gemm },
  output: "the model's last Dense becomes the Output node (mapGraph)",
};

/** Ops that change only the tensor's layout or pass it on: no node of their own. */
const LAYOUT_OPS: Record<string, Handler> = {
  Identity: passThrough(['nchw', 'nhwc', 'pooled', 'flat']),
  Dropout: passThrough(['nchw', 'nhwc', 'pooled', 'flat']),
  Transpose: transpose,
};

/** Every op Convas imports, by ONNX op type. */
export const OP_HANDLERS: Record<string, Handler> = Object.assign(
  {},
  LAYOUT_OPS,
  ...Object.values(ONNX_IMPORT).filter(h => typeof h !== 'string'),
);

/** The kinds some ONNX op imports as directly. */
export const ONNX_IMPORTED_KINDS = (Object.keys(ONNX_IMPORT) as LayerKind[]).filter(
  k => typeof ONNX_IMPORT[k] !== 'string',
);
