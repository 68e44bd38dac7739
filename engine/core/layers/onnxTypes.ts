/**
 * What a layer's `toOnnx` receives: a small graph builder and the node's context. Types only, so
 * layer files stay free of protobuf and of the exporter (engine/export/onnx implements the builder).
 *
 * Layout inside an exported model: image tensors are NCHW (what ONNX's Conv and pooling ops take),
 * flat tensors are [batch, features]. The model's input stays NHWC like tfjs; the Input node
 * transposes it once and Flatten transposes back, so Dense weights keep tfjs' order.
 */
import type { ActivationName } from './params';
import type { Shape } from './shapeUtils';
import type { LayerContext } from './types';

/** One weight of a node's tfjs layer, keyed by its short tfjs name ('kernel', 'bias', 'gamma', …). */
export interface LayerWeight {
  /** tfjs' shape, e.g. [kh, kw, in, out] for a conv kernel. */
  shape: number[];
  values: Float32Array;
}

/** A node attribute: plain numbers are ONNX INTs, `{ float }` an ONNX FLOAT. */
export type OnnxAttribute = number | number[] | string | { float: number };

/** How a tfjs weight is reordered for ONNX. */
export type OnnxWeightLayout =
  /** As tfjs stores it (biases, Dense/Gemm kernels [in, out], batch-norm vectors). */
  | 'asIs'
  /** [kh, kw, in, out] → Conv's [out, in, kh, kw]. */
  | 'convKernel'
  /** [kh, kw, in, multiplier] → a grouped Conv's [in × multiplier, 1, kh, kw]. */
  | 'depthwiseKernel';

/** The builder handed to `toOnnx`, scoped to one node (it names the ONNX nodes after it). */
export interface OnnxBuilder {
  /** Adds one ONNX node and returns the name of its output. */
  op(type: string, inputs: string[], attributes?: Record<string, OnnxAttribute>): string;
  /** Adds a weight as an initializer named `<layer>/<weight>`, reordered to `layout`; returns its name. */
  weight(name: string, layout?: OnnxWeightLayout): string;
  /** Adds an int64 constant (pads, axes, shapes); returns its name. */
  ints(name: string, values: number[]): string;
  /** Adds a float32 vector constant (Resize's scales); returns its name. */
  floats(name: string, values: number[]): string;
  /** Adds a float32 scalar constant; returns its name. */
  scalar(name: string, value: number): string;
  /** Applies an activation to this node's output (softmax over channels: axis 1 for images). */
  activation(input: string, act: ActivationName): string;
  /** Conv/pool `pads` [top, left, bottom, right] reproducing tfjs' padding over this node's first input. */
  pads(window: number | number[], strides: number | number[], padding: 'valid' | 'same'): number[];
}

export interface OnnxContext extends LayerContext {
  /** The tfjs layer name of the node (initializers and ONNX nodes are named after it). */
  name: string;
  /** ONNX tensor names of the node's inputs; the Input node gets the model's NHWC input. */
  inputs: string[];
  /** Convas shapes (batch axis dropped, channels last) of the inputs and of the node's output. */
  inputShapes: Shape[];
  outputShape: Shape;
  /** The trained weights of the node's tfjs layer, by short tfjs name. */
  weights: Record<string, LayerWeight>;
}
