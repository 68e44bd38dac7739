/** What an augmentation chain does to some images, for the inspector's before/after strip. */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { deriveSeed } from '../../data/random';
import { ConvasError } from '../../core/errors';
import { analyzeGraph } from '../../core/graph/analyze';
import { augmentationChain } from '../../core/graph/augmentation';
import { layerSpec } from '../../core/layers';
import type { Graph } from '../../core/project/schema';
import { makeAugmentationLayer } from './index';

export interface AugmentedImages {
  /** [h, w, c] of the images in (the Input's) and out (the node's). */
  inputShape: number[];
  outputShape: number[];
  /** One uint8 image (h × w × c) per input image, clipped to 0–255. */
  outputs: Uint8Array[];
}

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/**
 * Runs the augmentation chain from the Input up to `nodeId` in training mode on `count` images
 * (uint8, count × h × w × c of the Input's shape). Each node draws as compile seeds it, from `seed`
 * and its id: the project's training seed shows what the first training batch gets, another re-rolls.
 * Needs an active tfjs backend; throws a ConvasError when `nodeId` is not an augmentation node.
 * @example
 * const { outputs } = previewAugmentation(project, 'flip', testImages, 8, 42);
 * outputs[0].length; // 28 * 28 * 1
 */
export function previewAugmentation(
  graph: Graph,
  nodeId: string,
  images: Uint8Array,
  count: number,
  seed: number,
): AugmentedImages {
  const chain = augmentationChain(analyzeGraph(graph), nodeId);
  const inputShape = chain[0]!.shape!,
    outputShape = chain.at(-1)!.shape!;
  if (images.length < count * size(inputShape)) {
    throw new ConvasError(
      'INPUT_SHAPE_MISMATCH',
      `${count} images of ${inputShape.join('×')} need ${count * size(inputShape)} bytes; ${images.length} were given`,
    );
  }
  const layers = chain.slice(1).flatMap((node, i) =>
    layerSpec(node.kind).toTfjs(tfl, node.params, {
      name: `preview_${i}`,
      inputShapes: [chain[i]!.shape!],
      seed: deriveSeed(seed, node.id),
      forInference: false,
      augmentation: makeAugmentationLayer,
    }),
  );
  const pixels = tf.tidy(() => {
    let x: tf.Tensor = tf.div(
      tf.tensor(images.subarray(0, count * size(inputShape)), [count, ...inputShape], 'float32'),
      255,
    );
    for (const layer of layers) x = layer.apply(x, { training: true }) as tf.Tensor;
    return tf.clipByValue(tf.round(tf.mul(x, 255)), 0, 255);
  });
  const values = pixels.dataSync();
  pixels.dispose();
  const per = size(outputShape);
  return {
    inputShape,
    outputShape,
    outputs: Array.from({ length: count }, (_, i) => Uint8Array.from(values.subarray(i * per, (i + 1) * per))),
  };
}
