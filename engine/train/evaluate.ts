/**
 * A model's loss and metrics over a split, in batches (no gradients): accuracy and the confusion
 * matrix (classification), or MSE, MAE, RMSE, R², a scatter sample and the worst predictions (regression).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { allIndices } from '../data/gather';
import type { SplitSource } from '../core/data/types';
import type { ClassificationMetrics, TestMetrics } from '../core/train/protocol';
import { RegressionAccumulator } from './regressionMetrics';
import { batchLoss, type LossSpec } from './step';
import { targetTensor, type TargetLayout } from './targets';

export interface EvaluateSetup {
  imageShape: number[];
  spec: LossSpec;
  layout: TargetLayout;
  batchSize?: number;
  /** Read the worst predictions' images (test metrics); per-epoch validation leaves them out. */
  withImages?: boolean;
}

/**
 * @example
 * const test = await evaluateSplit(model, data.test, { imageShape, spec, layout, withImages: true });
 * test.task === 'classification' ? test.accuracy : test.mae;
 */
export async function evaluateSplit(
  model: LayersModel,
  source: SplitSource,
  setup: EvaluateSetup,
): Promise<TestMetrics> {
  const { layout, spec } = setup;
  const batchSize = setup.batchSize ?? 256;
  const pixels = setup.imageShape.reduce((a, b) => a * b, 1);
  const width = layout.task === 'regression' ? layout.width : 1;
  const x = new Float32Array(batchSize * pixels);
  const y = new Float32Array(batchSize * width);
  const order = allIndices(source.count);
  const regression = layout.task === 'regression' ? new RegressionAccumulator(source.count, width) : undefined;
  const confusion = Array.from({ length: layout.numClasses }, () => new Array<number>(layout.numClasses).fill(0));
  let lossSum = 0,
    correct = 0,
    count = 0;
  source.prefetch(order, 0, batchSize);
  for (let start = 0; start < source.count; start += batchSize) {
    const rows: number[] = [];
    await source.fill(order, start, batchSize, x, y, rows);
    source.prefetch(order, start + batchSize, batchSize);
    const n = rows.length;
    if (!n) continue;
    const [loss, out] = tf.tidy(() => {
      const pred = model.apply(tf.tensor(x.subarray(0, n * pixels), [n, ...setup.imageShape]), {
        training: false,
      }) as tf.Tensor;
      const value = batchLoss(spec, targetTensor(y, n, layout), pred).dataSync()[0]!;
      return [value, (regression ? pred : tf.argMax(pred, -1)).dataSync()];
    });
    lossSum += loss * n;
    count += n;
    if (regression) {
      regression.add(rows, y.subarray(0, n * width), out);
      continue;
    }
    for (let i = 0; i < n; i++) {
      const truth = y[i]!,
        guess = out[i]!;
      confusion[truth]![guess]!++;
      if (truth === guess) correct++;
    }
  }
  if (regression) return regression.finish(setup.withImages ? source : undefined);
  return {
    task: 'classification',
    loss: count ? lossSum / count : NaN,
    accuracy: count ? correct / count : NaN,
    confusion,
    count,
  } satisfies ClassificationMetrics;
}
