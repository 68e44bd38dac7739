import { describe, expect, it } from 'vitest';
import {
  IDLE,
  isBusy,
  reduceSession,
  runOf,
  sessionStarted,
  withPending,
  type Session,
} from '../../../renderer/store/session';
import { batchEvent, compiledEvent, doneEvent, epochEvent, project } from '../training/fixtures';
import type { TrainEvent } from '../../../engine/core/train/protocol';

const starting: Session = { phase: 'starting', project, sessionId: null, outDir: null };
const run = (events: TrainEvent[], from: Session = sessionStarted(starting, 's1', '/runs/tiny')) =>
  events.reduce(reduceSession, from);

describe('reduceSession', () => {
  it('ignores events while idle', () => {
    expect(reduceSession(IDLE, compiledEvent)).toBe(IDLE);
  });

  it('records the session id, then starts training on compiled', () => {
    const s = run([compiledEvent]);
    expect(s.phase).toBe('training');
    if (s.phase !== 'training') return;
    expect(s.sessionId).toBe('s1');
    expect(s.info.backend).toBe('wasm');
    expect(s.learningRate).toBe(0.001);
    expect(s.project).toBe(project);
  });

  it('waits in starting for the compiled event', () => {
    expect(run([batchEvent(1, 1)]).phase).toBe('starting');
  });

  it('accumulates batch points on a global step axis and updates progress', () => {
    const s = run([compiledEvent, batchEvent(1, 5, 2), batchEvent(2, 3, 1)]);
    const r = runOf(s)!;
    expect(r.batches.map(b => b.step)).toEqual([5, 23]);
    expect(r.progress).toMatchObject({ epoch: 2, batch: 3, imagesPerSecond: 900, etaSeconds: 12 });
  });

  it('keeps epoch metrics without the event-only fields', () => {
    const r = runOf(run([compiledEvent, epochEvent(1)]))!;
    expect(r.epochs).toEqual([
      {
        epoch: 1,
        loss: 0.5,
        accuracy: 0.8,
        mae: null,
        valLoss: 0.6,
        valAccuracy: 0.75,
        valMae: null,
        imagesPerSecond: 900,
        durationSeconds: 3,
      },
    ]);
  });

  it('pauses and resumes on status events and clears the pending command', () => {
    const paused = run([compiledEvent, { type: 'status', phase: 'paused' }], withPending(run([]), 'pause'));
    expect(paused.phase).toBe('paused');
    const pending = withPending(paused, 'resume');
    expect(runOf(pending)!.pending).toBe('resume');
    const resumed = reduceSession(pending, { type: 'status', phase: 'running' });
    expect(resumed.phase).toBe('training');
    expect(runOf(resumed)!.pending).toBeNull();
  });

  it('keeps a pending stop through pause and resume', () => {
    const s = reduceSession(withPending(run([compiledEvent]), 'stop'), { type: 'status', phase: 'paused' });
    expect(runOf(s)!.pending).toBe('stop');
  });

  it('tracks the learning rate and the latest feature maps', () => {
    const maps: TrainEvent = {
      type: 'featureMaps',
      epoch: 1,
      batch: 4,
      probeIndex: 3,
      probeLabel: 7,
      maps: [{ nodeId: 'c', shape: [2, 2, 1], data: new Float32Array(4) }],
    };
    const r = runOf(run([compiledEvent, { type: 'learningRate', value: 0.01 }, maps]))!;
    expect(r.learningRate).toBe(0.01);
    expect(r.maps).toMatchObject({ probeIndex: 3, probeLabel: 7, batch: 4 });
  });

  it('ends in done with the result and the final history', () => {
    const history = [
      {
        epoch: 1,
        loss: 0.5,
        accuracy: 0.8,
        mae: null,
        valLoss: null,
        valAccuracy: null,
        valMae: null,
        imagesPerSecond: 1,
        durationSeconds: 1,
      },
    ];
    const s = run([compiledEvent, epochEvent(1), { ...doneEvent, history } as TrainEvent]);
    expect(s.phase).toBe('done');
    if (s.phase !== 'done') return;
    expect(s.result.test).toMatchObject({ task: 'classification', accuracy: 0.9 });
    expect(s.epochs).toEqual(history);
    expect(isBusy(s)).toBe(false);
    expect(reduceSession(s, batchEvent(1, 1))).toBe(s);
  });

  it('keeps what ran when an error ends the session', () => {
    const s = run([
      compiledEvent,
      batchEvent(1, 1),
      { type: 'error', code: 'TRAIN_NAN', message: 'loss NaN', hint: 'lower it' },
    ]);
    expect(s).toMatchObject({ phase: 'error', error: { code: 'TRAIN_NAN', hint: 'lower it' } });
    expect(runOf(s)!.batches).toHaveLength(1);
  });

  it('fails a start without a run when the error comes before compiling', () => {
    const s = run([{ type: 'error', code: 'DATASET_MISSING', message: 'gone', hint: 'check paths' }]);
    expect(s).toMatchObject({ phase: 'error', run: null });
  });

  it('returns to idle when stopped before compiling', () => {
    expect(run([doneEvent]).phase).toBe('idle');
  });
});
