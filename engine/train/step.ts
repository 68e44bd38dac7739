/** One training step and batched evaluation: the hot path, shared by the trainer and the bench. */
import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';

export type Task = 'classification' | 'regression';

export interface LossSpec {
  task: Task;
  /** The model's last activation is linear: classification loss is then taken on logits. */
  logits: boolean;
}

const EPSILON = 1e-7;

/** Mean loss of a batch: cross-entropy (classification) or mean squared error (regression). */
export function batchLoss(spec: LossSpec, yTrue: tf.Tensor, yPred: tf.Tensor): tf.Scalar {
  if (spec.task === 'regression') return tf.losses.meanSquaredError(yTrue, yPred) as tf.Scalar;
  if (spec.logits) return tf.losses.softmaxCrossEntropy(yTrue, yPred) as tf.Scalar;
  const clipped = tf.clipByValue(yPred, EPSILON, 1 - EPSILON);
  return tf.neg(tf.mean(tf.sum(tf.mul(yTrue, tf.log(clipped)), -1)));
}

export const correctCount = (yTrue: tf.Tensor, yPred: tf.Tensor): tf.Scalar =>
  tf.sum(tf.cast(tf.equal(tf.argMax(yTrue, -1), tf.argMax(yPred, -1)), 'float32'));

/** Mean absolute error over every target of every image. */
export const meanAbsError = (yTrue: tf.Tensor, yPred: tf.Tensor): tf.Scalar => tf.mean(tf.abs(tf.sub(yTrue, yPred)));

/** `correct` counts right answers (classification); `mae` is the batch's mean absolute error (regression). Each is 0 for the other task. */
export interface StepResult {
  loss: number;
  correct: number;
  mae: number;
}

/** The metric a task reports beside the loss, kept out of the tidy that computes the loss. */
export const keptMetric = (spec: LossSpec, yTrue: tf.Tensor, yPred: tf.Tensor): tf.Scalar =>
  tf.keep(spec.task === 'classification' ? correctCount(yTrue, yPred) : meanAbsError(yTrue, yPred));

/** Reads a kept metric into a step result's `correct` or `mae`, and frees it. */
export function readMetric(spec: LossSpec, metric: tf.Scalar | undefined): { correct: number; mae: number } {
  const value = metric ? metric.dataSync()[0]! : 0;
  metric?.dispose();
  return spec.task === 'classification' ? { correct: value, mae: 0 } : { correct: 0, mae: value };
}

/**
 * Returns a function that runs one optimizer step on (x, y) and reads back the loss and the correct
 * count (classification) or mean absolute error (regression).
 * @example const step = createTrainStep(model, tf.train.adam(1e-3), { task: 'classification', logits: false });
 */
export function createTrainStep(
  model: LayersModel,
  optimizer: tf.Optimizer,
  spec: LossSpec,
): (x: tf.Tensor, y: tf.Tensor) => StepResult {
  return (x, y) => {
    let metric: tf.Scalar | undefined;
    const loss = optimizer.minimize(() => {
      const pred = model.apply(x, { training: true }) as tf.Tensor;
      metric = keptMetric(spec, y, pred);
      return batchLoss(spec, y, pred);
    }, true)!;
    const result = { loss: loss.dataSync()[0]!, ...readMetric(spec, metric) };
    loss.dispose();
    return result;
  };
}
