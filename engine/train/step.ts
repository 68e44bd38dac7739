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

/** Mean loss of a batch, and the number of correct predictions (classification). */
export function batchLoss(spec: LossSpec, yTrue: tf.Tensor, yPred: tf.Tensor): tf.Scalar {
  if (spec.task === 'regression') return tf.losses.meanSquaredError(yTrue, yPred) as tf.Scalar;
  if (spec.logits) return tf.losses.softmaxCrossEntropy(yTrue, yPred) as tf.Scalar;
  const clipped = tf.clipByValue(yPred, EPSILON, 1 - EPSILON);
  return tf.neg(tf.mean(tf.sum(tf.mul(yTrue, tf.log(clipped)), -1)));
}

export const correctCount = (yTrue: tf.Tensor, yPred: tf.Tensor): tf.Scalar =>
  tf.sum(tf.cast(tf.equal(tf.argMax(yTrue, -1), tf.argMax(yPred, -1)), 'float32'));

export interface StepResult { loss: number; correct: number }

/**
 * Returns a function that runs one optimizer step on (x, y) and reads back loss and correct count.
 * @example const step = createTrainStep(model, tf.train.adam(1e-3), { task: 'classification', logits: false });
 */
export function createTrainStep(model: LayersModel, optimizer: tf.Optimizer, spec: LossSpec): (x: tf.Tensor, y: tf.Tensor) => StepResult {
  return (x, y) => {
    let correct: tf.Scalar | undefined;
    const loss = optimizer.minimize(() => {
      const pred = model.apply(x, { training: true }) as tf.Tensor;
      if (spec.task === 'classification') correct = tf.keep(correctCount(y, pred));
      return batchLoss(spec, y, pred);
    }, true)!;
    const result = { loss: loss.dataSync()[0]!, correct: correct ? correct.dataSync()[0]! : 0 };
    loss.dispose();
    correct?.dispose();
    return result;
  };
}
