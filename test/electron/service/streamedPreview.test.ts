/** previewDataset, probeGraph and startTraining's check on folder and CSV datasets, through the service. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeClassFolders } from '../../fixtures/imageFolders';
import { chainProject, writeBrightnessCsv } from '../../engine/train/imageProjects';
import { createHarness } from './serviceHarness';

let dir = '';
const FOLDER = { kind: 'folder', path: 'pets', resize: 'stretch' } as const;
const CSV = {
  kind: 'csv',
  path: 'grey/brightness.csv',
  imageColumn: 'file',
  labelColumn: 'brightness',
  task: 'regression',
  resize: 'stretch',
} as const;
const CONV: [string, string, Record<string, unknown>][] = [
  ['conv', 'conv2d', { filters: 3, kernelSize: 3, padding: 'same' }],
  ['gap', 'globalAveragePooling2d', {}],
];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'convas-streamed-service-'));
  await writeClassFolders(path.join(dir, 'pets'), ['cat', 'dog'], 30);
  await writeFile(path.join(dir, 'pets', 'dog', 'broken.png'), 'not a png');
  await writeBrightnessCsv(path.join(dir, 'grey'), 40);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('streamed datasets through the service', () => {
  it('previews a class folder at the Input shape: counts per class and split, samples from the test split', async () => {
    const h = await createHarness();
    const preview = await h.call('previewDataset', {
      dataset: FOLDER,
      baseDir: dir,
      imageShape: [8, 10, 3],
      samplesPerClass: 2,
    });
    expect(preview.info).toMatchObject({ name: 'pets', imageShape: [8, 10, 3], classNames: ['cat', 'dog'] });
    const all = [...preview.classCounts.train, ...preview.classCounts.validation, ...preview.classCounts.test].reduce(
      (a, b) => a + b,
      0,
    );
    expect(all).toBe(61);
    expect(preview.samples.map(s => s.label)).toEqual([0, 0, 1, 1]);
    expect(preview.samples[0]!.pixels).toBeInstanceOf(Uint8Array);
    expect(preview.samples[0]!.pixels).toHaveLength(8 * 10 * 3);
    // A sample's index names the probe image: the probe shows that very image.
    const project = chainProject([8, 10, 3], CONV, { task: 'classification' }, FOLDER);
    const probe = await h.call('probeGraph', { project, baseDir: dir, probeIndex: preview.samples[2]!.index });
    expect(probe.image).toEqual(preview.samples[2]!.pixels);
    expect(probe.probeLabel).toBe(1);
    expect(probe.maps.map(m => m.shape)).toEqual([[8, 10, 3]]);
  });

  it('previews a regression CSV: targets named, samples labelled with their target', async () => {
    const h = await createHarness();
    const preview = await h.call('previewDataset', {
      dataset: CSV,
      baseDir: dir,
      imageShape: [16, 16, 1],
      samplesPerClass: 1,
    });
    expect(preview.info).toMatchObject({
      task: 'regression',
      targetNames: ['brightness'],
      classNames: [],
      imageShape: [16, 16, 1],
    });
    expect(preview.samples.length).toBeGreaterThan(0);
    expect(preview.samples.every(s => s.label > 0 && s.label < 1)).toBe(true);
  });

  it('asks for the Input shape of a folder dataset, and refuses to start a run on the wrong task', async () => {
    const h = await createHarness();
    expect(await h.fail('previewDataset', { dataset: FOLDER, baseDir: dir })).toMatchObject({ code: 'NO_INPUT_NODE' });
    const error = await h.fail('startTraining', {
      project: chainProject([16, 16, 1], CONV, { task: 'classification' }, CSV),
      baseDir: dir,
    });
    expect(error).toMatchObject({ code: 'OUTPUT_TASK_MISMATCH' });
  });
});
