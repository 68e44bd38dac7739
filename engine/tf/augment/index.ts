/**
 * Convas' augmentation layer classes. Layer spec files must not import tfjs, so compile hands them
 * a maker over this table in the TfjsContext, next to the `tf` namespace it passes already: the specs keep
 * deciding what each node builds (nothing at inference, a centre crop for randomCrop), and no
 * global lookup by class name is needed to build a model. Saving and loading do look classes up by
 * name, so those are registered with tfjs' serialization explicitly (never as an import side effect).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { AugmentationBase, AugmentationConfigs, MakeAugmentationLayer } from '../../core/layers/augmentation';
import { RandomRotation, RandomTranslation, RandomZoom } from './affine';
import { RandomBrightness, RandomContrast } from './color';
import type { AugmentationLayer } from './augmentationLayer';
import { RandomCrop } from './crop';
import { RandomFlip } from './flip';
import { GaussianNoise } from './noise';

/** The registry's augmentation kinds (AugmentationConfigs is checked against LAYERS). */
type AugmentationKind = keyof AugmentationConfigs;

/** A layer class built from its kind's config, with the className tfjs serialises it under. */
type AugmentationClass<K extends AugmentationKind> = (new (
  config: AugmentationBase & AugmentationConfigs[K],
) => AugmentationLayer) &
  tf.serialization.SerializableConstructor<AugmentationLayer>;

/** The one table of Convas' augmentation classes, keyed by kind: an augmentation kind without its class fails to compile here. */
const CLASSES: { [K in AugmentationKind]: AugmentationClass<K> } = {
  randomFlip: RandomFlip,
  randomRotation: RandomRotation,
  randomZoom: RandomZoom,
  randomTranslation: RandomTranslation,
  randomContrast: RandomContrast,
  randomBrightness: RandomBrightness,
  gaussianNoise: GaussianNoise,
  randomCrop: RandomCrop,
};

/** Builds the augmentation layer of `kind`: what compile hands the specs as `ctx.augmentation`. */
export const makeAugmentationLayer: MakeAugmentationLayer = (kind, config) => new CLASSES[kind](config);

/**
 * Lets tfjs rebuild these layers from a saved model.json (checkpoints hold them; exports do not).
 * Safe to call more than once.
 * @example registerAugmentationClasses(); const model = await tfl.loadLayersModel(handler);
 */
export function registerAugmentationClasses(): void {
  for (const cls of Object.values(CLASSES)) {
    const registered: unknown = tf.serialization.SerializationMap.getMap().classNameMap[cls.className]?.[0];
    if (registered !== cls) tf.serialization.registerClass(cls);
  }
}
