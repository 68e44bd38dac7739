import * as tf from '@tensorflow/tfjs-core';
import type { TrainingConfig } from '../core/project/schema';

export function makeOptimizer(cfg: Pick<TrainingConfig, 'optimizer' | 'learningRate' | 'momentum'>): tf.Optimizer {
  switch (cfg.optimizer) {
    case 'sgd':
      return cfg.momentum > 0 ? tf.train.momentum(cfg.learningRate, cfg.momentum) : tf.train.sgd(cfg.learningRate);
    case 'adam':
      return tf.train.adam(cfg.learningRate);
    case 'rmsprop':
      return tf.train.rmsprop(cfg.learningRate);
    case 'adagrad':
      return tf.train.adagrad(cfg.learningRate);
  }
}

/** tfjs optimizers read `learningRate` on every step but only SGD exposes a setter. */
export function setLearningRate(optimizer: tf.Optimizer, value: number): void {
  (optimizer as unknown as { learningRate: number }).learningRate = value;
}
