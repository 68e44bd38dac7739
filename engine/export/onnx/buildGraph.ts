/** Analysed graph + trained tfjs model → an ONNX graph (plain data), through each kind's toOnnx. */
import type * as tfl from '@tensorflow/tfjs-layers';
import { ConvasError } from '../../core/errors';
import type { GraphAnalysis } from '../../core/graph/analyze';
import { contextFromAnalysis } from '../../core/graph/layerContext';
import { layerSpec } from '../../core/layers';
import type { LayerWeight, OnnxContext } from '../../core/layers/onnxTypes';
import { layerNames } from '../../tf/compile';
import { emptyGraph, type OnnxGraph } from './graph';
import { OnnxNodeBuilder } from './nodeBuilder';

/** The trained weights of a tfjs layer by short name ('conv1/kernel' → 'kernel'); none for layers it lacks. */
function weightsOf(model: tfl.LayersModel, name: string): Record<string, LayerWeight> {
  const layer = model.layers.find(l => l.name === name);
  if (!layer) return {};
  const values = layer.getWeights();
  return Object.fromEntries(
    layer.weights.map((w, i) => [
      w.originalName.split('/').at(-1)!,
      { shape: [...w.shape] as number[], values: values[i]!.dataSync() as Float32Array },
    ]),
  );
}

/**
 * Refuses, before anything is written, a graph with a kind that has no ONNX mapping. Every kind has
 * one today (LayerSpec requires it); this guards specs built or patched at run time.
 */
export function checkOnnxSupport(analysis: GraphAnalysis): void {
  const missing = analysis.nodes.filter(n => analysis.live.has(n.id) && !layerSpec(n.kind).toOnnx);
  if (missing.length) {
    throw new ConvasError(
      'EXPORT_UNSUPPORTED',
      `ONNX export cannot express ${missing.map(n => `${n.id} (${layerSpec(n.kind).label})`).join(', ')}`,
    );
  }
}

/**
 * Builds the ONNX graph of a sound analysis with `model`'s trained weights. The model input is
 * NHWC like tfjs; inside, image tensors are NCHW (see engine/layers/onnxTypes.ts).
 * @example const graph = buildOnnxGraph(analysis, trained); // then encodeOnnxModel(graph, metadata)
 */
export function buildOnnxGraph(analysis: GraphAnalysis, model: tfl.LayersModel): OnnxGraph {
  if (!analysis.ok || !analysis.inputId || !analysis.outputId) {
    throw new ConvasError(
      'EXPORT_UNSUPPORTED',
      'the graph has problems; fix them before exporting',
      'Fix the problems shown on the canvas, then export again.',
    );
  }
  checkOnnxSupport(analysis);
  const live = analysis.nodes.filter(n => analysis.live.has(n.id));
  const names = layerNames(live.map(n => n.id));
  const output = analysis.byId.get(analysis.outputId)!;
  const graph = emptyGraph(model.name, analysis.byId.get(analysis.inputId)!.shape!, output.shape!);
  const layerCtx = contextFromAnalysis(analysis);
  const tensors = new Map<string, string>();
  for (const node of live) {
    const name = names.get(node.id)!;
    const sources = node.inputs.filter(id => analysis.live.has(id));
    const ctx: OnnxContext = {
      ...layerCtx,
      name,
      inputs: node.kind === 'input' ? [graph.input.name] : sources.map(id => tensors.get(id)!),
      inputShapes: sources.map(id => analysis.byId.get(id)!.shape!),
      outputShape: node.shape!,
      weights: weightsOf(model, name),
    };
    tensors.set(node.id, layerSpec(node.kind).toOnnx(new OnnxNodeBuilder(graph, ctx), node.params, ctx));
  }
  graph.nodes.push({
    name: graph.output.name,
    opType: 'Identity',
    inputs: [tensors.get(output.id)!],
    outputs: [graph.output.name],
    attributes: {},
  });
  return graph;
}
