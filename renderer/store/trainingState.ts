/**
 * Everything the training dashboard and the feature-maps panel keep in the store. What belongs to a
 * project (its session, runs, probe, export) is kept per project id: the panels show the open
 * project's entry, so nothing of another project can appear, and a run going on in the background
 * is there again when its project is reopened.
 */
import type { DatasetPreview, ProbeResult } from '../../electron/contract/hostApi';
import type { DatasetReport } from '../../engine/core/data/report/types';
import type { ExportFormat } from '../../engine/core/export/formats';
import type { RunSummary } from '../../engine/core/runs/types';
import type { TrainingConfig } from '../../engine/core/project/schema';
import type { EpochMetrics } from '../../engine/core/train/protocol';
import { IDLE, type BatchPoint, type Session, type Task } from './session';
import type { UserError } from '../shared/userError';

/** A finished run kept for overlaying on later runs of the same project. */
export interface FinishedRun {
  id: string;
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
  /** The settings it trained with: the legend says what differs between runs. */
  training: TrainingConfig;
}

/** `key` names the dataset the result belongs to, so a slow answer for an old choice is dropped. */
export type PreviewState =
  | { status: 'idle' }
  | { status: 'loading'; key: string }
  | { status: 'ready'; key: string; preview: DatasetPreview }
  | { status: 'error'; key: string; error: UserError };

/** The dataset report: progress while the host reads every file, then what it found. */
type ReportState =
  | { status: 'idle' }
  | { status: 'scanning'; key: string; requestId: string; done: number; total: number }
  | { status: 'ready'; key: string; report: DatasetReport }
  | { status: 'error'; key: string; error: UserError };

export interface ProbeState {
  /** Index into the test split, shared by probeGraph and live training. */
  index: number;
  loading: boolean;
  /** `result.probeIndex` is the test image it shows (the chosen index may have moved on while it loads). */
  result: ProbeResult | null;
  /** The run whose weights `result` used; null for random weights. */
  runId: string | null;
  /** Which weights, in words: "random weights", "weights after epoch 2", "trained weights". */
  weights: string;
  error: UserError | null;
}

type ExportState =
  | { status: 'idle' }
  | { status: 'exporting' }
  | { status: 'done'; outDir: string; files: string[]; format: ExportFormat; runId: string }
  | { status: 'error'; error: UserError };

/** The project's runs on disk (host.listRuns), newest first. */
type RunListState =
  | { status: 'idle' }
  | { status: 'loading'; runs: RunSummary[] }
  | { status: 'ready'; runs: RunSummary[] }
  | { status: 'error'; runs: RunSummary[]; error: UserError };

/** One project's training: what the Train and Feature maps panels show while it is open. */
export interface ProjectTraining {
  session: Session;
  /** Finished runs of this page's session kept for overlaying their curves. */
  runs: FinishedRun[];
  disk: RunListState;
  /** The run Export and Save as bundle take; null means the latest. */
  chosenRunId: string | null;
  probe: ProbeState;
  exported: ExportState;
  /** A pause/resume/stop/learning-rate command the host refused. */
  commandError: UserError | null;
}

export interface TrainingState {
  /** Keyed by project id. */
  byProject: Record<string, ProjectTraining>;
  /** "Train on a subset of N images": a per-run choice, not saved in the project. */
  limit: number | null;
  /** EMA weight of the batch-loss curve. */
  smoothing: number;
  /** Keyed by the dataset request, so a preview or report never shows for another dataset. */
  preview: PreviewState;
  report: ReportState;
}

export const EMPTY_PROJECT_TRAINING: ProjectTraining = {
  session: IDLE,
  runs: [],
  disk: { status: 'idle' },
  chosenRunId: null,
  probe: { index: 0, loading: false, result: null, runId: null, weights: 'random weights', error: null },
  exported: { status: 'idle' },
  commandError: null,
};

export const initialTrainingState: TrainingState = {
  byProject: {},
  limit: null,
  smoothing: 0.8,
  preview: { status: 'idle' },
  report: { status: 'idle' },
};
