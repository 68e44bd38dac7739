/** Graph → tf.LayersModel through the functional API. Node-side only (needs tfjs). */
import * as tfl from '@tensorflow/tfjs-layers';
import { deriveSeed } from '../data/random';
import { ConvasError } from '../core/errors';
import type { GraphAnalysis } from '../core/graph/analyze';
import { layerSpec } from '../core/layers';
import type { LayerContext } from '../core/layers/types';
import { makeAugmentationLayer, registerAugmentationClasses } from './augment';
import { freezeLayers } from './freeze';

export interface CompiledGraph {
  model: tfl.LayersModel;
  /** tfjs layer name of each live node's last layer (its output is the node's output). */
  layerOf: Map<string, string>;
}

/** tfjs layer names must be unique and are used as weight names, so keep them to a safe alphabet. */
export function layerNames(ids: string[]): Map<string, string> {
  const used = new Set<string>();
  const names = new Map<string, string>();
  for (const id of ids) {
    // Node names never contain '__': that separator is kept for a node's extra layers (e.g. conv1__leakyRelu).
    let base = id.replace(/[^A-Za-z0-9_]/g, '_').replace(/_{2,}/g, '_');
    if (!/^[A-Za-z]/.test(base)) base = `n_${base}`;
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}_${i}`;
    used.add(name);
    names.set(id, name);
  }
  return names;
}

export interface CompileOptions {
  /**
   * For inference and export: augmentation nodes build nothing (randomCrop a built-in centre crop),
   * so the model loads in plain tfjs, without Convas' layer classes. Weights keep their names.
   */
  forInference?: boolean;
  /** The training seed: each augmentation node mixes it with its id for a random stream of its own. */
  seed?: number;
}

/** The tfjs layers of `ids` (a dependency-closed subset of the analysed nodes, Input first), applied in order. */
export interface BuiltLayers {
  input: tfl.SymbolicTensor;
  tensors: Map<string, tfl.SymbolicTensor>;
  layerOf: Map<string, string>;
}

/** Applies the layers of the nodes in `ids`, whose shapes must be known; shared by the model and the feature probe. */
export function buildLayers(
  analysis: GraphAnalysis,
  ids: ReadonlySet<string>,
  ctx: LayerContext,
  options: CompileOptions = {},
): BuiltLayers {
  registerAugmentationClasses();
  const nodes = analysis.nodes.filter(n => ids.has(n.id));
  const names = layerNames(nodes.map(n => n.id));
  const tensors = new Map<string, tfl.SymbolicTensor>();
  const layerOf = new Map<string, string>();
  let input: tfl.SymbolicTensor | undefined;
  for (const node of nodes) {
    const name = names.get(node.id)!;
    if (node.kind === 'input') {
      input = tfl.input({ shape: node.shape!, name });
      tensors.set(node.id, input);
      layerOf.set(node.id, name);
      continue;
    }
    const spec = layerSpec(node.kind);
    const liveInputs = node.inputs.filter(id => ids.has(id));
    const layers = spec.toTfjs(tfl, node.params, {
      ...ctx,
      name,
      inputShapes: liveInputs.map(id => analysis.byId.get(id)!.shape!),
      seed: deriveSeed(options.seed ?? 0, node.id),
      forInference: options.forInference ?? false,
      augmentation: makeAugmentationLayer,
    });
    const sources = liveInputs.map(id => tensors.get(id)!);
    if (!layers.length) {
      // A node that is the identity here (augmentation at inference) passes its input on.
      tensors.set(node.id, sources[0]!);
      layerOf.set(node.id, layerOf.get(liveInputs[0]!)!);
      continue;
    }
    let out = layers[0]!.apply(spec.arity.max > 1 ? sources : sources[0]!) as tfl.SymbolicTensor;
    for (const layer of layers.slice(1)) out = layer.apply(out) as tfl.SymbolicTensor;
    if (node.trainable === false) freezeLayers(layers);
    tensors.set(node.id, out);
    layerOf.set(node.id, layers.at(-1)!.name);
  }
  if (!input) throw new ConvasError('NO_INPUT_NODE', 'the graph has no Input node to build from');
  return { input, tensors, layerOf };
}

/**
 * Builds the model of an analysed graph; the analysis must have no errors.
 * @example
 * const { model } = compileGraph(analyzeGraph(project, { dataset }), { numClasses: 10 }, 'lenet', { seed: 42 });
 * const shipped = compileGraph(analysis, { numClasses: 10 }, 'lenet', { forInference: true }).model;
 */
export function compileGraph(
  analysis: GraphAnalysis,
  ctx: LayerContext,
  modelName = 'convas',
  options: CompileOptions = {},
): CompiledGraph {
  if (!analysis.ok || !analysis.inputId || !analysis.outputId) {
    const first = analysis.problems.find(p => p.severity === 'error');
    throw new ConvasError(
      first?.code ?? 'INTERNAL',
      `the graph has problems: ${first?.message ?? 'no input/output'}`,
      first?.hint,
      analysis.problems,
    );
  }
  const { input, tensors, layerOf } = buildLayers(analysis, analysis.live, ctx, options);
  const model = tfl.model({ inputs: input, outputs: tensors.get(analysis.outputId)!, name: modelName });
  return { model, layerOf };
}
