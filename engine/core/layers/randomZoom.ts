import { factorParam, noCost, percentText, sameImage, whileTraining } from './augmentation';
import { defineLayer } from './types';
import { IDENTITY_KERAS, identityTorch, augmentCall } from './pythonCode';

/** Keras' RandomZoom with both factors given: height and width are scaled by independent draws. */
export const randomZoom = defineLayer({
  kind: 'randomZoom',
  label: 'Random Zoom',
  category: 'augmentation',
  description: 'While training, zooms each image in or out by a random amount about its centre.',
  idPrefix: 'zoom',
  params: {
    heightFactor: factorParam(
      'Height factor',
      0.1,
      'Largest vertical zoom either way: 0.1 = from 10% in (a negative draw) to 10% out.',
    ),
    widthFactor: factorParam(
      'Width factor',
      0.1,
      'Largest horizontal zoom either way: 0.1 = from 10% in (a negative draw) to 10% out.',
    ),
  },
  arity: { min: 1, max: 1 },
  inferShape: inputs => sameImage(inputs),
  cost: noCost,
  describe: p =>
    p.heightFactor === p.widthFactor
      ? percentText(p.heightFactor)
      : `${percentText(p.heightFactor)} × ${percentText(p.widthFactor)}`,
  toTorch: (p, ctx) => identityTorch(ctx, augmentCall('randomZoom', p.heightFactor, p.widthFactor)),
  toKeras: () => IDENTITY_KERAS,
  toTfjs: (_tf, p, ctx) =>
    whileTraining(ctx, 'randomZoom', { heightFactor: p.heightFactor, widthFactor: p.widthFactor }),
  toOnnx: (onnx, _p, ctx) => onnx.op('Identity', ctx.inputs),
});
