import { factorParam, noCost, sameImage, whileTraining } from './augmentation';
import { defineLayer } from './types';
import { IDENTITY_KERAS, identityTorch, augmentCall } from './pythonCode';

/** Keras' RandomRotation: the factor is a fraction of a full turn, gaps are filled by reflection. */
export const randomRotation = defineLayer({
  kind: 'randomRotation',
  label: 'Random Rotation',
  category: 'augmentation',
  description: 'While training, turns each image by a random angle about its centre.',
  idPrefix: 'rotate',
  params: {
    factor: factorParam('Factor', 0.1, 'Largest turn either way, as a fraction of a full turn: 0.1 = up to ±36°.', 0.5),
  },
  arity: { min: 1, max: 1 },
  inferShape: inputs => sameImage(inputs),
  cost: noCost,
  describe: p => `±${Math.round(p.factor * 3600) / 10}°`,
  toTorch: (p, ctx) => identityTorch(ctx, augmentCall('randomRotation', p.factor)),
  toKeras: () => IDENTITY_KERAS,
  toTfjs: (_tf, p, ctx) => whileTraining(ctx, 'randomRotation', { factor: p.factor }),
  toOnnx: (onnx, _p, ctx) => onnx.op('Identity', ctx.inputs),
});
