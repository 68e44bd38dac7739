/** previewDataset and probeGraph on the builtin digits, with an untrained LeNet-5. */
import { describe, expect, it } from 'vitest';
import { createHarness, template } from './serviceHarness';

describe('datasets and probes through the service', () => {
  it('previews builtin MNIST: shape, classes, counts per split and class, sample pixels', async () => {
    const h = await createHarness();
    const preview = await h.call('previewDataset', { dataset: { kind: 'builtin', name: 'mnist' }, samplesPerClass: 3 });
    expect(preview.info).toMatchObject({ name: 'mnist', imageShape: [28, 28, 1], classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] });
    const total = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
    expect(total(preview.classCounts.train) + total(preview.classCounts.validation)).toBe(8000);
    expect(total(preview.classCounts.test)).toBe(2000);
    expect(preview.classCounts.train.every(c => c > 500)).toBe(true);
    expect(preview.samples).toHaveLength(30);
    expect(preview.samples.map(s => s.label)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9, 9]);
    const pixels = Buffer.from(preview.samples[0]!.pixels, 'base64');
    expect(pixels).toHaveLength(784);
    expect(Math.max(...pixels)).toBeGreaterThan(200);
    // Samples name test-split images, so picking one as the probe shows that very image.
    const sample = preview.samples.find(s => s.label === 7)!;
    const probe = await h.call('probeGraph', { project: await template('lenet5-mnist'), probeIndex: sample.index });
    expect(probe.probeLabel).toBe(7);
    expect(probe.image).toBe(sample.pixels);
  });

  it('reports a missing IDX dataset as DATASET_MISSING', async () => {
    const h = await createHarness();
    const error = await h.fail('previewDataset', { dataset: { kind: 'idx', trainImages: 'gone-images.idx', trainLabels: 'gone-labels.idx' }, baseDir: h.dir });
    expect(error).toMatchObject({ code: 'DATASET_MISSING', message: expect.stringContaining('gone-images.idx') });
  });

  it('probes an untrained LeNet-5: a map per conv/pool node with its shape, and the first filters', async () => {
    const h = await createHarness();
    const project = await template('lenet5-mnist');
    const probe = await h.call('probeGraph', { project, probeIndex: 3 });
    expect(probe.probeLabel).toBeGreaterThanOrEqual(0);
    expect(Buffer.from(probe.image, 'base64')).toHaveLength(784);
    const shapes = Object.fromEntries(probe.maps.map(m => [m.nodeId, m.shape]));
    expect(shapes).toMatchObject({ conv1: [28, 28, 6], pool1: [14, 14, 6], conv2: [10, 10, 16], pool2: [5, 5, 16] });
    for (const map of probe.maps) {
      expect(map.data).toBeInstanceOf(Float32Array);
      expect(map.data.length).toBe(map.shape.reduce((a, b) => a * b, 1));
    }
    expect(probe.filters).toMatchObject({ nodeId: 'conv1', shape: [5, 5, 1, 6] });
    expect(probe.filters!.data).toBeInstanceOf(Float32Array);
    expect(probe.filters!.data.length).toBe(150);
    expect(probe.filters!.data.some(v => v !== 0)).toBe(true);
  });

  it('refuses to probe a graph with an error, naming the problem', async () => {
    const h = await createHarness();
    const project = await template('lenet5-mnist');
    project.edges = project.edges.filter(e => e.target !== 'pool1');
    const error = await h.fail('probeGraph', { project });
    expect(error.code).toMatch(/INPUT_MISSING|UNREACHABLE/);
    expect(error.message).toContain('pool1');
  });
});
