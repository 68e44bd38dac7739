/** Loss, accuracy and confusion matrix of a model over a split, in batches (no gradients). */
import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { fillBatch } from '../data/batch';
import type { ImageSplit } from '../data/types';
import type { TestMetrics } from './protocol';
import { batchLoss, type LossSpec } from './step';

export function evaluateSplit(model: LayersModel, split: ImageSplit, imageShape: number[], numClasses: number, spec: LossSpec, batchSize = 256): TestMetrics {
  const confusion = Array.from({ length: numClasses }, () => new Array<number>(numClasses).fill(0));
  const pixels = imageShape.reduce((a, b) => a * b, 1);
  const x = new Float32Array(batchSize * pixels);
  const y = new Int32Array(batchSize);
  const order = Uint32Array.from({ length: split.count }, (_, i) => i);
  let lossSum = 0, correct = 0;
  for (let start = 0; start < split.count; start += batchSize) {
    const n = fillBatch(split, order, start, batchSize, x, y);
    const [loss, predicted] = tf.tidy(() => {
      const xs = tf.tensor(x.subarray(0, n * pixels), [n, ...imageShape]);
      const ys = tf.oneHot(tf.tensor1d(y.subarray(0, n), 'int32'), numClasses);
      const pred = model.apply(xs, { training: false }) as tf.Tensor;
      return [batchLoss(spec, ys, pred).dataSync()[0]!, tf.argMax(pred, -1).dataSync()];
    });
    lossSum += loss * n;
    for (let i = 0; i < n; i++) {
      const truth = y[i]!, guess = predicted[i]!;
      confusion[truth]![guess]!++;
      if (truth === guess) correct++;
    }
  }
  const count = split.count;
  return { loss: count ? lossSum / count : NaN, accuracy: count ? correct / count : NaN, confusion, count };
}
