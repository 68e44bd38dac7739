/** Folds ONNX's separate ops back into Convas' richer nodes: depthwise + 1×1 conv → Separable Conv, layer + activation → one node. */
import type { ImportNode } from './importState';

const WITH_ACTIVATION = new Set(['conv2d', 'depthwiseConv2d', 'separableConv2d', 'dense']);

function consumers(nodes: Map<string, ImportNode>, id: string): ImportNode[] {
  return [...nodes.values()].filter(n => n.inputs.includes(id));
}

/** Replaces `gone` by `by` wherever it is an input, and drops it. */
function replace(nodes: Map<string, ImportNode>, gone: string, by: string): void {
  for (const n of nodes.values()) n.inputs = n.inputs.map(i => (i === gone ? by : i));
  nodes.delete(gone);
}

/** A bias-free linear depthwise conv feeding only a 1×1 conv: what Convas' Separable Conv exports to. */
function fuseSeparable(nodes: Map<string, ImportNode>, output: string): string {
  for (const p of [...nodes.values()]) {
    const d = nodes.get(p.inputs[0] ?? '');
    const pointwise =
      p.kind === 'conv2d' && String(p.params.kernelSize) === '1,1' && String(p.params.strides) === '1,1';
    if (
      !d ||
      !pointwise ||
      d.kind !== 'depthwiseConv2d' ||
      d.params.useBias ||
      d.params.activation !== 'linear' ||
      consumers(nodes, d.id).length !== 1
    )
      continue;
    nodes.set(d.id, {
      id: d.id,
      kind: 'separableConv2d',
      inputs: d.inputs,
      shape: p.shape,
      params: { ...d.params, filters: p.params.filters!, activation: p.params.activation!, useBias: p.params.useBias! },
      weights: {
        depthwise_kernel: d.weights.depthwise_kernel!,
        pointwise_kernel: p.weights.kernel!,
        ...(p.weights.bias && { bias: p.weights.bias }),
      },
    });
    replace(nodes, p.id, d.id);
    if (output === p.id) output = d.id;
  }
  return output;
}

/**
 * Fuses in place; returns the (possibly new) id of the node that gives the model's output.
 * @example outputId = fuseNodes(nodes, outputId);
 */
export function fuseNodes(nodes: Map<string, ImportNode>, outputId: string): string {
  let output = fuseSeparable(nodes, outputId);
  for (const a of [...nodes.values()]) {
    const src = nodes.get(a.inputs[0] ?? '');
    if (
      a.kind !== 'activation' ||
      !src ||
      !WITH_ACTIVATION.has(src.kind) ||
      src.params.activation !== 'linear' ||
      consumers(nodes, src.id).length !== 1
    )
      continue;
    src.params.activation = a.params.activation!;
    replace(nodes, a.id, src.id);
    if (output === a.id) output = src.id;
  }
  return output;
}
