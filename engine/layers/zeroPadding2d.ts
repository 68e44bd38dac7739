import { imageInput } from './common';
import { intOrPair, pair, pairText } from './params';
import { defineLayer, ok } from './types';

export const zeroPadding2d = defineLayer({
  kind: 'zeroPadding2d',
  label: 'Zero Padding 2D',
  category: 'reshape',
  description: 'Adds rows and columns of zeros around the image.',
  params: {
    padding: intOrPair({ default: 1, min: 0, max: 256, label: 'Padding', help: 'Zeros added on each side: one number, or [rows, columns].' }),
  },
  arity: { min: 1, max: 1 },
  inferShape(inputs, p) {
    const input = imageInput(inputs);
    if (!input.ok) return input.result;
    const [ph, pw] = pair(p.padding);
    const [h, w, c] = input.shape;
    return ok([h + 2 * ph, w + 2 * pw, c]);
  },
  cost: () => ({ params: 0, flops: 0 }),
  describe: p => `pad ${pairText(p.padding)}`,
  toTfjs: (tf, p, ctx) => [tf.layers.zeroPadding2d({ name: ctx.name, padding: pair(p.padding) })],
});
