import { elements, shapeText } from './shapeUtils';
import { defineLayer, fail, ok } from './types';

export const flatten = defineLayer({
  kind: 'flatten',
  label: 'Flatten',
  category: 'reshape',
  description: 'Unrolls an image tensor into one long vector for Dense layers.',
  params: {},
  arity: { min: 1, max: 1 },
  inferShape(inputs) {
    const s = inputs[0];
    if (!s) return fail('INPUT_MISSING', 'has no input');
    if (s.length === 1) return fail('NEEDS_IMAGE', `input ${shapeText(s)} is already flat; remove this Flatten`);
    return ok([elements(s)]);
  },
  cost: () => ({ params: 0, flops: 0 }),
  describe: () => '',
  toTfjs: (tf, _p, ctx) => [tf.layers.flatten({ name: ctx.name })],
});
