/** previewDataset and probeGraph on the builtin digits, with an untrained LeNet-5. */
import { describe, expect, it } from 'vitest';
import { createHarness, template } from './serviceHarness';

describe('datasets and probes through the service', () => {
  it('previews builtin MNIST: shape, classes, counts per split and class, sample pixels', async () => {
    const h = await createHarness();
    const preview = await h.call('previewDataset', { dataset: { kind: 'builtin', name: 'mnist' }, samplesPerClass: 3 });
    expect(preview.info).toMatchObject({
      name: 'mnist',
      imageShape: [28, 28, 1],
      classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    });
    const total = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
    expect(total(preview.classCounts.train) + total(preview.classCounts.validation)).toBe(8000);
    expect(total(preview.classCounts.test)).toBe(2000);
    expect(preview.classCounts.train.every(c => c > 500)).toBe(true);
    expect(preview.samples).toHaveLength(30);
    expect(preview.samples.map(s => s.label)).toEqual([
      0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9, 9,
    ]);
    const pixels = preview.samples[0]!.pixels;
    expect(pixels).toBeInstanceOf(Uint8Array);
    // Its own buffer: structured clone (Electron's ipc) copies the whole buffer behind a view.
    expect(pixels.buffer.byteLength).toBe(pixels.byteLength);
    expect(pixels).toHaveLength(784);
    expect(Math.max(...pixels)).toBeGreaterThan(200);
    // Samples name test-split images, so picking one as the probe shows that very image.
    const sample = preview.samples.find(s => s.label === 7)!;
    const probe = await h.call('probeGraph', { project: await template('lenet5-mnist'), probeIndex: sample.index });
    expect(probe.probeLabel).toBe(7);
    expect(probe.image).toEqual(sample.pixels);
  });

  it('reports a missing IDX dataset as DATASET_MISSING', async () => {
    const h = await createHarness();
    const error = await h.fail('previewDataset', {
      dataset: { kind: 'idx', trainImages: 'gone-images.idx', trainLabels: 'gone-labels.idx' },
      baseDir: h.dir,
    });
    expect(error).toMatchObject({ code: 'DATASET_MISSING', message: expect.stringContaining('gone-images.idx') });
  });

  it('probes an untrained LeNet-5: a map per conv/pool node with its shape, and the first filters', async () => {
    const h = await createHarness();
    const project = await template('lenet5-mnist');
    const probe = await h.call('probeGraph', { project, probeIndex: 3 });
    expect(probe.probeLabel).toBeGreaterThanOrEqual(0);
    expect(probe.image).toBeInstanceOf(Uint8Array);
    expect(probe.image).toHaveLength(784);
    expect(probe.image.buffer.byteLength).toBe(784);
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

  it('probes what can be computed of an unfinished graph: a conv → pool demo with no Output, a graph cut in the middle', async () => {
    const h = await createHarness();
    const lenet = await template('lenet5-mnist');
    const keep = new Set(['input', 'conv1', 'pool1']);
    const demo = {
      ...lenet,
      nodes: lenet.nodes.filter(n => keep.has(n.id)),
      edges: lenet.edges.filter(e => keep.has(e.source) && keep.has(e.target)),
    };
    const probe = await h.call('probeGraph', { project: demo, probeIndex: 0 });
    expect(probe.maps.map(m => [m.nodeId, m.shape])).toEqual([
      ['conv1', [28, 28, 6]],
      ['pool1', [14, 14, 6]],
    ]);
    expect(probe.filters).toMatchObject({ nodeId: 'conv1', shape: [5, 5, 1, 6] });
    expect(probe.imageShape).toEqual([28, 28, 1]);

    const cut = { ...lenet, edges: lenet.edges.filter(e => e.target !== 'pool1') };
    expect((await h.call('probeGraph', { project: cut })).maps.map(m => m.nodeId)).toEqual(['conv1']);
    const bare = { ...lenet, nodes: lenet.nodes.filter(n => n.id === 'input'), edges: [] };
    expect((await h.call('probeGraph', { project: bare })).maps).toEqual([]);
  });

  it('refuses to probe when the Input does not fit the dataset, naming both shapes', async () => {
    const h = await createHarness();
    const project = await template('lenet5-mnist');
    project.nodes = project.nodes.map(n => (n.id === 'input' ? { ...n, params: { shape: [32, 32, 3] } } : n));
    const error = await h.fail('probeGraph', { project });
    expect(error.code).toBe('INPUT_SHAPE_MISMATCH');
    expect(error.message).toMatch(/32×32×3.*28×28×1/);
  });
});
