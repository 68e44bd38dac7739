import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import type { Random } from '../../data/random';
import { centreStart } from '../../core/layers/augmentation';
import { AugmentationLayer, type AugmentationArgs } from './augmentationLayer';
import { useCorrectTransformKernels } from './transformKernel';

/** A height × width window of each image: at a random place per image while training, the centre otherwise. */
export class RandomCrop extends AugmentationLayer {
  static className = 'ConvasRandomCrop';
  readonly height: number;
  readonly width: number;

  constructor(args: AugmentationArgs & { height: number; width: number }) {
    super(args);
    this.height = args.height;
    this.width = args.width;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    return [shape[0]!, this.height, this.width, shape[3]!];
  }

  protected augment(x: tf.Tensor4D, random: Random): tf.Tensor4D {
    const [batch, h, w] = x.shape;
    // A pure shift sampled at whole pixels: the transform copies each window exactly.
    const rows = Array.from({ length: batch }, () => {
      const top = Math.floor(random() * (h - this.height + 1)),
        left = Math.floor(random() * (w - this.width + 1));
      return [1, 0, left, 0, 1, top, 0, 0];
    });
    useCorrectTransformKernels();
    return tf.image.transform(x, tf.tensor2d(rows, [batch, 8]), 'nearest', 'constant', 0, [this.height, this.width]);
  }

  protected override pass(x: tf.Tensor4D): tf.Tensor4D {
    const [, h, w] = x.shape;
    return tf.slice(
      x,
      [0, centreStart(h, this.height), centreStart(w, this.width), 0],
      [-1, this.height, this.width, -1],
    );
  }

  protected params() {
    return { height: this.height, width: this.width };
  }
}
