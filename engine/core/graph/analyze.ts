/**
 * Shape inference and validation in one pass: every problem at once, each with a code, the node
 * and a fix hint. Pure, so the UI runs it on every edit and the CLI and compiler share it.
 */
import { problem, type Problem } from '../errors';
import { isLayerKind, layerSpec, type LayerKind } from '../layers';
import type { ParamValue } from '../layers/params';
import type { Shape } from '../layers/shapeUtils';
import type { LayerContext, LayerCost } from '../layers/types';
import type { Graph } from '../project/schema';
import { layerContextOf, type DatasetFit } from './layerContext';
import { checkAugmentationPlacement } from './augmentation';
import { checkStructure } from './structure';
import { resolveParams } from './params';
import { topology } from './topology';

export interface NodeAnalysis {
  id: string;
  kind: LayerKind;
  params: Record<string, ParamValue>;
  /** Source node ids, in edge order. */
  inputs: string[];
  /** Output shape without the batch axis; absent when it cannot be known (an error here or upstream). */
  shape?: Shape;
  cost?: LayerCost;
  /** Key params as text for the node face. */
  summary: string;
  /** false when the node's weights are frozen while training. */
  trainable?: boolean;
}

export interface GraphAnalysis {
  /** Analysed nodes in dependency order (unknown kinds and nodes on cycles left out). */
  nodes: NodeAnalysis[];
  byId: Map<string, NodeAnalysis>;
  problems: Problem[];
  inputId?: string;
  outputId?: string;
  /** Nodes on a path from the input to the output: what the compiled model contains. */
  live: Set<string>;
  ok: boolean;
}

export interface AnalyzeOptions {
  /** When given, the Output's task and 'auto' units and the Input's shape are checked against it. */
  dataset?: DatasetFit;
}

/** @example analyzeGraph(project, { dataset: mnistInfo }).byId.get('conv1')?.shape // [24, 24, 6] */
export function analyzeGraph(graph: Graph, options: AnalyzeOptions = {}): GraphAnalysis {
  const problems: Problem[] = [];
  const topo = topology(graph);
  const ctx: LayerContext = options.dataset ? layerContextOf(options.dataset) : {};
  const nodesById = new Map(graph.nodes.map(n => [n.id, n]));
  const byId = new Map<string, NodeAnalysis>();

  for (const id of topo.order) {
    const node = nodesById.get(id)!;
    if (!isLayerKind(node.kind)) continue;
    const spec = layerSpec(node.kind);
    const resolved = resolveParams(spec.params, node.params, id);
    problems.push(...resolved.problems.map(p => ({ ...p, message: `${id} (${spec.label}): ${p.message}` })));
    const inputs = topo.incoming.get(id)!;
    const analysis: NodeAnalysis = {
      id,
      kind: node.kind,
      params: resolved.params,
      inputs,
      summary: spec.describe(resolved.params, ctx),
      ...(node.trainable === false && { trainable: false }),
    };
    byId.set(id, analysis);
    const inputShapes = inputs.map(src => byId.get(src)?.shape);
    const arityOk = inputs.length >= spec.arity.min && inputs.length <= spec.arity.max;
    // An unknown param is ignored, so the node's shape is still known; bad values fall back to defaults and would mislead.
    if (!arityOk || resolved.problems.some(p => p.code !== 'PARAM_UNKNOWN') || inputShapes.some(s => !s)) continue;
    const result = spec.inferShape(inputShapes as Shape[], resolved.params, ctx);
    if (!result.ok) {
      const { code, message, hint, field } = result.error;
      problems.push(
        problem(code, `${id} (${spec.label}): ${message}`, {
          nodeId: id,
          ...(field && { field }),
          ...(hint && { hint }),
        }),
      );
      continue;
    }
    analysis.shape = result.shape;
    analysis.cost = spec.cost(inputShapes as Shape[], result.shape, resolved.params, ctx);
  }

  const structure = checkStructure(graph, topo, byId);
  problems.push(...structure.problems);
  problems.push(...checkAugmentationPlacement(byId));
  const input = structure.inputId ? byId.get(structure.inputId) : undefined;
  if (input?.shape && options.dataset && !sameDims(input.shape, options.dataset.imageShape)) {
    problems.push(
      problem(
        'INPUT_SHAPE_MISMATCH',
        `${input.id} (Input): shape ${input.shape.join('×')} does not match the dataset's ${options.dataset.imageShape.join('×')} images`,
        { nodeId: input.id, field: 'shape' },
      ),
    );
  }
  const nodes = topo.order.map(id => byId.get(id)).filter((n): n is NodeAnalysis => !!n);
  return {
    nodes,
    byId,
    problems,
    live: structure.live,
    ...(structure.inputId && { inputId: structure.inputId }),
    ...(structure.outputId && { outputId: structure.outputId }),
    ok: !problems.some(p => p.severity === 'error'),
  };
}

const sameDims = (a: Shape, b: Shape) => a.length === b.length && a.every((v, i) => v === b[i]);
