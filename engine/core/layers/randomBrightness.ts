import { factorParam, noCost, percentText, sameImage, whileTraining } from './augmentation';
import { defineLayer } from './types';
import { IDENTITY_KERAS, identityTorch, augmentCall } from './pythonCode';

/** Keras' RandomBrightness with value range [0, 1] (Convas' pixel scale): one delta per image, clipped. */
export const randomBrightness = defineLayer({
  kind: 'randomBrightness',
  label: 'Random Brightness',
  category: 'augmentation',
  description: 'While training, makes each image lighter or darker by a random amount.',
  idPrefix: 'brightness',
  params: {
    factor: factorParam('Factor', 0.2, 'Largest change either way, as a share of full white: 0.2 = ±20% of the range.'),
  },
  arity: { min: 1, max: 1 },
  inferShape: inputs => sameImage(inputs),
  cost: noCost,
  describe: p => percentText(p.factor),
  toTorch: (p, ctx) => identityTorch(ctx, augmentCall('randomBrightness', p.factor)),
  toKeras: () => IDENTITY_KERAS,
  toTfjs: (_tf, p, ctx) => whileTraining(ctx, 'randomBrightness', { factor: p.factor }),
  toOnnx: (onnx, _p, ctx) => onnx.op('Identity', ctx.inputs),
});
