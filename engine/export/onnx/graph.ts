/** An ONNX graph as plain data, before protobuf: what the builders fill and modelProto.ts encodes. */
import type { OnnxAttribute } from '../../core/layers/onnxTypes';

export interface OnnxNode {
  name: string;
  opType: string;
  inputs: string[];
  outputs: string[];
  attributes: Record<string, OnnxAttribute>;
}

export interface OnnxInitializer {
  name: string;
  dims: number[];
  dataType: 'float' | 'int64';
  values: Float32Array | number[];
}

export interface OnnxGraph {
  name: string;
  nodes: OnnxNode[];
  initializers: OnnxInitializer[];
  /** The model's one input and one output, with their shapes (null = any batch size). */
  input: { name: string; shape: (number | null)[] };
  output: { name: string; shape: (number | null)[] };
}

/** The opset the exporter writes: Softmax on one axis, Pad/Slice/Clip with tensor inputs, optional Gemm bias. */
export const OPSET = 13;

/** A fresh empty graph for a model with an NHWC image input and a flat output. */
export function emptyGraph(name: string, inputShape: number[], outputShape: number[]): OnnxGraph {
  return {
    name,
    nodes: [],
    initializers: [],
    input: { name: 'input', shape: [null, ...inputShape] },
    output: { name: 'output', shape: [null, ...outputShape] },
  };
}
