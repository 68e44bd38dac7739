/** ONNX ops (or short chains of them) that are one of Convas' activations: the inverse of engine/export/onnx/activations.ts. */
import { LEAKY_RELU_ALPHA } from '../../core/layers/common';
import type { ActivationName } from '../../core/layers/params';
import type { ImportState, Layout } from './importState';
import type { ReadNode } from './readModel';

export type ActivationMatch = { act: ActivationName; output: string; absorbed: ReadNode[] } | { unsupported: string };

const SIMPLE: Record<string, ActivationName> = { Relu: 'relu', Tanh: 'tanh', Softplus: 'softplus', Selu: 'selu' };
const close = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) < 1e-6;
const floatAttr = (n: ReadNode, name: string) => {
  const v = n.attributes[name];
  return typeof v === 'object' && 'float' in v ? v.float : undefined;
};

/** The only consumer of `tensor` when it is of `opType` and takes `tensor` with `other` (in either order). */
function soleBinary(
  state: ImportState,
  tensor: string,
  opType: string,
  other: (t: string) => boolean,
): ReadNode | undefined {
  const users = state.consumers(tensor);
  const n = users[0];
  if (users.length !== 1 || n!.opType !== opType || n!.inputs.length !== 2) return undefined;
  const rest = n!.inputs[0] === tensor ? n!.inputs[1]! : n!.inputs[0]!;
  return other(rest) ? n : undefined;
}

function gelu(state: ImportState, div: ReadNode): ActivationMatch | undefined {
  const x = div.inputs[0]!;
  const scalar = (v: number) => (t: string) => close(state.constant(t)?.values[0], v);
  if (!scalar(Math.SQRT2)(div.inputs[1]!)) return undefined;
  const erf = state.consumers(div.outputs[0]!)[0];
  if (state.consumers(div.outputs[0]!).length !== 1 || erf?.opType !== 'Erf') return undefined;
  const plusOne = soleBinary(state, erf.outputs[0]!, 'Add', scalar(1));
  const half = plusOne && soleBinary(state, plusOne.outputs[0]!, 'Mul', scalar(0.5));
  const times = half && soleBinary(state, half.outputs[0]!, 'Mul', t => t === x);
  return times ? { act: 'gelu', output: times.outputs[0]!, absorbed: [erf, plusOne, half, times] } : undefined;
}

/**
 * The activation `node` starts, if any: what it computes, the tensor holding the result and the
 * further ONNX nodes it spans (swish: Sigmoid + Mul; gelu: Div, Erf, Add, Mul, Mul).
 * @example matchActivation(state, reluNode, 'nchw') // { act: 'relu', output: 'conv1/Relu', absorbed: [] }
 */
export function matchActivation(state: ImportState, node: ReadNode, layout: Layout): ActivationMatch | undefined {
  const output = node.outputs[0]!;
  const x = node.inputs[0]!;
  const simple = SIMPLE[node.opType];
  if (simple) return { act: simple, output, absorbed: [] };
  switch (node.opType) {
    case 'Sigmoid': {
      const mul = soleBinary(state, output, 'Mul', t => t === x);
      return mul
        ? { act: 'swish', output: mul.outputs[0]!, absorbed: [mul] }
        : { act: 'sigmoid', output, absorbed: [] };
    }
    case 'Elu':
      return close(floatAttr(node, 'alpha') ?? 1, 1)
        ? { act: 'elu', output, absorbed: [] }
        : { unsupported: "Convas' ELU has alpha 1" };
    case 'LeakyRelu':
      return close(floatAttr(node, 'alpha') ?? 0.01, LEAKY_RELU_ALPHA)
        ? { act: 'leakyRelu', output, absorbed: [] }
        : { unsupported: `Convas' leaky ReLU has alpha ${LEAKY_RELU_ALPHA}` };
    case 'Softmax': {
      const axis = node.attributes.axis ?? -1;
      const ok = layout === 'flat' ? axis === 1 || axis === -1 : axis === 1;
      return ok
        ? { act: 'softmax', output, absorbed: [] }
        : { unsupported: `softmax over axis ${String(axis)}; Convas takes it over channels` };
    }
    case 'Clip': {
      const [lo, hi] = [state.constant(node.inputs[1])?.values[0], state.constant(node.inputs[2])?.values[0]];
      return close(lo, 0) && close(hi, 6)
        ? { act: 'relu6', output, absorbed: [] }
        : { unsupported: 'only Clip(0, 6), i.e. ReLU6' };
    }
    case 'Div':
      return gelu(state, node);
    default:
      return undefined;
  }
}
