import { factorParam, noCost, percentText, sameImage, whileTraining } from './augmentation';
import { defineLayer } from './types';
import { IDENTITY_KERAS, identityTorch, augmentCall } from './pythonCode';

/** Keras' RandomContrast on pixels in [0, 1]: one factor per image, about each channel's mean. */
export const randomContrast = defineLayer({
  kind: 'randomContrast',
  label: 'Random Contrast',
  category: 'augmentation',
  description: 'While training, raises or lowers the contrast of each image by a random amount.',
  idPrefix: 'contrast',
  params: {
    factor: factorParam(
      'Factor',
      0.2,
      'Largest change either way: 0.2 = contrast × 0.8 to × 1.2, around each channel’s mean.',
    ),
  },
  arity: { min: 1, max: 1 },
  inferShape: inputs => sameImage(inputs),
  cost: noCost,
  describe: p => percentText(p.factor),
  toTorch: (p, ctx) => identityTorch(ctx, augmentCall('randomContrast', p.factor)),
  toKeras: () => IDENTITY_KERAS,
  toTfjs: (_tf, p, ctx) => whileTraining(ctx, 'randomContrast', { factor: p.factor }),
  toOnnx: (onnx, _p, ctx) => onnx.op('Identity', ctx.inputs),
});
