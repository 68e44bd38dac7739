import type * as tfl from '@tensorflow/tfjs-layers';
import type { ErrorCode } from '../errors';
import type { MakeAugmentationLayer } from './augmentation';
import type { OnnxBuilder, OnnxContext } from './onnxTypes';
import type { ParamSpecs, ParamsOf } from './params';
import type { KerasMapping, PythonContext, TorchMapping } from './pythonTypes';
import type { Shape } from './shapeUtils';

export type LayerCategory =
  | 'input'
  | 'convolution'
  | 'pooling'
  | 'core'
  | 'normalization'
  | 'regularization'
  | 'activation'
  | 'merge'
  | 'reshape'
  | 'augmentation'
  | 'output';

/** What a layer's functions know beyond its params. */
export interface LayerContext {
  /** Class count of the dataset, when known (resolves the Output node's 'auto' units). */
  numClasses?: number;
  /** Target count of a regression dataset, when known (resolves a regression Output's 'auto' units). */
  numTargets?: number;
}

export interface LayerError {
  code: ErrorCode;
  message: string;
  /** Overrides the catalogue hint with a specific one. */
  hint?: string;
  field?: string;
}

export type ShapeResult = { ok: true; shape: Shape } | { ok: false; error: LayerError };

export interface LayerCost {
  /** Trainable plus non-trainable weights. */
  params: number;
  /** Floating-point operations of the forward pass for one image (a multiply-add counts 2). */
  flops: number;
}

/** The tfjs-layers namespace, passed in so layer files never import tfjs. */
export type TfLayersApi = typeof tfl;

export interface TfjsContext extends LayerContext {
  /** The tfjs layer name to use (derived from the node id; weights are saved under it). */
  name: string;
  /** Shapes of the node's inputs, batch axis dropped. */
  inputShapes: Shape[];
  /** The node's own seed (the training seed mixed with the node id), for layers that draw random numbers. */
  seed: number;
  /** Building the model for inference and export: training-only layers are left out (randomCrop: a centre crop). */
  forInference: boolean;
  /** Builds Convas' own augmentation layer classes, passed in like `tf`. */
  augmentation: MakeAugmentationLayer;
}

/**
 * One layer kind: everything palette, inspector, shape inference, cost badges, compile and
 * exporters need. One file per kind in engine/layers/, listed once in LAYERS.
 */
export interface LayerSpec<P extends ParamSpecs = ParamSpecs> {
  kind: string;
  label: string;
  category: LayerCategory;
  /** One line for the palette tooltip. */
  description: string;
  /** Start of the ids of new nodes of this kind (conv → conv1, conv2 …). */
  idPrefix: string;
  /** Graphs usually have one node of this kind: its first id is the bare prefix, with no number. */
  usuallySingle?: boolean;
  params: P;
  /** How many incoming edges the node takes. */
  arity: { min: number; max: number };
  inferShape(inputs: Shape[], p: ParamsOf<P>, ctx: LayerContext): ShapeResult;
  cost(inputs: Shape[], output: Shape, p: ParamsOf<P>, ctx: LayerContext): LayerCost;
  /** The key params as a short text for the node face, e.g. "32 × 3×3, same, relu". */
  describe(p: ParamsOf<P>, ctx: LayerContext): string;
  /** PyTorch code for this node (see pythonTypes.ts for the layout); null when PyTorch cannot express it. */
  toTorch(p: ParamsOf<P>, ctx: PythonContext): TorchMapping | null;
  /** Keras functional-API code for this node, with the same layer names; null when Keras cannot express it. */
  toKeras(p: ParamsOf<P>, ctx: PythonContext): KerasMapping | null;
  /**
   * The tfjs layers for this node, applied in order (the first receives all inputs).
   * Input nodes return an empty list: compile makes them with `tf.input`.
   */
  toTfjs(tf: TfLayersApi, p: ParamsOf<P>, ctx: TfjsContext): tfl.layers.Layer[];
  /**
   * The ONNX nodes for this node, built with `onnx` (see onnxTypes.ts for the tensor layout);
   * returns the name of the node's output tensor.
   */
  toOnnx(onnx: OnnxBuilder, p: ParamsOf<P>, ctx: OnnxContext): string;
}

/**
 * Identity helper that keeps a spec's param types precise while checking it against LayerSpec; the
 * category stays a literal type, so tables of one category (AugmentationKind) follow LAYERS.
 */
export const defineLayer = <P extends ParamSpecs, const C extends LayerCategory>(
  spec: LayerSpec<P> & { category: C },
): LayerSpec<P> & { category: C } => spec;

export const ok = (shape: Shape): ShapeResult => ({ ok: true, shape });
export const fail = (
  code: ErrorCode,
  message: string,
  extra: Omit<LayerError, 'code' | 'message'> = {},
): ShapeResult => ({ ok: false, error: { code, message, ...extra } });
