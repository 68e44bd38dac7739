/**
 * Keras MobileNets pad ((0, 1), (0, 1)) before a strided convolution with 'valid' padding. That pair
 * is exactly TensorFlow's (and tfjs') 'same' padding, which puts the odd pixel after: so the pad folds
 * into the convolution, and the uneven ZeroPadding2D Convas has no node for disappears.
 */
import { ConvasError } from '../../core/errors';
import { analyzeGraph } from '../../core/graph/analyze';
import { pair } from '../../core/layers/params';
import type { ProjectEdge, ProjectNode } from '../../core/project/schema';
import type { Pads } from './layerMapping';

const CONVOLUTIONS = new Set(['conv2d', 'depthwiseConv2d', 'separableConv2d']);

/** 'same' padding's [before, after] for one axis, as TensorFlow computes it. */
function samePads(size: number, kernel: number, stride: number): [number, number] {
  const total = Math.max((Math.ceil(size / stride) - 1) * stride + kernel - size, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

const unsupported = (id: string, why: string) =>
  new ConvasError(
    'IMPORT_UNSUPPORTED',
    `the model has layers Convas cannot import — ZeroPadding2D: ${id} (uneven padding ${why})`,
  );

/**
 * Removes each uneven pad (in dependency order) by giving the convolution after it 'same' padding;
 * throws IMPORT_UNSUPPORTED when that would change what the model computes.
 * @example foldPadding(nodes, edges, new Map([['conv_pad_2', [[0, 1], [0, 1]]]]))
 */
export function foldPadding(
  nodes: ProjectNode[],
  edges: ProjectEdge[],
  uneven: Map<string, Pads>,
): { nodes: ProjectNode[]; edges: ProjectEdge[] } {
  for (const [id, pads] of uneven) {
    const into = edges.filter(e => e.source === id);
    const from = edges.find(e => e.target === id);
    const next = nodes.find(n => n.id === into[0]?.target);
    if (into.length !== 1 || !from || !next || !CONVOLUTIONS.has(next.kind) || next.params.padding !== 'valid') {
      throw unsupported(id, "not followed by one convolution with 'valid' padding");
    }
    const shape = analyzeGraph({ nodes, edges }).byId.get(from.source)?.shape;
    const kernel = pair(next.params.kernelSize as number | number[]),
      strides = pair((next.params.strides ?? 1) as number | number[]);
    const same =
      shape &&
      [0, 1].every(axis => samePads(shape[axis]!, kernel[axis]!, strides[axis]!).join() === pads[axis]!.join());
    if (!same) throw unsupported(id, "that differs from the next convolution's 'same' padding");
    nodes = nodes
      .filter(n => n.id !== id)
      .map(n => (n === next ? { ...n, params: { ...n.params, padding: 'same' } } : n));
    edges = edges.filter(e => e.source !== id && e.target !== id).concat({ source: from.source, target: next.id });
  }
  return { nodes, edges };
}
