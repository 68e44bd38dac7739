import * as tf from '@tensorflow/tfjs-core';
import type { Random } from '../../data/random';
import type { FlipMode } from '../../core/layers/augmentation';
import { AugmentationLayer, type AugmentationArgs } from './augmentationLayer';

/** Mirrors each image with probability ½ along each axis the mode allows (drawn separately per axis). */
export class RandomFlip extends AugmentationLayer {
  static className = 'ConvasRandomFlip';
  readonly mode: FlipMode;

  constructor(args: AugmentationArgs & { mode: FlipMode }) {
    super(args);
    // tfjs camel-cases string values when it loads a saved config.
    this.mode = (args.mode as string) === 'horizontalAndVertical' ? 'horizontal_and_vertical' : args.mode;
  }

  protected augment(x: tf.Tensor4D, random: Random): tf.Tensor4D {
    let out = x;
    // Axis 2 mirrors left–right, axis 1 upside down.
    for (const axis of this.mode === 'horizontal' ? [2] : this.mode === 'vertical' ? [1] : [2, 1]) {
      const flips = Array.from({ length: x.shape[0] }, () => random() < 0.5);
      out = tf.where(tf.tensor4d(flips, [flips.length, 1, 1, 1], 'bool'), tf.reverse(out, axis), out);
    }
    return out;
  }

  protected params() {
    return { mode: this.mode };
  }
}
