import { FLIP_MODES, noCost, sameImage, whileTraining } from './augmentation';
import { enumOf } from './params';
import { defineLayer } from './types';
import { augmentCall, IDENTITY_KERAS, identityTorch } from './pythonCode';

/** Keras' RandomFlip: mirrors each image with probability ½ (each axis drawn on its own). */
export const randomFlip = defineLayer({
  kind: 'randomFlip',
  label: 'Random Flip',
  category: 'augmentation',
  description: 'While training, mirrors each image left–right and/or upside down at random.',
  idPrefix: 'flip',
  params: {
    mode: enumOf(FLIP_MODES, {
      default: 'horizontal',
      label: 'Mode',
      help: 'Which mirrorings may happen, each with probability ½. Most photos stay plausible mirrored left–right; few do upside down.',
    }),
  },
  arity: { min: 1, max: 1 },
  inferShape: inputs => sameImage(inputs),
  cost: noCost,
  describe: p => p.mode.replace(/_/g, ' '),
  toTorch: (p, ctx) => identityTorch(ctx, augmentCall('randomFlip', p.mode)),
  toKeras: () => IDENTITY_KERAS,
  toTfjs: (_tf, p, ctx) => whileTraining(ctx, 'randomFlip', { mode: p.mode }),
  toOnnx: (onnx, _p, ctx) => onnx.op('Identity', ctx.inputs),
});
