/**
 * Pieces the augmentation kinds share. They change images at random while training and are the
 * identity at inference, in evaluation and in every export (randomCrop becomes a centre crop).
 */
import type * as tfl from '@tensorflow/tfjs-layers';
import type { AugmentationKind } from './index';
import { imageInput } from './common';
import { float } from './params';
import type { Shape } from './shapeUtils';
import { ok, type LayerCost, type ShapeResult, type TfjsContext } from './types';

export const FLIP_MODES = ['horizontal', 'vertical', 'horizontal_and_vertical'] as const;
export type FlipMode = (typeof FLIP_MODES)[number];

/** What each augmentation layer class is built from, besides its tfjs name and its seed. */
export interface AugmentationConfigs {
  randomFlip: { mode: FlipMode };
  randomRotation: { factor: number };
  randomZoom: { heightFactor: number; widthFactor: number };
  randomTranslation: { heightFactor: number; widthFactor: number };
  randomContrast: { factor: number };
  randomBrightness: { factor: number };
  gaussianNoise: { stddev: number };
  randomCrop: { height: number; width: number };
}
/** Fails to compile, naming the kind, while an augmentation kind of LAYERS has no entry in AugmentationConfigs. */
type NoneMissing<Missing extends never> = Missing;
export type AugmentationConfigsCoverLayers = NoneMissing<Exclude<AugmentationKind, keyof AugmentationConfigs>>;

export interface AugmentationBase {
  name: string;
  /** Start of the layer's own random stream. */
  seed: number;
}

/**
 * Builds one of Convas' tfjs layer classes for augmentation, made in engine/tf/augment and handed to
 * toTfjs in the TfjsContext (as `tf` is), so layer files stay free of tfjs at runtime.
 */
export type MakeAugmentationLayer = <K extends keyof AugmentationConfigs>(
  kind: K,
  config: AugmentationBase & AugmentationConfigs[K],
) => tfl.layers.Layer;

/** An image in, the same shape out. */
export function sameImage(inputs: Shape[]): ShapeResult {
  const input = imageInput(inputs);
  return input.ok ? ok([...input.shape]) : input.result;
}

/** Nothing runs at inference, so nothing is counted (as for Dropout). */
export const noCost = (): LayerCost => ({ params: 0, flops: 0 });

/**
 * toTfjs of an augmentation kind: its training layer, or none when compiling for inference.
 * @example toTfjs: (_tf, p, ctx) => whileTraining(ctx, 'randomFlip', { mode: p.mode })
 */
export function whileTraining<K extends keyof AugmentationConfigs>(
  ctx: TfjsContext,
  kind: K,
  config: AugmentationConfigs[K],
): tfl.layers.Layer[] {
  return ctx.forInference ? [] : [ctx.augmentation(kind, { name: ctx.name, seed: ctx.seed, ...config })];
}

/** A factor param in [0, max]: the largest change drawn either way. */
export const factorParam = (label: string, def: number, help: string, max = 1) =>
  float({ default: def, min: 0, max, label, help });

/** Where a centred window of `window` cells starts along an axis of `size` (Keras' CenterCrop rounds down). */
export const centreStart = (size: number, window: number): number => Math.floor((size - window) / 2);

/** "±10%" for a factor of 0.1. */
export const percentText = (factor: number): string => `±${Math.round(factor * 1000) / 10}%`;
