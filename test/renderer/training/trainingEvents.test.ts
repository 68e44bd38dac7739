import { describe, expect, it } from 'vitest';
import type { TrainEvent } from '../../../engine/train/protocol';
import { overlayRuns, MAX_RUNS } from '../../../renderer/training/runArchive';
import { sessionStarted, type Session } from '../../../renderer/training/session';
import { applyEvents, sessionIdOf } from '../../../renderer/training/trainingEvents';
import { initialTrainingState, type TrainingState } from '../../../renderer/training/trainingState';
import { batchEvent, compiledEvent, doneEvent, epochEvent, project } from './fixtures';

const startingIn = (id: string): TrainingState => ({
  ...initialTrainingState,
  session: sessionStarted({ phase: 'starting', project, sessionId: null, outDir: null }, id, `/runs/${id}`),
});

function finish(t: TrainingState, id: string): TrainingState {
  const started = { ...t, session: startingIn(id).session };
  const events: TrainEvent[] = [compiledEvent, batchEvent(1, 1, 2), batchEvent(1, 2, 1), epochEvent(1), doneEvent];
  return { ...started, ...applyEvents(started, events) };
}

describe('applyEvents', () => {
  it('knows the session id while starting and once running', () => {
    const t = startingIn('a');
    expect(sessionIdOf(t.session)).toBe('a');
    expect(sessionIdOf({ ...t, ...applyEvents(t, [compiledEvent]) }.session as Session)).toBe('a');
    expect(sessionIdOf({ phase: 'idle' })).toBeNull();
  });

  it('archives a finished run once, named and coloured for its project', () => {
    const t = finish(initialTrainingState, 'a');
    expect(t.session.phase).toBe('done');
    expect(t.runs).toHaveLength(1);
    expect(t.runs[0]).toMatchObject({ id: 'a', projectName: 'tiny', label: 'Run 1', visible: true, testAccuracy: 0.9, reason: 'completed' });
    expect(t.runs[0]!.batches.map(b => b.loss)).toEqual([2, 1]);
    expect(applyEvents(t, [doneEvent]).runs).toBeUndefined();
  });

  it('numbers runs per project and keeps a bounded history', () => {
    let t = initialTrainingState;
    for (let i = 0; i < MAX_RUNS + 2; i++) t = finish(t, `r${i}`);
    expect(t.runs).toHaveLength(MAX_RUNS);
    expect(t.runs.at(-1)!.label).toBe(`Run ${MAX_RUNS + 2}`);
    expect(new Set(t.runs.map(r => r.label)).size).toBe(MAX_RUNS);
  });
});

describe('overlayRuns', () => {
  it('shows visible earlier runs of the same project, never the current one', () => {
    let t = finish(initialTrainingState, 'a');
    t = finish(t, 'b');
    const runs = t.runs.map(r => (r.id === 'a' ? r : { ...r, visible: r.id !== 'x' }));
    expect(overlayRuns(runs, 'tiny', 'b').map(r => r.id)).toEqual(['a']);
    expect(overlayRuns(runs, 'other', null)).toEqual([]);
    expect(overlayRuns(runs.map(r => ({ ...r, visible: false })), 'tiny', null)).toEqual([]);
  });
});
