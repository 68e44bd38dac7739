/** The layer registry: every kind Convas offers, listed once. Adding a layer = one file + one line here. */
import { activation } from './activation';
import { add } from './add';
import { averagePooling2d } from './averagePooling2d';
import { batchNormalization } from './batchNormalization';
import { concatenate } from './concatenate';
import { conv2d } from './conv2d';
import { dense } from './dense';
import { depthwiseConv2d } from './depthwiseConv2d';
import { dropout } from './dropout';
import { flatten } from './flatten';
import { gaussianNoise } from './gaussianNoise';
import { globalAveragePooling2d } from './globalAveragePooling2d';
import { globalMaxPooling2d } from './globalMaxPooling2d';
import { input } from './input';
import { maxPooling2d } from './maxPooling2d';
import { output } from './output';
import { randomBrightness } from './randomBrightness';
import { randomContrast } from './randomContrast';
import { randomCrop } from './randomCrop';
import { randomFlip } from './randomFlip';
import { randomRotation } from './randomRotation';
import { randomTranslation } from './randomTranslation';
import { randomZoom } from './randomZoom';
import { separableConv2d } from './separableConv2d';
import { upSampling2d } from './upSampling2d';
import { zeroPadding2d } from './zeroPadding2d';
import type { LayerSpec } from './types';

/** In palette order: input, augmentation, convolution, pooling, normalization/regularization, activation, merge, reshape, core, output. */
export const LAYERS = {
  input,
  randomFlip,
  randomRotation,
  randomZoom,
  randomTranslation,
  randomCrop,
  randomContrast,
  randomBrightness,
  gaussianNoise,
  conv2d,
  depthwiseConv2d,
  separableConv2d,
  maxPooling2d,
  averagePooling2d,
  globalAveragePooling2d,
  globalMaxPooling2d,
  batchNormalization,
  dropout,
  activation,
  add,
  concatenate,
  zeroPadding2d,
  upSampling2d,
  flatten,
  dense,
  output,
  // biome-ignore lint/suspicious/noExplicitAny: each spec has its own params type; the table holds them all
} satisfies Record<string, LayerSpec<any>>;

export type LayerKind = keyof typeof LAYERS;
export const LAYER_KINDS = Object.keys(LAYERS) as LayerKind[];
/** The kinds of category 'augmentation': the keys of every table about augmentation (classes, configs, train.py helpers). */
export type AugmentationKind = {
  [K in LayerKind]: (typeof LAYERS)[K]['category'] extends 'augmentation' ? K : never;
}[LayerKind];
export const isLayerKind = (k: string): k is LayerKind => Object.hasOwn(LAYERS, k);
/** The registry entry typed loosely, for code that handles every kind alike. */
// biome-ignore lint/suspicious/noExplicitAny: see LAYERS
export const layerSpec = (k: LayerKind): LayerSpec<any> => LAYERS[k];
