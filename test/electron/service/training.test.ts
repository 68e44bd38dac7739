/** A short training run through the service: events, pause/resume, then probe and export its weights. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HostEvent } from '../../../electron/contract/hostApi';
import type { TrainEvent } from '../../../engine/core/train/protocol';
import { createHarness, template, type Harness } from './serviceHarness';

type Of<T extends TrainEvent['type']> = Extract<TrainEvent, { type: T }>;

function nextEvent<T extends TrainEvent['type']>(
  h: Harness,
  sessionId: string,
  type: T,
  timeoutMs = 25_000,
): Promise<Of<T>> {
  return new Promise((resolve, reject) => {
    const seen = h.events.find(e => e.type === 'train' && e.sessionId === sessionId && e.event.type === type);
    if (seen?.type === 'train') {
      resolve(seen.event as Of<T>);
      return;
    }
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no ${type} event within ${timeoutMs} ms`));
    }, timeoutMs);
    const stop = h.service.onEvent((e: HostEvent) => {
      if (e.type !== 'train' || e.sessionId !== sessionId) return;
      if (e.event.type === 'error') {
        clearTimeout(timer);
        stop();
        reject(new Error(`${e.event.code}: ${e.event.message}`));
      }
      if (e.event.type === type) {
        clearTimeout(timer);
        stop();
        resolve(e.event as Of<T>);
      }
    });
  });
}

describe('training through the service', () => {
  it('trains LeNet-5 for one short epoch with events, pauses and resumes, then probes and exports the weights', async () => {
    const h = await createHarness();
    const project = await template('lenet5-mnist');
    project.training = { ...project.training, epochs: 1, batchSize: 32, validationSplit: 0.05 };
    const { sessionId, outDir, runId } = await h.call('startTraining', { project, limit: 1024 });
    expect(outDir.startsWith(path.join(h.dir, 'data', 'runs', 'lenet5-mnist-'))).toBe(true);

    const compiled = await nextEvent(h, sessionId, 'compiled');
    expect(compiled.dataset.train).toBe(1024);
    await nextEvent(h, sessionId, 'batchEnd');
    await h.call('controlTraining', { sessionId, command: { type: 'pause' } });
    expect((await nextEvent(h, sessionId, 'status')).phase).toBe('paused');
    await h.call('controlTraining', { sessionId, command: { type: 'resume' } });
    const done = await nextEvent(h, sessionId, 'done');
    expect(done.reason).toBe('completed');
    expect(done.runId).toBe(runId);
    expect(done.history).toHaveLength(1);
    expect(done.test?.count).toBe(2000);

    const mine = h.events
      .filter(e => e.type === 'train' && e.sessionId === sessionId)
      .flatMap(e => (e.type === 'train' ? [e.event.type] : []));
    expect(mine).toEqual(
      expect.arrayContaining(['compiled', 'featureMaps', 'batchEnd', 'epochEnd', 'checkpoint', 'done']),
    );
    const maps = h.events.flatMap(e => (e.type === 'train' && e.event.type === 'featureMaps' ? [e.event] : []))[0]!;
    expect(maps.maps[0]!.data).toBeInstanceOf(Float32Array);

    const [listed] = await h.call('listRuns', { projectId: project.id });
    expect(listed).toMatchObject({
      runId,
      projectId: project.id,
      dir: outDir,
      finished: true,
      hasModel: true,
      epochs: 1,
      params: 61706,
      test: { count: 2000 },
    });
    const probe = await h.call('probeGraph', { project, runId });
    expect(probe.maps.map(m => m.nodeId)).toEqual(['conv1', 'pool1', 'conv2', 'pool2']);
    const untrained = await h.call('probeGraph', { project });
    expect(untrained.filters!.data).not.toEqual(probe.filters!.data);

    // A new folder is made for the export (its parent exists).
    const exportDir = path.join(h.dir, 'export');
    const exported = await h.call('exportModel', { project, runId, format: 'tfjs', outDir: exportDir });
    expect(exported.files).toContain('model.json');
    const modelJson = JSON.parse(await readFile(path.join(exportDir, 'model.json'), 'utf8'));
    expect(modelJson.format).toBe('layers-model');

    // Commands to a finished run are harmless; unknown runs are named.
    expect(await h.call('controlTraining', { sessionId, command: { type: 'stop' } })).toEqual({ ok: true });
    expect(await h.fail('controlTraining', { sessionId: 'nope', command: { type: 'stop' } })).toMatchObject({
      code: 'TRAINING_CONFIG',
      message: expect.stringContaining('nope'),
    });
    await h.service.close();
  });

  it('fails startTraining itself for a broken graph, before any worker starts', async () => {
    const h = await createHarness();
    const project = await template('lenet5-mnist');
    project.edges.push({ source: 'fc2', target: 'conv1' });
    const error = await h.fail('startTraining', { project });
    expect(error.code).toBe('GRAPH_CYCLE');
    expect(h.events).toEqual([]);
  });

  it("refuses exporting a run that is not one of the project's", async () => {
    const h = await createHarness();
    const error = await h.fail('exportModel', {
      project: await template('lenet5-mnist'),
      runId: 'not-a-run',
      format: 'tfjs',
      outDir: path.join(h.dir, 'out'),
    });
    expect(error).toMatchObject({ code: 'RUN_NOT_FOUND', message: expect.stringContaining('not-a-run') });
  });
});
