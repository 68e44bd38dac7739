/** Encodes an OnnxGraph as an ONNX ModelProto with onnx-proto's generated protobuf code. */
import onnxProto, { type onnx as Proto } from 'onnx-proto';
import type { OnnxAttribute } from '../../core/layers/onnxTypes';
import { OPSET, type OnnxGraph, type OnnxInitializer } from './graph';

const { onnx } = onnxProto;
const { AttributeType } = onnx.AttributeProto;
const { DataType } = onnx.TensorProto;

/** IR version 7 is what opset 13 shipped with (ONNX 1.8), so older runtimes load it too. */
const IR_VERSION = 7;

function attribute(name: string, value: OnnxAttribute): Proto.IAttributeProto {
  if (typeof value === 'string') return { name, type: AttributeType.STRING, s: new TextEncoder().encode(value) };
  if (typeof value === 'number') return { name, type: AttributeType.INT, i: value };
  if (Array.isArray(value)) return { name, type: AttributeType.INTS, ints: value };
  return { name, type: AttributeType.FLOAT, f: value.float };
}

function tensor(init: OnnxInitializer): Proto.ITensorProto {
  const raw =
    init.dataType === 'float'
      ? Float32Array.from(init.values)
      : BigInt64Array.from(init.values as number[], v => BigInt(v));
  return {
    name: init.name,
    dims: init.dims,
    dataType: init.dataType === 'float' ? DataType.FLOAT : DataType.INT64,
    rawData: new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength),
  };
}

const valueInfo = ({ name, shape }: OnnxGraph['input']): Proto.IValueInfoProto => ({
  name,
  type: {
    tensorType: {
      elemType: DataType.FLOAT,
      shape: { dim: shape.map(d => (d === null ? { dimParam: 'batch' } : { dimValue: d })) },
    },
  },
});

/**
 * The bytes of model.onnx: opset 13, the graph, and `metadata` as metadata_props.
 * @example await writeFile('model.onnx', encodeOnnxModel(graph, { layout: 'NHWC' }));
 */
export function encodeOnnxModel(
  graph: OnnxGraph,
  metadata: Record<string, string>,
  producerVersion = '0.1.0',
): Uint8Array {
  const model: Proto.IModelProto = {
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET }],
    producerName: 'Convas',
    producerVersion,
    graph: {
      name: graph.name,
      node: graph.nodes.map(n => ({
        name: n.name,
        opType: n.opType,
        input: n.inputs,
        output: n.outputs,
        attribute: Object.entries(n.attributes).map(([k, v]) => attribute(k, v)),
      })),
      initializer: graph.initializers.map(tensor),
      input: [valueInfo(graph.input)],
      output: [valueInfo(graph.output)],
    },
    metadataProps: Object.entries(metadata).map(([key, value]) => ({ key, value })),
  };
  return onnx.ModelProto.encode(model).finish();
}
