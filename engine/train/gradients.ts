/**
 * Gradients of one (part of a) batch, in a fixed variable order, so that two threads' results can
 * be combined index by index and handed to one optimizer in the same order every step.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { batchLoss, keptMetric, readMetric, type LossSpec } from './step';

export interface BatchGradients {
  /** One gradient per trainable variable, in `modelVariables(model).trainable` order. */
  grads: tf.Tensor[];
  /** Mean loss over the part. */
  loss: number;
  correct: number;
  /** Mean absolute error over the part (regression). */
  mae: number;
}

export interface ModelVariables {
  trainable: tf.Variable[];
  /** Non-trainable weights, e.g. batch-norm moving mean and variance, and the weights of frozen nodes. */
  frozen: tf.Variable[];
  /** The weights of frozen nodes (a subset of `frozen`): sent to a replica, never averaged back. */
  fixed: Set<tf.Variable>;
}

/**
 * The model's variables in the order both replicas use for gradients and weight copies.
 * @example const { trainable, frozen } = modelVariables(model); // frozen: BN moving statistics
 */
export function modelVariables(model: LayersModel): ModelVariables {
  return {
    trainable: model.trainableWeights.map(w => w.read() as tf.Variable),
    frozen: model.nonTrainableWeights.map(w => w.read() as tf.Variable),
    fixed: new Set(model.layers.filter(l => !l.trainable).flatMap(l => l.weights.map(w => w.read() as tf.Variable))),
  };
}

/**
 * Gradients of the same loss as createTrainStep (batchLoss) on (x, y); runs the forward pass in
 * training mode, so batch-norm moving statistics move as in a normal step.
 * A variable the loss does not reach gets a zero gradient rather than none, to keep the order fixed.
 *
 * @example
 * const { grads, loss, correct, mae } = batchGradients(model, modelVariables(model).trainable, spec, xs, ys);
 * tf.dispose(grads);
 */
export function batchGradients(
  model: LayersModel,
  trainable: tf.Variable[],
  spec: LossSpec,
  x: tf.Tensor,
  y: tf.Tensor,
): BatchGradients {
  let metric: tf.Scalar | undefined;
  const { value, grads } = tf.variableGrads(() => {
    const pred = model.apply(x, { training: true }) as tf.Tensor;
    metric = keptMetric(spec, y, pred);
    return batchLoss(spec, y, pred);
  }, trainable);
  const ordered = trainable.map(v => grads[v.name] ?? tf.zerosLike(v));
  const result = { grads: ordered, loss: value.dataSync()[0]!, ...readMetric(spec, metric) };
  value.dispose();
  return result;
}

/** Number of float32 values in the variables, laid end to end. */
export const valueCount = (variables: tf.Variable[]): number => variables.reduce((sum, v) => sum + v.size, 0);

/** Copies the variables' values end to end into `target` from `offset`; returns the offset after them. */
export function writeValues(variables: tf.Tensor[], target: Float32Array, offset = 0): number {
  for (const v of variables) {
    target.set(v.dataSync() as Float32Array, offset);
    offset += v.size;
  }
  return offset;
}

/** Assigns the variables from `source` (laid out as writeValues does) from `offset`; returns the offset after them. */
export function readValues(variables: tf.Variable[], source: Float32Array, offset = 0): number {
  for (const v of variables) {
    // slice(): the cpu backend keeps the array it is given, and `source` is shared memory.
    const value = tf.tensor(source.slice(offset, offset + v.size), v.shape, 'float32');
    v.assign(value);
    value.dispose();
    offset += v.size;
  }
  return offset;
}
