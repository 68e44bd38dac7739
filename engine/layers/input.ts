import { shapeText } from './shapeUtils';
import { defineLayer, ok } from './types';
import { tuple } from './params';

export const input = defineLayer({
  kind: 'input',
  label: 'Input',
  category: 'input',
  description: 'Where images enter the network: height × width × channels.',
  params: {
    shape: tuple({ default: [28, 28, 1], length: 3, min: 1, max: 4096, names: ['height', 'width', 'channels'], label: 'Shape' }),
  },
  arity: { min: 0, max: 0 },
  inferShape: (_inputs, p) => ok([...p.shape]),
  cost: () => ({ params: 0, flops: 0 }),
  describe: p => shapeText(p.shape),
  toTfjs: () => [],
});
