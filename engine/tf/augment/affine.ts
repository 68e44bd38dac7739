/** Rotation, zoom and translation: projective warps as Keras does them (bilinear, gaps filled by reflection). */
import * as tf from '@tensorflow/tfjs-core';
import type { Random } from '../../data/random';
import { AugmentationLayer, either, type AugmentationArgs } from './augmentationLayer';
import { useCorrectTransformKernels } from './transformKernel';

/** One row [a0 a1 a2 b0 b1 b2 c0 c1] per image: where each output pixel reads the input. */
function warp(x: tf.Tensor4D, rows: number[][]): tf.Tensor4D {
  useCorrectTransformKernels();
  return tf.image.transform(x, tf.tensor2d(rows, [rows.length, 8]), 'bilinear', 'reflect');
}

const perImage = (x: tf.Tensor4D, row: () => number[]): number[][] => Array.from({ length: x.shape[0] }, row);

/**
 * Turns an h × w image by `angle` radians about its centre; positive is counter-clockwise (as Keras).
 * @example rotationRow(Math.PI / 2, 3, 3) // [0, -1, 2, 1, 0, 0, 0, 0]: output (0, 0) reads input (2, 0)
 */
export function rotationRow(angle: number, h: number, w: number): number[] {
  const cx = (w - 1) / 2,
    cy = (h - 1) / 2;
  const cos = Math.cos(angle),
    sin = Math.sin(angle);
  return [cos, -sin, cx - cx * cos + cy * sin, sin, cos, cy - cx * sin - cy * cos, 0, 0];
}

/**
 * Scales about the centre: `zy`, `zx` below 1 read a smaller window, so the content grows (zooms in).
 * @example zoomRow(0.5, 0.5, 5, 5) // the middle 2.5 × 2.5 cells fill the image
 */
export function zoomRow(zy: number, zx: number, h: number, w: number): number[] {
  return [zx, 0, ((w - 1) / 2) * (1 - zx), 0, zy, ((h - 1) / 2) * (1 - zy), 0, 0];
}

/**
 * Moves the content `dy` cells down and `dx` cells right.
 * @example translationRow(1, -2) // [1, 0, 2, 0, 1, -1, 0, 0]
 */
export const translationRow = (dy: number, dx: number): number[] => [1, 0, -dx, 0, 1, -dy, 0, 0];

/** Turns each image about its centre by up to ±factor of a full turn. */
export class RandomRotation extends AugmentationLayer {
  static className = 'ConvasRandomRotation';
  readonly factor: number;

  constructor(args: AugmentationArgs & { factor: number }) {
    super(args);
    this.factor = args.factor;
  }

  protected augment(x: tf.Tensor4D, random: Random): tf.Tensor4D {
    const [, h, w] = x.shape;
    return warp(
      x,
      perImage(x, () => rotationRow(either(random, this.factor) * 2 * Math.PI, h, w)),
    );
  }

  protected params() {
    return { factor: this.factor };
  }
}

/** Zoom and translation: one warp per image from a draw on each axis, within ±heightFactor and ±widthFactor. */
abstract class TwoAxisWarp extends AugmentationLayer {
  readonly heightFactor: number;
  readonly widthFactor: number;

  constructor(args: AugmentationArgs & { heightFactor: number; widthFactor: number }) {
    super(args);
    this.heightFactor = args.heightFactor;
    this.widthFactor = args.widthFactor;
  }

  /** The transform row for draws `dy`, `dx` (each within ± its factor) on an h × w image. */
  protected abstract row(dy: number, dx: number, h: number, w: number): number[];

  protected augment(x: tf.Tensor4D, random: Random): tf.Tensor4D {
    const [, h, w] = x.shape;
    return warp(
      x,
      perImage(x, () => this.row(either(random, this.heightFactor), either(random, this.widthFactor), h, w)),
    );
  }

  protected params() {
    return { heightFactor: this.heightFactor, widthFactor: this.widthFactor };
  }
}

/** Scales each image about its centre by 1 ± factor per axis: below 1 reads a smaller window (zooms in). */
export class RandomZoom extends TwoAxisWarp {
  static className = 'ConvasRandomZoom';
  protected row(dy: number, dx: number, h: number, w: number): number[] {
    return zoomRow(1 + dy, 1 + dx, h, w);
  }
}

/** Shifts each image by up to ±factor of its height and width. */
export class RandomTranslation extends TwoAxisWarp {
  static className = 'ConvasRandomTranslation';
  protected row(dy: number, dx: number, h: number, w: number): number[] {
    return translationRow(dy * h, dx * w);
  }
}
