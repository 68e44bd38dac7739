/** The target tensor of a batch, from the numbers a split source wrote. */
import * as tf from '@tensorflow/tfjs-core';
import type { Task } from './step';

export interface TargetLayout {
  task: Task;
  /** Classification: the one-hot width. */
  numClasses: number;
  /** Regression: numbers per image. */
  width: number;
}

/**
 * One-hot rows of the class indices (classification) or the [n, width] targets (regression).
 * @example
 * const ys = targetTensor(y, n, { task: 'classification', numClasses: 10, width: 1 });
 */
export function targetTensor(y: Float32Array, n: number, layout: TargetLayout): tf.Tensor {
  if (layout.task === 'regression') return tf.tensor2d(y.subarray(0, n * layout.width), [n, layout.width]);
  return tf.tidy(() => tf.oneHot(tf.tensor1d(Int32Array.from(y.subarray(0, n)), 'int32'), layout.numClasses));
}
