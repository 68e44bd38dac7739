/** What a replica thread needs to build the same model as the training thread: plain data only. */
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { analyzeGraph } from '../core/graph/analyze';
import { layerContextOf, type DatasetFit } from '../core/graph/layerContext';
import type { Graph } from '../core/project/schema';
import { compileGraph } from '../tf/compile';

export interface ModelRecipe {
  /** The project (or any graph): only its nodes and edges are read. */
  graph: Graph;
  dataset: DatasetFit;
  modelName: string;
  /** Seeds the augmentation nodes' random streams. */
  seed?: number;
}

/**
 * Builds the recipe's model the way the trainer does (analyzeGraph + compileGraph).
 * @example const model = buildModel({ graph: project, dataset: { imageShape: [28, 28, 1], classNames }, modelName: 'lenet' });
 */
export function buildModel(recipe: ModelRecipe): LayersModel {
  const analysis = analyzeGraph({ nodes: recipe.graph.nodes, edges: recipe.graph.edges }, { dataset: recipe.dataset });
  return compileGraph(analysis, layerContextOf(recipe.dataset), recipe.modelName, { seed: recipe.seed ?? 0 }).model;
}
