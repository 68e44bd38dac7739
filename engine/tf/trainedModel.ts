/** A project's graph compiled and filled with weights that `convas train` saved. */
import type * as tfl from '@tensorflow/tfjs-layers';
import { ConvasError } from '../core/errors';
import type { GraphAnalysis } from '../core/graph/analyze';
import type { LayerContext } from '../core/layers/types';
import { compileGraph } from './compile';
import { loadModel } from './modelFiles';

const shapeText = (s: number[]) => `[${s.join(', ')}]`;

/**
 * Compiles the graph and copies the saved weights in, refusing weights trained on another graph.
 * `ctx` sizes the Output's 'auto' units: `layerContextOf(dataset)`.
 * @example const model = await loadTrainedModel(analysis, 'runs/1', layerContextOf(dataset));
 */
export async function loadTrainedModel(
  analysis: GraphAnalysis,
  weightsDir: string,
  ctx: LayerContext,
): Promise<tfl.LayersModel> {
  const { model } = compileGraph(analysis, ctx);
  try {
    await loadWeightsInto(model, weightsDir);
    return model;
  } catch (e) {
    model.dispose();
    throw e;
  }
}

/**
 * Copies the weights saved in `weightsDir` into a model compiled from the same graph, layer by
 * layer name (the trainer starts from imported weights this way).
 * @example await loadWeightsInto(compileGraph(analysis, ctx).model, 'imported/weights');
 */
export async function loadWeightsInto(model: tfl.LayersModel, weightsDir: string): Promise<void> {
  const saved = await loadModel(weightsDir);
  try {
    for (const layer of model.layers) {
      const own = layer.getWeights();
      if (!own.length) continue;
      let source: tfl.layers.Layer;
      try {
        source = saved.getLayer(layer.name);
      } catch {
        throw new ConvasError(
          'WEIGHTS_MISMATCH',
          `${weightsDir}: has no weights for layer ${layer.name} of this graph`,
        );
      }
      const theirs = source.getWeights();
      const bad = own.findIndex((w, i) => !theirs[i] || w.shape.join() !== theirs[i]!.shape.join());
      if (bad >= 0 || theirs.length !== own.length) {
        const i = Math.max(bad, 0);
        throw new ConvasError(
          'WEIGHTS_MISMATCH',
          `${weightsDir}: layer ${layer.name} weight ${i} has shape ${theirs[i] ? shapeText(theirs[i]!.shape) : 'none'}, the graph needs ${shapeText(own[i]!.shape)}`,
        );
      }
      layer.setWeights(theirs);
    }
  } finally {
    saved.dispose();
  }
}
