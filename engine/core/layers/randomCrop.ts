import { centreStart, noCost, whileTraining } from './augmentation';
import { imageInput } from './common';
import { int } from './params';
import { defineLayer, fail, ok } from './types';
import { py, augmentCall } from './pythonCode';

/** Keras' RandomCrop: a random window while training (one per image), the centre one otherwise. */
export const randomCrop = defineLayer({
  kind: 'randomCrop',
  label: 'Random Crop',
  category: 'augmentation',
  description: 'While training, cuts a window at a random place out of each image; otherwise the centre window.',
  idPrefix: 'crop',
  params: {
    height: int({ default: 24, min: 1, max: 4096, label: 'Height' }),
    width: int({ default: 24, min: 1, max: 4096, label: 'Width' }),
  },
  arity: { min: 1, max: 1 },
  inferShape(inputs, p) {
    const input = imageInput(inputs);
    if (!input.ok) return input.result;
    const [h, w, c] = input.shape;
    if (p.height > h || p.width > w) {
      return fail('CROP_TOO_LARGE', `a ${p.height}×${p.width} crop does not fit in its ${h}×${w} input`, {
        field: p.height > h ? 'height' : 'width',
      });
    }
    return ok([p.height, p.width, c]);
  },
  cost: noCost,
  describe: p => `${p.height}×${p.width}`,
  toTorch(p, ctx) {
    const [h = p.height, w = p.width] = ctx.inputShapes[0] ?? [];
    const top = centreStart(h, p.height),
      left = centreStart(w, p.width);
    return {
      module: null,
      forward: `${ctx.inputs[0]}[:, :, ${top}:${top + p.height}, ${left}:${left + p.width}]`,
      augment: augmentCall('randomCrop', p.height, p.width),
    };
  },
  toKeras(p, ctx) {
    const [h = p.height, w = p.width] = ctx.inputShapes[0] ?? [];
    const top = centreStart(h, p.height),
      left = centreStart(w, p.width);
    return {
      layers: [
        `layers.Cropping2D(((${top}, ${h - p.height - top}), (${left}, ${w - p.width - left})), name=${py(ctx.name)})`,
      ],
    };
  },
  toTfjs(tf, p, ctx) {
    if (!ctx.forInference) return whileTraining(ctx, 'randomCrop', { height: p.height, width: p.width });
    // A built-in layer, so an exported model loads in plain tfjs. Same window as the training layer's inference path.
    const [h = p.height, w = p.width] = ctx.inputShapes[0] ?? [];
    const top = centreStart(h, p.height),
      left = centreStart(w, p.width);
    return [
      tf.layers.cropping2D({
        name: ctx.name,
        cropping: [
          [top, h - p.height - top],
          [left, w - p.width - left],
        ],
      }),
    ];
  },
  toOnnx(onnx, p, ctx) {
    const [h = p.height, w = p.width] = ctx.inputShapes[0] ?? [];
    const top = centreStart(h, p.height),
      left = centreStart(w, p.width);
    const window = [
      onnx.ints('starts', [top, left]),
      onnx.ints('ends', [top + p.height, left + p.width]),
      onnx.ints('axes', [2, 3]),
    ];
    return onnx.op('Slice', [ctx.inputs[0]!, ...window]);
  },
});
