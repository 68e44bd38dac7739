/** The trainer on streamed image files: a folder of classes and a regression CSV, end to end in a worker. */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peekDataset } from '../../../engine/data/load';
import { analyzeGraph } from '../../../engine/core/graph/analyze';
import { inputShapeOf } from '../../../engine/core/graph/inputShape';
import type { Project } from '../../../engine/core/project/schema';
import type { TrainEvent } from '../../../engine/core/train/protocol';
import { TrainingSession } from '../../../engine/train/session';
import { writeClassFolders } from '../../fixtures/imageFolders';
import { chainProject, writeBrightnessCsv } from './imageProjects';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'convas-streamed-'));
  await writeClassFolders(path.join(dir, 'shapes'), ['red', 'teal'], 24, { formats: ['png', 'jpeg'] });
  await writeFile(path.join(dir, 'shapes', 'red', 'broken.png'), 'not a png');
  await writeBrightnessCsv(path.join(dir, 'grey'), 96);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** `threads: 1` skips the data-parallel replica's start-up (the regression case keeps it: its targets and MAE cross threads). */
async function train(project: Project, threads?: '1') {
  const events: TrainEvent[] = [];
  const outDir = await mkdtemp(path.join(dir, 'run-'));
  // The training worker copies the environment when it starts.
  if (threads) process.env.CONVAS_TRAIN_THREADS = threads;
  const session = TrainingSession.start({ type: 'start', project, baseDir: dir, outDir, backend: 'wasm' }, e =>
    events.push(e),
  );
  delete process.env.CONVAS_TRAIN_THREADS;
  const end = await session.done;
  const of = <T extends TrainEvent['type']>(t: T) =>
    events.filter((e): e is Extract<TrainEvent, { type: T }> => e.type === t);
  return { end, of, outDir };
}

const CSV = {
  kind: 'csv',
  path: 'grey/brightness.csv',
  imageColumn: 'file',
  labelColumn: 'brightness',
  task: 'regression',
  resize: 'stretch',
} as const;
const CONV: [string, string, Record<string, unknown>][] = [
  ['conv', 'conv2d', { filters: 4, kernelSize: 3, padding: 'same', activation: 'relu' }],
  ['gap', 'globalAveragePooling2d', {}],
];
// Linear, so the target (a linear function of the mean pixel) is always reachable: no dead ReLU can stall a short run.
const LINEAR_CONV: typeof CONV = [
  ['conv', 'conv2d', { filters: 4, kernelSize: 3, padding: 'same', activation: 'linear' }],
  ['gap', 'globalAveragePooling2d', {}],
];

describe('training on streamed image files', () => {
  it('trains a class folder resized to the Input, skipping and reporting an unreadable file once', async () => {
    const project = chainProject(
      [12, 12, 3],
      CONV,
      { task: 'classification' },
      { kind: 'folder', path: 'shapes', resize: 'stretch' },
      { epochs: 3 },
    );
    const r = await train(project, '1');
    expect(r.end.type, JSON.stringify(r.end)).toBe('done');
    const [compiled] = r.of('compiled');
    expect(compiled!.dataset).toMatchObject({
      name: 'shapes',
      task: 'classification',
      classNames: ['red', 'teal'],
      imageShape: [12, 12, 3],
    });
    expect(compiled!.dataset.train + compiled!.dataset.validation + compiled!.dataset.test).toBe(49);
    const skipped = r.of('skippedFiles').flatMap(e => e.files);
    expect(skipped).toEqual([
      { path: path.join(dir, 'shapes', 'red', 'broken.png'), reason: expect.stringMatching(/not an image/) },
    ]);
    const maps = r.of('featureMaps');
    expect(maps[0]!.maps.map(m => m.shape)).toEqual([[12, 12, 4]]);
    const done = r.end as Extract<TrainEvent, { type: 'done' }>;
    expect(done.test).toMatchObject({ task: 'classification' });
    expect(r.of('epochEnd').map(e => e.accuracy)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number)]);
    const record = JSON.parse(readFileSync(path.join(r.outDir, 'run.json'), 'utf8'));
    expect(record.skippedFiles).toEqual(skipped);
    expect(record.dataset).toMatchObject({ task: 'classification', classNames: ['red', 'teal'] });
  });

  it('trains a regression CSV with MSE: MAE falls, and the test split gets MAE, RMSE, R², points and the worst images', async () => {
    const project = chainProject([16, 16, 1], LINEAR_CONV, { task: 'regression' }, CSV, {
      epochs: 5,
      batchSize: 8,
      learningRate: 0.02,
    });
    const r = await train(project);
    expect(r.end.type, JSON.stringify(r.end)).toBe('done');
    if (os.availableParallelism() >= 2)
      expect(r.of('compiled')[0]!.backendDetail).toMatch(/data-parallel on 2 threads/);
    expect(r.of('compiled')[0]!.dataset).toMatchObject({
      task: 'regression',
      targetNames: ['brightness'],
      classNames: [],
    });
    const epochs = r.of('epochEnd');
    expect(
      epochs.every(
        e => e.accuracy === null && e.valAccuracy === null && typeof e.mae === 'number' && typeof e.valMae === 'number',
      ),
    ).toBe(true);
    expect(r.of('batchEnd').every(b => b.accuracy === null && typeof b.mae === 'number')).toBe(true);
    expect(epochs.at(-1)!.mae!).toBeLessThan(epochs[0]!.mae! * 0.7);
    const test = (r.end as Extract<TrainEvent, { type: 'done' }>).test;
    if (test?.task !== 'regression') throw new Error(`expected regression metrics, got ${JSON.stringify(test)}`);
    expect(test.count).toBeGreaterThan(0);
    expect(test.rmse).toBeCloseTo(Math.sqrt(test.loss), 6);
    expect(test.mae).toBeLessThan(0.1);
    expect(test.points).toHaveLength(test.count);
    expect(test.worst.length).toBe(Math.min(8, test.count));
    expect(test.worst[0]!.image).toHaveLength(256);
    const errors = test.worst.map(w => Math.abs(w.truth[0]! - w.predicted[0]!));
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    const record = JSON.parse(readFileSync(path.join(r.outDir, 'run.json'), 'utf8'));
    expect(typeof record.test.worst[0].image).toBe('string');
  });

  it('sizes a regression Output from the targets and refuses a classification one (OUTPUT_TASK_MISMATCH)', async () => {
    const regression = chainProject([16, 16, 1], CONV, { task: 'regression' }, CSV);
    const dataset = await peekDataset(CSV, dir, { imageShape: inputShapeOf(regression) });
    expect(dataset).toMatchObject({ task: 'regression', targetNames: ['brightness'], imageShape: [16, 16, 1] });
    expect(analyzeGraph(regression, { dataset }).byId.get('output')!.shape).toEqual([1]);
    const problems = analyzeGraph(chainProject([16, 16, 1], CONV, { task: 'classification' }, CSV), {
      dataset,
    }).problems;
    expect(problems).toMatchObject([{ code: 'OUTPUT_TASK_MISMATCH', nodeId: 'output', field: 'task' }]);
  });
});
