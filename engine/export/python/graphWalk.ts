/** Walks an analysed graph in order for a Python exporter: each live node's context and mapping, identities folded away. */
import { ConvasError } from '../../core/errors';
import type { GraphAnalysis, NodeAnalysis } from '../../core/graph/analyze';
import { contextFromAnalysis } from '../../core/graph/layerContext';
import { layerSpec, type LayerKind } from '../../core/layers';
import type { PythonContext } from '../../core/layers/pythonTypes';
import type { LayerSpec } from '../../core/layers/types';
import { layerNames } from '../../tf/compile';
import { pythonIdentifiers } from './identifiers';

export interface WalkStep<M> {
  node: NodeAnalysis;
  ctx: PythonContext;
  mapping: M;
}

export interface GraphWalk<M> {
  /** Nodes that compute something, in dependency order (identities left out). */
  steps: WalkStep<M>[];
  /** The Python variable holding the model's output. */
  output: string;
  /** The Python name of the model's input variable. */
  input: string;
}

/**
 * Calls `map` on every live node with its Python context; a node for which `isIdentity` holds passes
 * its input variable on. Throws EXPORT_UNSUPPORTED naming every node `map` refuses (null) before any file is written.
 * @example const walk = walkGraph(analysis, 'PyTorch', (spec, node, ctx) => spec.toTorch(node.params, ctx), m => ...);
 */
export function walkGraph<M>(
  analysis: GraphAnalysis,
  formatLabel: string,
  inputVar: string,
  // biome-ignore lint/suspicious/noExplicitAny: every kind's spec, whatever its params
  map: (spec: LayerSpec<any>, node: NodeAnalysis, ctx: PythonContext) => M | null,
  isIdentity: (mapping: M, ctx: PythonContext) => boolean,
): GraphWalk<M> {
  const live = analysis.nodes.filter(n => analysis.live.has(n.id));
  const names = layerNames(live.map(n => n.id));
  const ids = pythonIdentifiers(live.map(n => names.get(n.id)!));
  const base = contextFromAnalysis(analysis);
  const vars = new Map<string, string>();
  const steps: WalkStep<M>[] = [];
  const refused: string[] = [];
  for (const node of live) {
    const name = names.get(node.id)!;
    const attr = ids.get(name)!;
    const sources = node.inputs.filter(id => analysis.live.has(id));
    const isInput = node.kind === 'input';
    const ctx: PythonContext = {
      ...base,
      name,
      attr,
      inputs: isInput ? [inputVar] : sources.map(id => vars.get(id)!),
      inputShapes: isInput ? [node.shape!] : sources.map(id => analysis.byId.get(id)!.shape!),
    };
    const spec = layerSpec(node.kind as LayerKind);
    const mapping = map(spec, node, ctx);
    if (mapping === null) {
      refused.push(`${node.id} (${spec.label})`);
      continue;
    }
    if (isIdentity(mapping, ctx)) {
      vars.set(node.id, ctx.inputs[0]!);
      continue;
    }
    vars.set(node.id, attr);
    steps.push({ node, ctx, mapping });
  }
  if (refused.length) {
    throw new ConvasError(
      'EXPORT_UNSUPPORTED',
      `${formatLabel} cannot express ${refused.length === 1 ? 'this layer' : 'these layers'}: ${refused.join(', ')}; nothing was written`,
    );
  }
  return { steps, output: vars.get(analysis.outputId!)!, input: vars.get(analysis.inputId!)! };
}
