/** The image shape a project's Input node asks for: folder and CSV datasets are resized to it. */
import { resolveParams } from './params';
import { layerSpec } from '../layers';
import type { Graph } from '../project/schema';

/**
 * [h, w, c] of the graph's only Input node; undefined when there is no Input, more than one, or its
 * shape is invalid (analysis reports those; a dataset cannot be sized from them).
 * @example
 * inputShapeOf(project); // [28, 28, 1]
 */
export function inputShapeOf(graph: Graph): [number, number, number] | undefined {
  const inputs = graph.nodes.filter(n => n.kind === 'input');
  if (inputs.length !== 1) return undefined;
  const node = inputs[0]!;
  const { params, problems } = resolveParams(layerSpec('input').params, node.params, node.id);
  if (problems.some(p => p.field === 'shape')) return undefined;
  const [h, w, c] = params.shape as number[];
  return [h!, w!, c!];
}
