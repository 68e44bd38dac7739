/** previewAugmentation: a chain of augmentation nodes run in training mode on a few uint8 images. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ConvasError } from '../../../../engine/core/errors';
import { previewAugmentation } from '../../../../engine/tf/augment/preview';
import { graph } from '../../core/graph/graphs';
import { selectBackend } from '../../../../engine/tf/backend';

const project = graph(
  {
    in: ['input', { shape: [4, 5, 1] }],
    flip: ['randomFlip', { mode: 'horizontal' }],
    crop: ['randomCrop', { height: 3, width: 3 }],
    light: ['randomBrightness', { factor: 0.5 }],
    conv: ['conv2d', { filters: 2 }],
    f: ['flatten'],
    out: ['output', { units: 2 }],
  },
  ['in', 'flip', 'crop', 'light', 'conv', 'f', 'out'],
);
const COUNT = 12;
const images = Uint8Array.from({ length: COUNT * 20 }, (_, i) => (i * 37) % 256);
const imageAt = (i: number) => Array.from(images.subarray(i * 20, (i + 1) * 20));
const mirrored = (image: number[]) => [0, 1, 2, 3].flatMap(row => image.slice(row * 5, row * 5 + 5).reverse());

beforeAll(() => selectBackend('cpu'));

describe('previewAugmentation', () => {
  it('runs the chain up to the node: flips are exact mirrors, the same seed repeats, another re-rolls', () => {
    const flips = previewAugmentation(project, 'flip', images, COUNT, 42);
    expect(flips).toMatchObject({ inputShape: [4, 5, 1], outputShape: [4, 5, 1] });
    const kinds = flips.outputs.map((out, i) =>
      Array.from(out).join() === imageAt(i).join()
        ? 'same'
        : Array.from(out).join() === mirrored(imageAt(i)).join()
          ? 'mirror'
          : 'other',
    );
    expect(new Set(kinds)).toEqual(new Set(['same', 'mirror']));
    expect(previewAugmentation(project, 'flip', images, COUNT, 42)).toEqual(flips);
    expect(previewAugmentation(project, 'flip', images, COUNT, 43).outputs).not.toEqual(flips.outputs);
  });

  it('gives the node output shape, uint8 pixels clipped to 0–255', () => {
    const light = previewAugmentation(project, 'light', images, 3, 7);
    expect(light.outputShape).toEqual([3, 3, 1]);
    expect(light.outputs).toHaveLength(3);
    expect(light.outputs.every(o => o instanceof Uint8Array && o.length === 9)).toBe(true);
    expect(light.outputs.some(o => o.includes(255) || o.includes(0))).toBe(true);
  });

  it('refuses nodes that are not augmentation, and images of the wrong size', () => {
    const error = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e;
      }
      throw new Error('no error');
    };
    expect(error(() => previewAugmentation(project, 'conv', images, 1, 1))).toMatchObject({
      name: 'ConvasError',
      code: 'NOT_AUGMENTATION',
      message: 'conv is a Conv 2D node, not an augmentation node',
    });
    expect(error(() => previewAugmentation(project, 'nope', images, 1, 1))).toBeInstanceOf(ConvasError);
    expect(error(() => previewAugmentation(project, 'flip', images.subarray(0, 30), 2, 1))).toMatchObject({
      code: 'INPUT_SHAPE_MISMATCH',
    });
  });

  it('reports a problem on the chain, e.g. a crop larger than the image', () => {
    const tooBig = graph({ in: ['input', { shape: [4, 5, 1] }], crop: ['randomCrop', { height: 5, width: 5 }] }, [
      'in',
      'crop',
    ]);
    expect(() => previewAugmentation(tooBig, 'crop', images, 1, 1)).toThrow(
      expect.objectContaining({ code: 'CROP_TOO_LARGE' }),
    );
  });
});
