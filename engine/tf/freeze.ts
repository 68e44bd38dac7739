/** Frozen nodes: layers whose weights training leaves alone (fine-tuning a pretrained model). */
import type * as tfl from '@tensorflow/tfjs-layers';

type Kwargs = Record<string, unknown>;

/**
 * Marks built layers as not trainable, so neither the optimizer nor the data-parallel exchange
 * touches their weights. Must run after the layers are applied (built): tfjs only passes the flag
 * on to weights that exist. A frozen BatchNormalization also keeps its moving statistics, as in
 * Keras (tfjs alone would still update them in training mode).
 * @example const out = conv.apply(x); freezeLayers([conv]);
 */
export function freezeLayers(layers: tfl.layers.Layer[]): void {
  for (const layer of layers) {
    layer.trainable = false;
    if (layer.getClassName() === 'BatchNormalization') {
      const call = layer.call.bind(layer);
      layer.call = (inputs, kwargs: Kwargs) => call(inputs, { ...kwargs, training: false });
    }
  }
}
