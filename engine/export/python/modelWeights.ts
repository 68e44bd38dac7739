/** A trained layer's weights by their short tfjs names ('kernel', 'bias', 'gamma', …). */
import type * as tfl from '@tensorflow/tfjs-layers';

export interface LayerWeight {
  shape: number[];
  values: Float32Array;
}

/**
 * @example layerWeights(model, 'conv1').get('kernel')?.shape // [5, 5, 1, 6]
 */
export function layerWeights(model: tfl.LayersModel, layerName: string): Map<string, LayerWeight> {
  const layer = model.getLayer(layerName);
  // originalName is `<layer>/<weight>`; `name` may carry a suffix tfjs adds to keep names unique in the process.
  return new Map(
    layer.weights.map(w => [
      w.originalName.split('/').at(-1)!,
      { shape: [...w.shape] as number[], values: Float32Array.from(w.read().dataSync() as Float32Array) },
    ]),
  );
}
