import { shapeText } from './shapeUtils';
import { defineLayer, ok } from './types';
import { tuple } from './params';
import { py } from './pythonCode';

export const input = defineLayer({
  kind: 'input',
  label: 'Input',
  category: 'input',
  description: 'Where images enter the network: height × width × channels.',
  idPrefix: 'input',
  usuallySingle: true,
  params: {
    shape: tuple({
      default: [28, 28, 1],
      length: 3,
      min: 1,
      max: 4096,
      names: ['height', 'width', 'channels'],
      label: 'Shape',
    }),
  },
  arity: { min: 0, max: 0 },
  inferShape: (_inputs, p) => ok([...p.shape]),
  cost: () => ({ params: 0, flops: 0 }),
  describe: p => shapeText(p.shape),
  toTorch: (_p, ctx) => ({ module: null, forward: ctx.inputs[0]! }),
  toKeras: (p, ctx) => ({ layers: [`keras.Input(shape=${py(p.shape)}, name=${py(ctx.name)})`] }),
  toTfjs: () => [],
  toOnnx: (onnx, _p, ctx) => onnx.op('Transpose', ctx.inputs, { perm: [0, 3, 1, 2] }),
});
