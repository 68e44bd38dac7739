/** Feature maps of one fixed image: every conv/pool node's output, read off the training hot path. */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { GraphAnalysis } from '../core/graph/analyze';
import { layerSpec } from '../core/layers';
import type { FeatureMap } from '../core/train/protocol';

const PROBED = new Set(['convolution', 'pooling', 'normalization', 'activation', 'merge']);

export interface FeatureProbe {
  nodeIds: string[];
  /** The maps for one image's uint8 pixels (h × w × c, as a split source's `item` gives them). */
  read(pixels: Uint8Array): FeatureMap[];
}

/**
 * Null when the graph has no node worth showing (no conv, pool, norm, activation or merge on an image).
 * @example
 * const probe = createFeatureProbe(model, analysis, layerOf, [28, 28, 1]);
 * const maps = probe?.read((await data.test.item(0)).pixels) ?? [];
 */
export function createFeatureProbe(
  model: tfl.LayersModel,
  analysis: GraphAnalysis,
  layerOf: Map<string, string>,
  imageShape: number[],
): FeatureProbe | null {
  const nodes = analysis.nodes.filter(
    n => analysis.live.has(n.id) && n.shape?.length === 3 && PROBED.has(layerSpec(n.kind).category),
  );
  if (!nodes.length) return null;
  const outputs = nodes.map(n => model.getLayer(layerOf.get(n.id)!).output as tfl.SymbolicTensor);
  const probe = tfl.model({ inputs: model.inputs, outputs });
  return {
    nodeIds: nodes.map(n => n.id),
    read(pixels) {
      const image = Float32Array.from(pixels, v => v / 255);
      return tf.tidy(() => {
        const out = probe.predict(tf.tensor(image, [1, ...imageShape])) as tf.Tensor | tf.Tensor[];
        const list = Array.isArray(out) ? out : [out];
        return list.map((t, k) => ({
          nodeId: nodes[k]!.id,
          shape: t.shape.slice(1),
          data: (t.dataSync() as Float32Array).slice(),
        }));
      });
    },
  };
}
