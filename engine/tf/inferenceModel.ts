/** The model to hand out: what was trained, without the layers that act only while training. */
import type * as tfl from '@tensorflow/tfjs-layers';
import type { GraphAnalysis } from '../core/graph/analyze';
import { contextFromAnalysis } from '../core/graph/layerContext';
import { compileGraph } from './compile';

/**
 * Compiles the analysed graph for inference (augmentation left out, randomCrop a built-in centre
 * crop, so plain tfjs loads it) and copies `trained`'s weights in by layer name; the caller disposes
 * it. Augmentation layers have no weights, so every weighted layer has its twin in `trained`.
 * @example
 * const shipped = inferenceModel(analysis, trained);
 * try { await saveModel(shipped, outDir); } finally { shipped.dispose(); }
 */
export function inferenceModel(analysis: GraphAnalysis, trained: tfl.LayersModel): tfl.LayersModel {
  const { model } = compileGraph(analysis, contextFromAnalysis(analysis), trained.name, { forInference: true });
  try {
    for (const layer of model.layers) {
      if (layer.weights.length) layer.setWeights(trained.getLayer(layer.name).getWeights());
    }
    return model;
  } catch (e) {
    model.dispose();
    throw e;
  }
}
