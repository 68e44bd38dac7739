/** The training session end to end: worker, events, commands, checkpoints, leaks, NaN. */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../../engine/core/project/parse';
import type { Project } from '../../../engine/core/project/schema';
import type { TrainEvent } from '../../../engine/core/train/protocol';
import { TrainingSession } from '../../../engine/train/session';

const templates = path.resolve(__dirname, '../../../templates');
const template = (name: string): Project =>
  parseProject(JSON.parse(readFileSync(path.join(templates, `${name}.convas.json`), 'utf8')));
const outDir = () => mkdtemp(path.join(os.tmpdir(), 'convas-session-'));

async function run(
  project: Project,
  extra: { limit?: number; backend?: 'wasm' | 'cpu' } = {},
  onEvent: (e: TrainEvent, s: TrainingSession) => void = () => {},
) {
  const events: TrainEvent[] = [];
  const dir = await outDir();
  const session: TrainingSession = TrainingSession.start(
    {
      type: 'start',
      project,
      baseDir: templates,
      outDir: dir,
      backend: extra.backend ?? 'wasm',
      ...(extra.limit && { limit: extra.limit }),
    },
    e => {
      events.push(e);
      onEvent(e, session);
    },
  );
  const end = await session.done;
  return {
    events,
    end,
    dir,
    of: <T extends TrainEvent['type']>(t: T) =>
      events.filter((e): e is Extract<TrainEvent, { type: T }> => e.type === t),
  };
}

describe('TrainingSession', () => {
  it('trains in a worker and streams compiled, batchEnd, epochEnd, featureMaps, checkpoint and done', async () => {
    const project = { ...template('lenet5-mnist'), training: { ...template('lenet5-mnist').training, epochs: 2 } };
    const r = await run(project, { limit: 600 });
    expect(r.end.type).toBe('done');
    const [compiled] = r.of('compiled');
    expect(compiled).toMatchObject({
      backend: 'wasm',
      params: 61706,
      dataset: { name: 'mnist', train: 600, test: 2000 },
    });
    expect(r.of('epochEnd').map(e => e.epoch)).toEqual([1, 2]);
    expect(r.of('checkpoint').map(e => e.epoch)).toEqual([1, 2]);
    const maps = r.of('featureMaps');
    expect(maps.length).toBeGreaterThan(0);
    expect(maps[0]!.maps.map(m => [m.nodeId, m.shape])).toEqual([
      ['conv1', [28, 28, 6]],
      ['pool1', [14, 14, 6]],
      ['conv2', [10, 10, 16]],
      ['pool2', [5, 5, 16]],
    ]);
    expect(maps[0]!.maps[0]!.data).toBeInstanceOf(Float32Array);
    expect(maps[0]!.maps[0]!.data.length).toBe(28 * 28 * 6);
    const done = r.end as Extract<TrainEvent, { type: 'done' }>;
    if (done.test?.task !== 'classification')
      throw new Error(`expected classification test metrics, got ${JSON.stringify(done.test)}`);
    expect(done.test.count).toBe(2000);
    expect(done.test.confusion.flat().reduce((a, b) => a + b, 0)).toBe(2000);
    expect(done.test.accuracy).toBeGreaterThan(0.5);
    expect(compiled!.dataset).toMatchObject({ task: 'classification', targetNames: [] });
    expect(r.of('epochEnd')[0]).toMatchObject({ mae: null, valMae: null });
    expect(r.of('batchEnd')[0]).toMatchObject({ mae: null });
    expect(existsSync(path.join(r.dir, 'model.json'))).toBe(true);
    const record = JSON.parse(readFileSync(path.join(r.dir, 'run.json'), 'utf8'));
    expect(record).toMatchObject({ backend: 'wasm', reason: 'completed', history: [{ epoch: 1 }, { epoch: 2 }] });
  });

  it('throttles batch events to at most 10 per second and feature maps to one per 500 ms', async () => {
    const r = await run(template('mlp-mnist'), { limit: 3000 });
    // Events carry no timestamps: the throttle is checked as counts against each epoch's duration.
    for (const epoch of r.of('epochEnd')) {
      const batches = r.of('batchEnd').filter(b => b.epoch === epoch.epoch).length;
      expect(batches).toBeLessThanOrEqual(Math.ceil(epoch.durationSeconds * 10) + 1);
    }
    const totalSeconds = r.of('epochEnd').reduce((s, e) => s + e.durationSeconds, 0);
    expect(r.of('featureMaps').length).toBeLessThanOrEqual(Math.ceil(totalSeconds * 2) + 2);
  });

  it('keeps the tensor count flat from epoch 1 to epoch 5', async () => {
    const project = { ...template('resnet-mini'), training: { ...template('resnet-mini').training, epochs: 5 } };
    const r = await run(project, { limit: 128 });
    const tensors = r.of('epochEnd').map(e => e.tensors);
    expect(tensors).toHaveLength(5);
    expect(new Set(tensors).size).toBe(1);
  });

  it('pauses, resumes, changes the learning rate and stops with the model saved', async () => {
    const seen: string[] = [];
    const r = await run(template('lenet5-mnist'), { limit: 4000 }, (e, s) => {
      if (e.type === 'batchEnd' && !seen.includes('pause')) {
        seen.push('pause');
        s.send({ type: 'pause' });
      }
      if (e.type === 'status' && e.phase === 'paused') {
        seen.push('paused');
        s.send({ type: 'setLearningRate', value: 0.0005 });
        s.send({ type: 'resume' });
      }
      if (e.type === 'learningRate') {
        seen.push(`lr ${e.value}`);
        s.send({ type: 'stop' });
      }
    });
    expect(seen).toEqual(['pause', 'paused', 'lr 0.0005']);
    expect(r.events.some(e => e.type === 'status' && e.phase === 'running')).toBe(true);
    expect(r.end).toMatchObject({ type: 'done', reason: 'stopped' });
    expect(existsSync(path.join(r.dir, 'model.json'))).toBe(true);
  });

  it('stops with TRAIN_NAN when the loss explodes', async () => {
    const base = template('mlp-mnist');
    // A purely linear net with a linear head is unbounded, so a huge learning rate overflows it to Infinity/NaN.
    const nodes = base.nodes.map(n =>
      n.kind === 'output' || n.kind === 'dense' ? { ...n, params: { ...n.params, activation: 'linear' } } : n,
    );
    const project = {
      ...base,
      nodes,
      training: { ...base.training, optimizer: 'sgd' as const, learningRate: 10, momentum: 0.99 },
    };
    const r = await run(project, { limit: 2000 });
    expect(r.end).toMatchObject({ type: 'error', code: 'TRAIN_NAN' });
    expect((r.end as { hint: string }).hint).toMatch(/lower the learning rate/);
  });
});
