/**
 * The part of a graph feature maps can be shown for: every node with a known shape on a path from
 * the Input, whatever is wrong or missing further down (a conv → pool demo with no Output works).
 */
import * as tfl from '@tensorflow/tfjs-layers';
import type { GraphAnalysis } from '../core/graph/analyze';
import type { LayerContext } from '../core/layers/types';
import { buildLayers } from './compile';

/**
 * Node ids reachable from the Input whose own shape is known and whose every input is in the set.
 * @example probeablePrefix(analyzeGraph({ nodes: [input, conv, pool], edges })) // Set { 'input', 'conv', 'pool' }
 */
export function probeablePrefix(analysis: GraphAnalysis): Set<string> {
  const prefix = new Set<string>();
  if (!analysis.inputId || !analysis.byId.get(analysis.inputId)?.shape) return prefix;
  prefix.add(analysis.inputId);
  for (const node of analysis.nodes) {
    if (node.id === analysis.inputId || !node.shape || !node.inputs.length) continue;
    if (node.inputs.every(id => prefix.has(id))) prefix.add(node.id);
  }
  return prefix;
}

export interface ProbeModel {
  /** Outputs every node of the prefix; weights named as in the full model, so a run's weights load by name. */
  model: tfl.LayersModel;
  layerOf: Map<string, string>;
  /** The analysis with `live` = the prefix: what the probe and the filter view read. */
  analysis: GraphAnalysis;
}

/** Null when nothing follows the Input (or there is no usable Input). */
export function compileProbeModel(analysis: GraphAnalysis, ctx: LayerContext): ProbeModel | null {
  const prefix = probeablePrefix(analysis);
  if (prefix.size < 2) return null;
  const built = buildLayers(analysis, prefix, ctx);
  const ends = [...prefix].filter(id => id !== analysis.inputId).map(id => built.tensors.get(id)!);
  const model = tfl.model({ inputs: built.input, outputs: [...new Set(ends)], name: 'probe' });
  return { model, layerOf: built.layerOf, analysis: { ...analysis, live: prefix } };
}
