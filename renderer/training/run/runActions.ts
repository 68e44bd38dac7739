/**
 * Starting and steering runs through the host. Each run belongs to the project it was started for:
 * its events change that project's entry, open or not. Events of every session reach every window,
 * so the listener keeps only the sessions this window started; they are reduced in batches (≤ 5 Hz)
 * to keep the renderer's frames short while training streams.
 */
import type { HostEvent } from '../../../electron/contract/hostApi';
import type { TrainEvent } from '../../../engine/core/train/protocol';
import { createEventBuffer } from './eventBuffer';
import { projectTrainingOf, updateProjectTraining } from '../../store/projectTraining';
import { selectProject, selectBaseDir } from '../../store/projectSelectors';
import { isBusy, isLive, sessionStarted, withPending } from '../../store/session';
import type { ActionDeps } from '../../store/storeAccess';
import { applyEvents, sessionIdOf } from './trainingEvents';
import { toUserError } from '../../shared/userError';

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

export function createRunActions({ get, set, host }: ActionDeps, onRunEnded: (projectId: string) => void): RunActions {
  /** Which project each of this window's sessions trains. */
  const owners = new Map<string, string>();
  let starting = 0;
  let early: TrainHostEvent[] = [];
  /** Listens from the first request for the page's lifetime: the store lives as long as the page. */
  let listening = false;

  const buffer = createEventBuffer<{ projectId: string; event: TrainEvent }>(items => {
    const byProject = new Map<string, TrainEvent[]>();
    for (const { projectId, event } of items) byProject.set(projectId, [...(byProject.get(projectId) ?? []), event]);
    for (const [projectId, events] of byProject) {
      updateProjectTraining(set, projectId, t => applyEvents(t, events));
      if (events.some(e => e.type === 'done' || e.type === 'error')) onRunEnded(projectId);
    }
  });

  const onHostEvent = (e: HostEvent) => {
    if (e.type !== 'train') return;
    const projectId = owners.get(e.sessionId);
    if (projectId !== undefined) buffer.push({ projectId, event: e.event });
    else if (starting > 0 && early.length < MAX_EARLY_EVENTS) early.push(e);
  };

  const control = (
    command: Parameters<ActionDeps['host']['controlTraining']>[0]['command'],
    pending?: 'pause' | 'resume' | 'stop',
  ) => {
    const state = get();
    const projectId = state.meta.id;
    const session = projectTrainingOf(state).session;
    const sessionId = sessionIdOf(session);
    if (!sessionId || !isLive(session)) return;
    if (pending)
      updateProjectTraining(set, projectId, t => ({ session: withPending(t.session, pending), commandError: null }));
    host.controlTraining({ sessionId, command }).catch(error =>
      updateProjectTraining(set, projectId, t => ({
        session: withPending(t.session, null),
        commandError: toUserError(error),
      })),
    );
  };

  return {
    async startTraining() {
      const state = get();
      const projectId = state.meta.id;
      const { session, probe } = projectTrainingOf(state);
      if (isBusy(session)) return;
      if (!listening) {
        host.onEvent(onHostEvent);
        listening = true;
      }
      const project = selectProject(state);
      const baseDir = selectBaseDir(state);
      const { limit } = state.training;
      updateProjectTraining(set, projectId, {
        session: { phase: 'starting', project, sessionId: null, outDir: null },
        exported: { status: 'idle' },
        commandError: null,
      });
      starting++;
      try {
        const started = await host.startTraining({
          project,
          probeIndex: probe.index,
          ...(baseDir && { baseDir }),
          ...(state.filePath && { projectFile: state.filePath }),
          ...(limit && { limit }),
          ...(state.initialWeights && { initialWeights: state.initialWeights }),
        });
        owners.set(started.sessionId, projectId);
        updateProjectTraining(set, projectId, t => ({
          session: sessionStarted(t.session, started.sessionId, started.outDir),
        }));
        const replay = early.filter(e => e.sessionId === started.sessionId);
        early = early.filter(e => e.sessionId !== started.sessionId);
        replay.forEach(onHostEvent);
      } catch (error) {
        updateProjectTraining(set, projectId, { session: { phase: 'error', error: toUserError(error), run: null } });
      } finally {
        if (--starting === 0) early = [];
      }
    },
    pauseTraining: () => control({ type: 'pause' }, 'pause'),
    resumeTraining: () => control({ type: 'resume' }, 'resume'),
    stopTraining: () => control({ type: 'stop' }, 'stop'),
    setLiveLearningRate: value => control({ type: 'setLearningRate', value }),
  };
}
