import { describe, expect, it } from 'vitest';
import type { TrainEvent } from '../../../../engine/core/train/protocol';
import { overlayRuns, MAX_RUNS } from '../../../../renderer/training/run/runArchive';
import { sessionStarted, type Session } from '../../../../renderer/store/session';
import { applyEvents, sessionIdOf } from '../../../../renderer/training/run/trainingEvents';
import { EMPTY_PROJECT_TRAINING, type ProjectTraining } from '../../../../renderer/store/trainingState';
import { batchEvent, compiledEvent, doneEvent, epochEvent, project } from '../fixtures';

const startingIn = (id: string): ProjectTraining => ({
  ...EMPTY_PROJECT_TRAINING,
  session: sessionStarted({ phase: 'starting', project, sessionId: null, outDir: null }, id, `/runs/${id}`),
});

function finish(t: ProjectTraining, id: string): ProjectTraining {
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

  it('archives a finished run once, named and coloured, with the settings it trained with', () => {
    const t = finish(EMPTY_PROJECT_TRAINING, 'a');
    expect(t.session.phase).toBe('done');
    expect(t.runs).toHaveLength(1);
    expect(t.runs[0]).toMatchObject({
      id: 'a',
      label: 'Run 1',
      visible: true,
      testAccuracy: 0.9,
      reason: 'completed',
      training: { batchSize: 32, optimizer: 'adam' },
    });
    expect(t.runs[0]!.batches.map(b => b.loss)).toEqual([2, 1]);
    expect(applyEvents(t, [doneEvent]).runs).toBeUndefined();
  });

  it("numbers the project's runs and keeps a bounded history", () => {
    let t = EMPTY_PROJECT_TRAINING;
    for (let i = 0; i < MAX_RUNS + 2; i++) t = finish(t, `r${i}`);
    expect(t.runs).toHaveLength(MAX_RUNS);
    expect(t.runs.at(-1)!.label).toBe(`Run ${MAX_RUNS + 2}`);
    expect(new Set(t.runs.map(r => r.label)).size).toBe(MAX_RUNS);
  });
});

describe('overlayRuns', () => {
  it('shows visible earlier runs of the same task, never the current one', () => {
    let t = finish(EMPTY_PROJECT_TRAINING, 'a');
    t = finish(t, 'b');
    expect(overlayRuns(t.runs, 'b').map(r => r.id)).toEqual(['a']);
    expect(overlayRuns(t.runs, 'b', 'regression')).toEqual([]);
    expect(
      overlayRuns(
        t.runs.map(r => ({ ...r, visible: false })),
        null,
      ),
    ).toEqual([]);
  });
});
