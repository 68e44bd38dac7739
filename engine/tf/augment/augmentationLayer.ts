/** The base of Convas' augmentation layers: random while training, the identity otherwise. */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { mulberry32, type Random } from '../../data/random';

export type LayerArgs = NonNullable<ConstructorParameters<typeof tfl.layers.Layer>[0]>;
export interface AugmentationArgs extends LayerArgs {
  seed: number;
}

/** A number drawn uniformly from [-max, max]. */
export const either = (random: Random, max: number): number => (2 * random() - 1) * max;

/**
 * Changes images at random only when called with `training: true` (the training step); predict,
 * evaluate and feature maps see the images unchanged. Each layer draws from its own stream, started
 * at its `seed` and advanced once per training call, so one project and seed replay the same
 * augmentations. Subclasses give `augment` (and `pass` when the inference output is not the input).
 */
export abstract class AugmentationLayer extends tfl.layers.Layer {
  readonly seed: number;
  private readonly random: Random;

  constructor(args: AugmentationArgs) {
    super(args);
    this.seed = args.seed;
    this.random = mulberry32(args.seed);
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Record<string, unknown>): tf.Tensor {
    return tf.tidy(() => {
      const x = (Array.isArray(inputs) ? inputs[0]! : inputs) as tf.Tensor4D;
      return kwargs.training === true ? this.augment(x, this.random) : this.pass(x);
    });
  }

  /** The images changed, one draw per image from `random`. */
  protected abstract augment(x: tf.Tensor4D, random: Random): tf.Tensor4D;

  /** Inference: the images unchanged. A copy, so the executor may free the input without freeing the output. */
  protected pass(x: tf.Tensor4D): tf.Tensor4D {
    return x.clone();
  }

  /** The layer's own params, for getConfig. */
  protected abstract params(): tf.serialization.ConfigDict;

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), seed: this.seed, ...this.params() };
  }
}
