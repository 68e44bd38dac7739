/** Everything the training dashboard and the feature-maps panel keep in the store. */
import type { DatasetPreview, ProbeResult } from '../../electron/contract/hostApi';
import type { DatasetReport } from '../../engine/data/report/types';
import type { EpochMetrics } from '../../engine/train/protocol';
import { IDLE, type BatchPoint, type Session, type Task } from './session';
import type { UserError } from './userError';

/** A finished run kept for overlaying on later runs of the same project. */
export interface FinishedRun {
  id: string;
  projectName: string;
  /** Counts up per project, so labels stay unique after old runs are dropped. */
  number: number;
  label: string;
  color: string;
  visible: boolean;
  reason: 'completed' | 'stopped' | 'earlyStopping';
  /** Runs overlay only runs of the same task (their third chart plots accuracy or MAE). */
  task: Task;
  /** Raw batch losses, already downsampled: a finished run never grows. */
  batches: BatchPoint[];
  epochs: EpochMetrics[];
  testAccuracy: number | null;
  testMae: number | null;
  summary: string;
}

/** `key` names the dataset the result belongs to, so a slow answer for an old choice is dropped. */
export type PreviewState =
  | { status: 'idle' }
  | { status: 'loading'; key: string }
  | { status: 'ready'; key: string; preview: DatasetPreview }
  | { status: 'error'; key: string; error: UserError };

/** The dataset report: progress while the host reads every file, then what it found. */
export type ReportState =
  | { status: 'idle' }
  | { status: 'scanning'; key: string; requestId: string; done: number; total: number }
  | { status: 'ready'; key: string; report: DatasetReport }
  | { status: 'error'; key: string; error: UserError };

export interface ProbeState {
  /** Index into the test split, shared by probeGraph and live training. */
  index: number;
  loading: boolean;
  result: ProbeResult | null;
  /** The test image `result` shows (the chosen index may have moved on while it loads). */
  resultIndex: number;
  /** Whether `result` came from trained weights (a run's folder) or random ones. */
  trained: boolean;
  /** Which weights, in words: "random weights", "weights after epoch 2", "trained weights". */
  weights: string;
  error: UserError | null;
}

export type ExportState =
  | { status: 'idle' }
  | { status: 'exporting' }
  | { status: 'done'; outDir: string; files: string[] }
  | { status: 'error'; error: UserError };

export interface TrainingState {
  session: Session;
  runs: FinishedRun[];
  /** "Train on a subset of N images": a per-run choice, not saved in the project. */
  limit: number | null;
  /** EMA weight of the batch-loss curve. */
  smoothing: number;
  preview: PreviewState;
  report: ReportState;
  probe: ProbeState;
  exported: ExportState;
  /** A pause/resume/stop/learning-rate command the host refused. */
  commandError: UserError | null;
}

export const initialTrainingState: TrainingState = {
  session: IDLE,
  runs: [],
  limit: null,
  smoothing: 0.8,
  preview: { status: 'idle' },
  report: { status: 'idle' },
  probe: { index: 0, loading: false, result: null, resultIndex: 0, trained: false, weights: 'random weights', error: null },
  exported: { status: 'idle' },
  commandError: null,
};
