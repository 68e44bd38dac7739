/** model.onnx bytes → plain nodes, constants and the input, checked so a broken file gives IMPORT_FORMAT. */
import onnxProto, { type onnx as Proto } from 'onnx-proto';
import { ConvasError } from '../../core/errors';
import type { OnnxAttribute } from '../../core/layers/onnxTypes';

const { onnx } = onnxProto;
const { AttributeType } = onnx.AttributeProto;
const { DataType } = onnx.TensorProto;

export interface Constant {
  dims: number[];
  values: Float32Array | number[];
}
export interface ReadNode {
  name: string;
  opType: string;
  inputs: string[];
  outputs: string[];
  attributes: Record<string, OnnxAttribute>;
}

export interface ReadModel {
  nodes: ReadNode[];
  /** Initializers and Constant nodes' values, by tensor name. */
  constants: Map<string, Constant>;
  input: { name: string; shape: number[] };
  output: string;
  metadata: Record<string, string>;
}

/** No Convas layer holds more than this many values; larger claims are corrupt files. */
const MAX_VALUES = 1 << 27;

const bad = (message: string) =>
  new ConvasError(
    'IMPORT_FORMAT',
    message,
    'The file is not an ONNX model Convas can read; export it again (opset 13 or newer, weights inside the file).',
  );

function constant(t: Proto.ITensorProto): Constant {
  const dims = (t.dims ?? []).map(Number);
  const count = dims.reduce((a, b) => a * b, 1);
  if (dims.some(d => !Number.isInteger(d) || d < 0) || count > MAX_VALUES)
    throw bad(`tensor ${t.name}: bad shape [${dims}]`);
  // A copy: protobufjs hands out Node Buffers that are views into a shared pool, at any alignment.
  const raw = t.rawData?.length ? new Uint8Array(t.rawData) : undefined;
  let values: Float32Array | number[];
  if (t.dataType === DataType.FLOAT) {
    values = raw ? new Float32Array(raw.buffer, 0, raw.length >> 2) : Float32Array.from(t.floatData ?? []);
  } else if (t.dataType === DataType.INT64) {
    values = raw
      ? Array.from(new BigInt64Array(raw.buffer, 0, raw.length >> 3), Number)
      : (t.int64Data ?? []).map(Number);
  } else {
    throw bad(`tensor ${t.name}: data type ${t.dataType} (Convas reads float32 weights and int64 shapes)`);
  }
  if (values.length !== count)
    throw bad(
      `tensor ${t.name}: holds ${values.length} values, its shape [${dims}] needs ${count} (external data is not supported)`,
    );
  return { dims, values };
}

function attribute(a: Proto.IAttributeProto): OnnxAttribute | Constant | undefined {
  switch (a.type) {
    case AttributeType.INT:
      return Number(a.i);
    case AttributeType.INTS:
      return (a.ints ?? []).map(Number);
    case AttributeType.FLOAT:
      return { float: a.f ?? 0 };
    case AttributeType.STRING:
      return new TextDecoder().decode(a.s ?? new Uint8Array());
    case AttributeType.TENSOR:
      return a.t ? constant(a.t) : undefined;
    default:
      return undefined;
  }
}

/**
 * Decodes and checks an ONNX model: one float input, one output, weights inside the file.
 * @example const { nodes, constants, input } = readOnnxModel(await readFile('model.onnx'), 'model.onnx');
 */
export function readOnnxModel(bytes: Uint8Array, file: string): ReadModel {
  let model: Proto.ModelProto;
  try {
    model = onnx.ModelProto.decode(bytes);
  } catch (e) {
    throw bad(`${file}: not an ONNX model (${(e as Error).message})`);
  }
  const graph = model.graph;
  if (!graph?.node?.length) throw bad(`${file}: no graph inside`);
  const constants = new Map<string, Constant>();
  for (const t of graph.initializer ?? []) constants.set(t.name ?? '', constant(t));
  const nodes: ReadNode[] = [];
  for (const n of graph.node) {
    const attributes: Record<string, OnnxAttribute> = {};
    const outputs = [...(n.output ?? [])];
    for (const a of n.attribute ?? []) {
      const value = attribute(a);
      if (value && typeof value === 'object' && 'dims' in value) constants.set(outputs[0] ?? '', value);
      else if (value !== undefined) attributes[a.name ?? ''] = value;
    }
    if (n.opType === 'Constant') continue;
    nodes.push({ name: n.name ?? '', opType: n.opType ?? '', inputs: [...(n.input ?? [])], outputs, attributes });
  }
  const inputs = (graph.input ?? []).filter(i => !constants.has(i.name ?? ''));
  const outputs = graph.output ?? [];
  if (inputs.length !== 1 || outputs.length !== 1)
    throw bad(`${file}: has ${inputs.length} inputs and ${outputs.length} outputs; Convas models have one of each`);
  const dims = inputs[0]!.type?.tensorType?.shape?.dim ?? [];
  const shape = dims.slice(1).map(d => Number(d.dimValue ?? 0));
  if (dims.length !== 4 || shape.some(d => !(d > 0) || d > 4096))
    throw bad(
      `${file}: the input ${inputs[0]!.name} is not an image batch [batch, h, w, c] or [batch, c, h, w] of known size`,
    );
  const metadata = Object.fromEntries((model.metadataProps ?? []).map(p => [p.key ?? '', p.value ?? '']));
  return { nodes, constants, input: { name: inputs[0]!.name ?? '', shape }, output: outputs[0]!.name ?? '', metadata };
}
