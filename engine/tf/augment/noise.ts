import * as tf from '@tensorflow/tfjs-core';
import type { Random } from '../../data/random';
import { AugmentationLayer, type AugmentationArgs } from './augmentationLayer';

/** Adds zero-mean normal noise to every value. Not named GaussianNoise: that would replace tfjs' own class. */
export class GaussianNoise extends AugmentationLayer {
  static className = 'ConvasGaussianNoise';
  readonly stddev: number;

  constructor(args: AugmentationArgs & { stddev: number }) {
    super(args);
    this.stddev = args.stddev;
  }

  protected augment(x: tf.Tensor4D, random: Random): tf.Tensor4D {
    // tfjs' generator is seeded per call from this layer's stream, so runs repeat.
    return tf.add(x, tf.randomNormal(x.shape, 0, this.stddev, 'float32', Math.floor(random() * 2 ** 31)));
  }

  protected params() {
    return { stddev: this.stddev };
  }
}
