/** previewAugmentation through the service: LeNet-5 with a rotation and a crop in front, on the builtin digits. */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../engine/core/project/schema';
import { createHarness, template } from './serviceHarness';

async function augmentedLenet(): Promise<Project> {
  const project = await template('lenet5-mnist');
  const at = { x: 0, y: 0 };
  project.nodes.push(
    { id: 'rot', kind: 'randomRotation', params: { factor: 0.1 }, position: at },
    { id: 'crop', kind: 'randomCrop', params: { height: 24, width: 24 }, position: at },
  );
  project.edges = [
    { source: 'input', target: 'rot' },
    { source: 'rot', target: 'crop' },
    { source: 'crop', target: 'conv1' },
    ...project.edges.filter(e => e.source !== 'input'),
  ];
  return project;
}

/** Images come as bytes, each in a buffer of its own (ipc and the wire carry exactly it). */
const bytes = (image: Uint8Array) => {
  expect(image).toBeInstanceOf(Uint8Array);
  expect(image.byteLength).toBe(image.buffer.byteLength);
  return image;
};

describe('augmentation previews through the service', () => {
  it('shows the first test images before and after the chain, the same for a seed and new for another', async () => {
    const h = await createHarness();
    const project = await augmentedLenet();
    const crop = await h.call('previewAugmentation', { project, nodeId: 'crop', seed: 7, count: 4 });
    expect(crop).toMatchObject({ inputShape: [28, 28, 1], outputShape: [24, 24, 1] });
    expect(crop.inputs.map(i => bytes(i).length)).toEqual([784, 784, 784, 784]);
    expect(crop.outputs.map(o => bytes(o).length)).toEqual([576, 576, 576, 576]);
    expect(Math.max(...bytes(crop.outputs[0]!))).toBeGreaterThan(100);

    const again = await h.call('previewAugmentation', { project, nodeId: 'crop', seed: 7, count: 4 });
    expect(again).toEqual(crop);
    const reroll = await h.call('previewAugmentation', { project, nodeId: 'crop', seed: 8, count: 4 });
    expect(reroll.inputs).toEqual(crop.inputs);
    expect(reroll.outputs).not.toEqual(crop.outputs);

    // The default count; a preview partway along the chain.
    const rot = await h.call('previewAugmentation', { project, nodeId: 'rot', seed: 7 });
    expect(rot.outputs).toHaveLength(16);
    expect(rot.inputs.slice(0, 4)).toEqual(crop.inputs);
    expect(rot.outputs[0]).not.toEqual(rot.inputs[0]);
  });

  it('names the node when it is not an augmentation node', async () => {
    const h = await createHarness();
    const project = await augmentedLenet();
    expect(await h.fail('previewAugmentation', { project, nodeId: 'conv1', seed: 1 })).toMatchObject({
      code: 'NOT_AUGMENTATION',
      message: expect.stringContaining('conv1'),
      hint: expect.stringContaining('augmentation node'),
    });
    expect(await h.fail('previewAugmentation', { project, nodeId: 'ghost', seed: 1 })).toMatchObject({
      code: 'NOT_AUGMENTATION',
    });
  });
});
