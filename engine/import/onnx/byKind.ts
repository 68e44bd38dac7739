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
