/**
 * Convas' augmentation layer classes. Layer spec files must not import tfjs, so compile hands them
 * this table in the TfjsContext, next to the `tf` namespace it passes already: the specs keep
 * deciding what each node builds (nothing at inference, a centre crop for randomCrop), and no
 * global lookup by class name is needed to build a model. Saving and loading do look classes up by
 * name, so those are registered with tfjs' serialization explicitly (never as an import side effect).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { AugmentationLayers } from '../../core/layers/augmentation';
import { RandomRotation, RandomTranslation, RandomZoom } from './affine';
import { RandomBrightness, RandomContrast } from './color';
import { RandomCrop } from './crop';
import { RandomFlip } from './flip';
import { GaussianNoise } from './noise';

export const AUGMENTATION_LAYERS: AugmentationLayers = {
  randomFlip: config => new RandomFlip(config),
  randomRotation: config => new RandomRotation(config),
  randomZoom: config => new RandomZoom(config),
  randomTranslation: config => new RandomTranslation(config),
  randomContrast: config => new RandomContrast(config),
  randomBrightness: config => new RandomBrightness(config),
  gaussianNoise: config => new GaussianNoise(config),
  randomCrop: config => new RandomCrop(config),
};

const CLASSES = [
  RandomFlip,
  RandomRotation,
  RandomZoom,
  RandomTranslation,
  RandomContrast,
  RandomBrightness,
  GaussianNoise,
  RandomCrop,
];

/**
 * Lets tfjs rebuild these layers from a saved model.json (checkpoints hold them; exports do not).
 * Safe to call more than once.
 * @example registerAugmentationClasses(); const model = await tfl.loadLayersModel(handler);
 */
export function registerAugmentationClasses(): void {
  for (const cls of CLASSES) {
    if (tf.serialization.SerializationMap.getMap().classNameMap[cls.className]?.[0] !== cls)
      tf.serialization.registerClass(cls);
  }
}
