import { describe, expect, it } from 'vitest';
import { graphHash } from '../../../../engine/core/project/identity';
import type { RunSummary } from '../../../../engine/core/runs/types';
import { mapsToDraw, shownMaps } from '../../../../renderer/training/featureMaps/featureSource';
import { chosenRun, hashOf, trainedEarlierGraph, weightsRun } from '../../../../renderer/training/run/runList';
import { reduceSession, sessionStarted } from '../../../../renderer/store/session';
import { EMPTY_PROJECT_TRAINING, type ProjectTraining } from '../../../../renderer/store/trainingState';
import { compiledEvent, doneEvent, project } from '../fixtures';

const map = (nodeId: string) => ({ nodeId, shape: [2, 2, 1], data: new Float32Array(4) });
const probeResult = {
  probeLabel: 3,
  probeIndex: 5,
  imageShape: [28, 28, 1],
  image: new Uint8Array(),
  maps: [map('conv1')],
  filters: null,
};
const conv = { id: 'c', kind: 'conv2d', params: { filters: 4 }, position: { x: 0, y: 0 } };
const withConv = { ...project, nodes: [conv] };

function diskRun(runId: string, graph: Parameters<typeof graphHash>[0], extra: Partial<RunSummary> = {}): RunSummary {
  return {
    runId,
    projectId: project.id,
    projectFile: null,
    graphHash: graphHash(graph),
    dir: `/runs/${runId}`,
    startedAt: '2026-12-03T10:00:00Z',
    writtenAt: '2026-12-03T10:01:00Z',
    finished: true,
    reason: 'completed',
    epochs: 2,
    training: project.training,
    params: 10,
    backend: 'wasm',
    durationSeconds: 5,
    task: 'classification',
    classNames: ['a', 'b'],
    imageShape: [28, 28, 1],
    test: { accuracy: 0.9, mae: null, r2: null, count: 10 },
    hasModel: true,
    ...extra,
  };
}

describe('feature source', () => {
  it('shows nothing before any probe, then the probe (untrained) for the image it was asked for', () => {
    expect(shownMaps({ phase: 'idle' }, EMPTY_PROJECT_TRAINING.probe)).toBeNull();
    const shown = shownMaps({ phase: 'idle' }, { ...EMPTY_PROJECT_TRAINING.probe, result: probeResult });
    expect(shown).toMatchObject({ kind: 'untrained', probeIndex: 5, probeLabel: 3 });
    expect(
      shownMaps(
        { phase: 'idle' },
        { ...EMPTY_PROJECT_TRAINING.probe, result: probeResult, runId: 'r1', weights: 'trained weights' },
      ),
    ).toMatchObject({ kind: 'trained', detail: 'trained weights' });
  });

  it('prefers the live stream while training', () => {
    const started = sessionStarted({ phase: 'starting', project, sessionId: null, outDir: null }, 's', '/o');
    const live = reduceSession(reduceSession(started, compiledEvent), {
      type: 'featureMaps',
      epoch: 1,
      batch: 9,
      probeIndex: 2,
      probeLabel: 1,
      maps: [map('pool1')],
    });
    const shown = shownMaps(live, { ...EMPTY_PROJECT_TRAINING.probe, result: probeResult, runId: 'r' });
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

describe('which run the panels use', () => {
  const started = sessionStarted({ phase: 'starting', project: withConv, sessionId: null, outDir: null }, 's', '/o');
  const live = reduceSession(started, compiledEvent);
  const at = (session: ProjectTraining['session'], runs: RunSummary[] = []): ProjectTraining => ({
    ...EMPTY_PROJECT_TRAINING,
    session,
    disk: { status: 'ready', runs },
  });

  it('feature maps: the live run once it saved an epoch, then its trained weights; none before', () => {
    expect(weightsRun(at(live), withConv)).toBeNull();
    const saved = reduceSession(live, { type: 'checkpoint', epoch: 1, dir: '/o' });
    expect(weightsRun(at(saved), withConv)).toEqual({ runId: 's', label: 'weights after epoch 1' });
    expect(weightsRun(at(reduceSession(saved, doneEvent)), withConv)).toEqual({ runId: 's', label: 'trained weights' });
  });

  it('feature maps: a run on disk only if it trained this very graph (moving a node is fine)', () => {
    const t = at({ phase: 'idle' }, [
      diskRun('new', { ...withConv, nodes: [{ ...conv, params: { filters: 8 } }] }),
      diskRun('old', withConv),
    ]);
    expect(weightsRun(t, { ...withConv, nodes: [{ ...conv, position: { x: 50, y: 9 } }] })?.runId).toBe('old');
    expect(weightsRun(t, { ...withConv, nodes: [{ ...conv, params: { filters: 16 } }] })).toBeNull();
  });

  it('export and bundles: the chosen run, else the latest that saved a model; marks runs of an earlier graph', () => {
    const runs = [
      diskRun('stopped-early', withConv, { hasModel: false }),
      diskRun('b', withConv),
      diskRun('a', project),
    ];
    expect(chosenRun(at({ phase: 'idle' }))).toBeNull();
    expect(chosenRun(at({ phase: 'idle' }, runs))?.runId).toBe('b');
    expect(chosenRun({ ...at({ phase: 'idle' }, runs), chosenRunId: 'a' })?.runId).toBe('a');
    expect(chosenRun({ ...at({ phase: 'idle' }, runs), chosenRunId: 'gone' })?.runId).toBe('b');
    expect(trainedEarlierGraph(runs[2]!, withConv)).toBe(true);
    expect(trainedEarlierGraph(runs[1]!, withConv)).toBe(false);
  });
});

describe('hashOf', () => {
  it('hashes a graph once per node and edge arrays, and agrees with graphHash', () => {
    const g = { nodes: [conv], edges: [] };
    expect(hashOf(g)).toBe(graphHash(g));
    expect(hashOf({ nodes: g.nodes, edges: g.edges })).toBe(hashOf(g));
    expect(hashOf({ nodes: [{ ...conv, params: { filters: 8 } }], edges: g.edges })).not.toBe(hashOf(g));
  });
});
