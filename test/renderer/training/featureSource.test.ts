import { describe, expect, it } from 'vitest';
import { mapsToDraw, shownMaps, weightsFor } from '../../../renderer/training/featureSource';
import { reduceSession, sessionStarted } from '../../../renderer/training/session';
import { initialTrainingState } from '../../../renderer/training/trainingState';
import { compiledEvent, project } from './fixtures';

describe('feature source', () => {
  const map = (nodeId: string) => ({ nodeId, shape: [2, 2, 1], data: new Float32Array(4) });
  const probeResult = { probeLabel: 3, image: '', maps: [map('conv1')], filters: null };

  it('shows nothing before any probe, then the probe (untrained)', () => {
    expect(shownMaps({ phase: 'idle' }, initialTrainingState.probe)).toBeNull();
    const shown = shownMaps({ phase: 'idle' }, { ...initialTrainingState.probe, result: probeResult, resultIndex: 5 });
    expect(shown).toMatchObject({ kind: 'untrained', probeIndex: 5, probeLabel: 3 });
  });

  it('prefers the live stream while training', () => {
    const started = sessionStarted({ phase: 'starting', project, sessionId: null, outDir: null }, 's', '/o');
    const live = reduceSession(reduceSession(started, compiledEvent), { type: 'featureMaps', epoch: 1, batch: 9, probeIndex: 2, probeLabel: 1, maps: [map('pool1')] });
    const shown = shownMaps(live, { ...initialTrainingState.probe, result: probeResult, trained: true });
    expect(shown).toMatchObject({ kind: 'live', detail: 'epoch 1 · batch 9', probeIndex: 2 });
    expect(shown!.maps[0]!.nodeId).toBe('pool1');
  });

  it('draws the selected node alone unless asked for all', () => {
    const maps = [map('conv1'), map('pool1')];
    expect(mapsToDraw(maps, ['pool1'], false)).toMatchObject({ focused: true, maps: [{ nodeId: 'pool1' }] });
    expect(mapsToDraw(maps, ['pool1'], true).maps).toHaveLength(2);
    expect(mapsToDraw(maps, ['dense'], false)).toMatchObject({ focused: false });
  });
});
describe('weightsFor', () => {
  const started = sessionStarted({ phase: 'starting', project, sessionId: null, outDir: null }, 's', '/o');
  const live = reduceSession(started, compiledEvent);

  it('has none before a checkpoint, then the checkpoint, then the trained model', () => {
    expect(weightsFor(live, project)).toBeUndefined();
    const saved = reduceSession(live, { type: 'checkpoint', epoch: 1, dir: '/o' });
    expect(weightsFor(saved, project)).toEqual({ dir: '/o', label: 'weights after epoch 1' });
    const done = reduceSession(saved, { type: 'done', reason: 'completed', history: [], test: null, durationSeconds: 1, outDir: '/o', backend: 'cpu' });
    expect(weightsFor(done, project)).toEqual({ dir: '/o', label: 'trained weights' });
  });

  it('ignores weights of another graph or dataset (moving a node is fine)', () => {
    const saved = reduceSession(live, { type: 'checkpoint', epoch: 1, dir: '/o' });
    const conv = { id: 'c', kind: 'conv2d', params: { filters: 4 }, position: { x: 0, y: 0 } };
    const withConv = { ...project, nodes: [conv] };
    const trained = reduceSession(reduceSession(sessionStarted({ phase: 'starting', project: withConv, sessionId: null, outDir: null }, 's', '/o'), compiledEvent), { type: 'checkpoint', epoch: 1, dir: '/o' });
    expect(weightsFor(trained, { ...withConv, nodes: [{ ...conv, position: { x: 50, y: 9 } }] })).toBeDefined();
    expect(weightsFor(trained, { ...withConv, nodes: [{ ...conv, params: { filters: 8 } }] })).toBeUndefined();
    expect(weightsFor(saved, { ...project, dataset: { kind: 'idx', trainImages: 'a', trainLabels: 'b' } })).toBeUndefined();
  });
});
