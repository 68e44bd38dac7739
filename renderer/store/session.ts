/**
 * The UI's view of one training run: a single union changed only by `reduceSession`, a pure
 * function of the previous state and one TrainEvent (so it is tested without a host).
 */
import type { Project } from '../../engine/core/project/schema';
import type { EpochMetrics, FeatureMap, TrainEvent } from '../../engine/core/train/protocol';
import type { UserError } from '../shared/userError';

type CompiledInfo = Omit<Extract<TrainEvent, { type: 'compiled' }>, 'type'>;
export type DoneResult = Omit<Extract<TrainEvent, { type: 'done' }>, 'type'>;

/** Accuracy for classification runs, MAE for regression runs; the other is null. */
export interface BatchPoint {
  step: number;
  loss: number;
  accuracy: number | null;
  mae: number | null;
}

export type Task = CompiledInfo['dataset']['task'];

/** Files the run left out because they could not be read (streamed image datasets). */
export interface SkippedFiles {
  files: { path: string; reason: string }[];
  total: number;
}

export interface Progress {
  epoch: number;
  batch: number;
  batchesPerEpoch: number;
  imagesPerSecond: number;
  etaSeconds: number;
}

interface LiveMaps {
  epoch: number;
  batch: number;
  probeIndex: number;
  probeLabel: number;
  maps: FeatureMap[];
}

/** What a run accumulates once it has compiled; kept through pause, done and error. */
export interface RunData {
  sessionId: string;
  outDir: string;
  project: Project;
  info: CompiledInfo;
  learningRate: number;
  progress: Progress;
  batches: BatchPoint[];
  epochs: EpochMetrics[];
  maps: LiveMaps | null;
  /** The last epoch saved to `outDir`, whose weights a probe may load. */
  checkpointEpoch: number | null;
  /** A command the user sent that the worker has not confirmed yet. */
  pending: 'pause' | 'resume' | 'stop' | null;
  skipped: SkippedFiles | null;
}

export type Session =
  | { phase: 'idle' }
  | { phase: 'starting'; project: Project; sessionId: string | null; outDir: string | null }
  | ({ phase: 'training' } & RunData)
  | ({ phase: 'paused' } & RunData)
  | ({ phase: 'done' } & RunData & { result: DoneResult })
  | { phase: 'error'; error: UserError; run: RunData | null };

type LiveSession = Extract<Session, { phase: 'training' | 'paused' }>;

export const IDLE: Session = { phase: 'idle' };

export const isLive = (s: Session): s is LiveSession => s.phase === 'training' || s.phase === 'paused';
export const isBusy = (s: Session) => s.phase === 'starting' || isLive(s);
export const runOf = (s: Session): RunData | null =>
  s.phase === 'error' ? s.run : isLive(s) || s.phase === 'done' ? s : null;

/** Runs compiled before regression existed carry no task: they classified. */
export const taskOf = (run: Pick<RunData, 'info'> | null): Task => run?.info.dataset.task ?? 'classification';

function compiled(s: Extract<Session, { phase: 'starting' }>, e: Extract<TrainEvent, { type: 'compiled' }>): Session {
  const { type: _, ...info } = e;
  return {
    phase: 'training',
    sessionId: s.sessionId ?? '',
    outDir: s.outDir ?? '',
    project: s.project,
    info,
    learningRate: e.learningRate,
    progress: { epoch: 1, batch: 0, batchesPerEpoch: e.batchesPerEpoch, imagesPerSecond: 0, etaSeconds: Number.NaN },
    batches: [],
    epochs: [],
    maps: null,
    checkpointEpoch: null,
    pending: null,
    skipped: null,
  };
}

/** Files listed in the dashboard; the count goes on past it. */
const MAX_SKIPPED_LISTED = 50;

/** Each event names the files found since the last one. */
function addSkipped(before: SkippedFiles | null, e: Extract<TrainEvent, { type: 'skippedFiles' }>): SkippedFiles {
  return { files: [...(before?.files ?? []), ...e.files].slice(0, MAX_SKIPPED_LISTED), total: e.total };
}

/** Global batch number across epochs, the x axis of the batch-loss chart. */
const batchStep = (epoch: number, batch: number, batchesPerEpoch: number) => (epoch - 1) * batchesPerEpoch + batch;

function onLive(s: LiveSession, e: TrainEvent): Session {
  switch (e.type) {
    case 'status': {
      const phase = e.phase === 'paused' ? 'paused' : 'training';
      return { ...s, phase, pending: s.pending === 'stop' ? 'stop' : null };
    }
    case 'batchEnd': {
      const { epoch, batch, batchesPerEpoch, imagesPerSecond, etaSeconds } = e;
      const point = {
        step: batchStep(epoch, batch, batchesPerEpoch),
        loss: e.loss,
        accuracy: e.accuracy,
        mae: e.mae ?? null,
      };
      return {
        ...s,
        progress: { epoch, batch, batchesPerEpoch, imagesPerSecond, etaSeconds },
        batches: [...s.batches, point],
      };
    }
    case 'epochEnd': {
      const { type: _t, epochs: _e, etaSeconds, tensors: _n, ...metrics } = e;
      return {
        ...s,
        epochs: [...s.epochs, metrics],
        progress: { ...s.progress, batch: s.progress.batchesPerEpoch, etaSeconds },
      };
    }
    case 'featureMaps': {
      const { epoch, batch, probeIndex, probeLabel, maps } = e;
      return { ...s, maps: { epoch, batch, probeIndex, probeLabel, maps } };
    }
    case 'checkpoint':
      return { ...s, checkpointEpoch: e.epoch };
    case 'learningRate':
      return { ...s, learningRate: e.value };
    case 'skippedFiles':
      return { ...s, skipped: addSkipped(s.skipped, e) };
    case 'done': {
      const { type: _, ...result } = e;
      return {
        ...s,
        phase: 'done',
        pending: null,
        outDir: e.outDir,
        epochs: e.history.length ? e.history : s.epochs,
        result,
      };
    }
    default:
      return s;
  }
}

/** The next session state after `event`; events that do not apply to the phase are ignored. */
export function reduceSession(s: Session, e: TrainEvent): Session {
  // The last unreadable files may be found while the test split is scored, after the run is done.
  if (s.phase === 'done' && e.type === 'skippedFiles') return { ...s, skipped: addSkipped(s.skipped, e) };
  if (s.phase === 'idle' || s.phase === 'done' || s.phase === 'error') return s;
  if (e.type === 'error') {
    return {
      phase: 'error',
      error: { code: e.code, message: e.message, hint: e.hint },
      run: s.phase === 'starting' ? null : { ...s, pending: null },
    };
  }
  if (s.phase === 'starting') {
    if (e.type === 'compiled') return compiled(s, e);
    // Stopped before the model compiled: nothing ran, so there is nothing to show.
    return e.type === 'done' ? IDLE : s;
  }
  return onLive(s, e);
}

/** Records the session id and run folder the host returned for a starting session. */
export function sessionStarted(s: Session, sessionId: string, outDir: string): Session {
  return s.phase === 'starting' ? { ...s, sessionId, outDir } : s;
}

/** Marks a command as sent so the buttons can show it until the worker confirms. */
export function withPending(s: Session, pending: RunData['pending']): Session {
  return isLive(s) ? { ...s, pending } : s;
}
