import { noCost, sameImage, whileTraining } from './augmentation';
import { float } from './params';
import { defineLayer } from './types';
import { IDENTITY_KERAS, identityTorch, augmentCall } from './pythonCode';

/** Keras' GaussianNoise, kept with the augmentation kinds: it acts on the images, right after the Input. */
export const gaussianNoise = defineLayer({
  kind: 'gaussianNoise',
  label: 'Gaussian Noise',
  category: 'augmentation',
  description: 'While training, adds random noise to every pixel.',
  idPrefix: 'noise',
  params: {
    stddev: float({
      default: 0.05,
      min: 0,
      max: 1,
      label: 'Std. deviation',
      help: 'Spread of the noise; pixels run from 0 to 1.',
    }),
  },
  arity: { min: 1, max: 1 },
  inferShape: inputs => sameImage(inputs),
  cost: noCost,
  describe: p => `σ ${p.stddev}`,
  toTorch: (p, ctx) => identityTorch(ctx, augmentCall('gaussianNoise', p.stddev)),
  toKeras: () => IDENTITY_KERAS,
  toTfjs: (_tf, p, ctx) => whileTraining(ctx, 'gaussianNoise', { stddev: p.stddev }),
  toOnnx: (onnx, _p, ctx) => onnx.op('Identity', ctx.inputs),
});
