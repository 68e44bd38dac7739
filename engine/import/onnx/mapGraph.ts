/** A read ONNX model → Convas nodes with tfjs weights, or IMPORT_UNSUPPORTED naming every op Convas cannot express. */
import { ConvasError } from '../../core/errors';
import { OUTPUT_ACTIVATIONS } from '../../core/layers/output';
import { fuseNodes } from './fuse';
import { ImportState, type ImportNode } from './importState';
import { OP_HANDLERS } from './byKind';
import type { ReadModel, ReadNode } from './readModel';

const INPUT: ReadNode = { name: 'input', opType: 'Input', inputs: [], outputs: [], attributes: {} };

/** The last Dense becomes the Output head (which always has a bias: a zero one when the Dense had none). */
function outputHead(node: ImportNode | undefined): ImportNode {
  const act = String(node?.params.activation);
  if (node?.kind !== 'dense' || !(OUTPUT_ACTIVATIONS as readonly string[]).includes(act)) {
    throw new ConvasError(
      'IMPORT_UNSUPPORTED',
      `the model ends with ${node ? `${node.id} (${node.kind}, ${act})` : 'no layer'}; Convas models end with a Dense layer with softmax, sigmoid, linear, tanh or relu (the Output node)`,
    );
  }
  const units = node.params.units as number;
  const bias = node.weights.bias ?? { shape: [units], values: new Float32Array(units) };
  return {
    ...node,
    kind: 'output',
    params: { task: act === 'softmax' ? 'classification' : 'regression', units, activation: act },
    weights: { ...node.weights, bias },
  };
}

/**
 * Maps every ONNX node to Convas nodes (the input NHWC as Convas exports it, or NCHW as PyTorch does).
 * @example const { nodes } = mapOnnxGraph(readOnnxModel(bytes, 'model.onnx'));
 */
export function mapOnnxGraph(model: ReadModel): { nodes: ImportNode[]; outputId: string } {
  const state = new ImportState(model);
  const users = state.consumers(model.input.name);
  const nhwc =
    users.length > 0 && users.every(n => n.opType === 'Transpose' && String(n.attributes.perm) === '0,3,1,2');
  const [a, b, c] = model.input.shape as [number, number, number];
  // Convas' export names the Input's transpose after the Input node ('in/Transpose').
  const input = state.add(
    INPUT,
    'input',
    { shape: nhwc ? [a, b, c] : [b, c, a] },
    [],
    {},
    nhwc ? state.idFor(users[0]!, 'input') : 'input',
  )!;
  state.hold(model.input.name, input.id, nhwc ? 'nhwc' : 'nchw');
  for (const n of model.nodes) {
    if (state.absorbed.has(n)) continue;
    const handler = Object.hasOwn(OP_HANDLERS, n.opType) ? OP_HANDLERS[n.opType] : undefined;
    if (handler) handler(state, n);
    else state.fail(n, 'no Convas layer does this');
  }
  if (state.problems.length) {
    throw new ConvasError(
      'IMPORT_UNSUPPORTED',
      `the model has operators Convas cannot import: ${state.problems.slice(0, 12).join(', ')}${state.problems.length > 12 ? `, and ${state.problems.length - 12} more` : ''}`,
      'Convas imports the layers it can draw (see the palette); rebuild the parts named in Convas.',
    );
  }
  const out = state.tensors.get(model.output);
  if (out?.layout !== 'flat')
    throw new ConvasError('IMPORT_UNSUPPORTED', "the model's output is not a flat vector of class scores or values");
  const outputId = fuseNodes(state.nodes, out.node);
  state.nodes.set(outputId, outputHead(state.nodes.get(outputId)));
  return { nodes: [...state.nodes.values()], outputId };
}
