import { factorParam, noCost, percentText, sameImage, whileTraining } from './augmentation';
import { defineLayer } from './types';
import { IDENTITY_KERAS, identityTorch, augmentCall } from './pythonCode';

/** Keras' RandomTranslation: shifts are fractions of the image size, gaps are filled by reflection. */
export const randomTranslation = defineLayer({
  kind: 'randomTranslation',
  label: 'Random Translation',
  category: 'augmentation',
  description: 'While training, shifts each image up/down and left/right by a random amount.',
  idPrefix: 'shift',
  params: {
    heightFactor: factorParam('Height factor', 0.1, 'Largest vertical shift either way, as a fraction of the height.'),
    widthFactor: factorParam('Width factor', 0.1, 'Largest horizontal shift either way, as a fraction of the width.'),
  },
  arity: { min: 1, max: 1 },
  inferShape: inputs => sameImage(inputs),
  cost: noCost,
  describe: p =>
    p.heightFactor === p.widthFactor
      ? percentText(p.heightFactor)
      : `${percentText(p.heightFactor)} × ${percentText(p.widthFactor)}`,
  toTorch: (p, ctx) => identityTorch(ctx, augmentCall('randomTranslation', p.heightFactor, p.widthFactor)),
  toKeras: () => IDENTITY_KERAS,
  toTfjs: (_tf, p, ctx) =>
    whileTraining(ctx, 'randomTranslation', { heightFactor: p.heightFactor, widthFactor: p.widthFactor }),
  toOnnx: (onnx, _p, ctx) => onnx.op('Identity', ctx.inputs),
});
