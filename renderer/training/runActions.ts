/**
 * Starting and steering a run through the host. Events of every session reach every window, so
 * the listener keeps only this window's session; they are reduced in batches (≤ 5 Hz) to keep
 * the renderer's frames short while training streams.
 */
import type { HostEvent } from '../../electron/contract/hostApi';
import type { TrainEvent } from '../../engine/train/protocol';
import { host } from '../host';
import { createEventBuffer } from './eventBuffer';
import { currentProject, projectBaseDir } from './projectAccess';
import { isBusy, isLive, sessionStarted, withPending } from './session';
import { updateTraining, type StoreGet, type StoreSet } from './storeAccess';
import { applyEvents, sessionIdOf } from './trainingEvents';
import { toUserError } from './userError';

type TrainHostEvent = Extract<HostEvent, { type: 'train' }>;

/** Events that arrive before startTraining has returned the session id. */
const MAX_EARLY_EVENTS = 500;

export interface RunActions {
  startTraining(): Promise<void>;
  pauseTraining(): void;
  resumeTraining(): void;
  stopTraining(): void;
  setLiveLearningRate(value: number): void;
}

export function createRunActions(set: StoreSet, get: StoreGet): RunActions {
  const buffer = createEventBuffer<TrainEvent>(events => updateTraining(set, t => applyEvents(t, events)));
  let early: TrainHostEvent[] = [];
  let unsubscribe: (() => void) | null = null;

  const onHostEvent = (e: HostEvent) => {
    if (e.type !== 'train') return;
    const session = get().training.session;
    if (session.phase === 'starting' && session.sessionId === null) {
      if (early.length < MAX_EARLY_EVENTS) early.push(e);
      return;
    }
    if (e.sessionId === sessionIdOf(session)) buffer.push(e.event);
  };

  const control = (command: Parameters<typeof host.controlTraining>[0]['command'], pending?: 'pause' | 'resume' | 'stop') => {
    const session = get().training.session;
    const sessionId = sessionIdOf(session);
    if (!sessionId || !isLive(session)) return;
    if (pending) updateTraining(set, t => ({ session: withPending(t.session, pending), commandError: null }));
    host.controlTraining({ sessionId, command }).catch(error =>
      updateTraining(set, t => ({ session: withPending(t.session, null), commandError: toUserError(error) })));
  };

  return {
    async startTraining() {
      const state = get();
      if (isBusy(state.training.session)) return;
      unsubscribe ??= host.onEvent(onHostEvent);
      buffer.cancel();
      early = [];
      const project = currentProject(state);
      const baseDir = projectBaseDir(state);
      const { limit, probe } = state.training;
      updateTraining(set, { session: { phase: 'starting', project, sessionId: null, outDir: null }, exported: { status: 'idle' }, commandError: null });
      try {
        const started = await host.startTraining({
          project, probeIndex: probe.index, ...(baseDir && { baseDir }), ...(limit && { limit }),
          ...(state.initialWeights && { initialWeights: state.initialWeights }),
        });
        updateTraining(set, t => ({ session: sessionStarted(t.session, started.sessionId, started.outDir) }));
        const replay = early.filter(e => e.sessionId === started.sessionId);
        early = [];
        replay.forEach(onHostEvent);
      } catch (error) {
        updateTraining(set, { session: { phase: 'error', error: toUserError(error), run: null } });
      }
    },
    pauseTraining: () => control({ type: 'pause' }, 'pause'),
    resumeTraining: () => control({ type: 'resume' }, 'resume'),
    stopTraining: () => control({ type: 'stop' }, 'stop'),
    setLiveLearningRate: value => control({ type: 'setLearningRate', value }),
  };
}
