/** Contrast and brightness on pixels in [0, 1] (Convas feeds pixel / 255), clipped back into that range. */
import * as tf from '@tensorflow/tfjs-core';
import type { Random } from '../../data/random';
import { AugmentationLayer, either, type AugmentationArgs } from './augmentationLayer';

/** One value per image, shaped to broadcast over its pixels. */
const perImage = (x: tf.Tensor4D, draw: () => number): tf.Tensor4D =>
  tf.tensor4d(Array.from({ length: x.shape[0] }, draw), [x.shape[0], 1, 1, 1]);

/** Scales each image's distance from its per-channel mean by a factor in [1 − f, 1 + f]. */
export class RandomContrast extends AugmentationLayer {
  static className = 'ConvasRandomContrast';
  readonly factor: number;

  constructor(args: AugmentationArgs & { factor: number }) {
    super(args);
    this.factor = args.factor;
  }

  protected augment(x: tf.Tensor4D, random: Random): tf.Tensor4D {
    const contrast = perImage(x, () => 1 + either(random, this.factor));
    const mean = tf.mean(x, [1, 2], true);
    return tf.clipByValue(tf.add(tf.mul(tf.sub(x, mean), contrast), mean), 0, 1);
  }

  protected params() {
    return { factor: this.factor };
  }
}

/** Adds one delta in [−f, f] to every pixel of each image. */
export class RandomBrightness extends AugmentationLayer {
  static className = 'ConvasRandomBrightness';
  readonly factor: number;

  constructor(args: AugmentationArgs & { factor: number }) {
    super(args);
    this.factor = args.factor;
  }

  protected augment(x: tf.Tensor4D, random: Random): tf.Tensor4D {
    return tf.clipByValue(
      tf.add(
        x,
        perImage(x, () => either(random, this.factor)),
      ),
      0,
      1,
    );
  }

  protected params() {
    return { factor: this.factor };
  }
}
