/** What the app knows of one run on disk, read from its run.json. Pure: the UI lists these. */
import type { TrainingConfig } from '../project/schema';

export interface RunSummary {
  runId: string;
  projectId: string;
  /** The project file the run started from; null for a project that was not saved then. */
  projectFile: string | null;
  /** graphHash of the graph it trained (engine/project/identity). */
  graphHash: string;
  /** The run's folder: model.json, weights, run.json. */
  dir: string;
  /** When the run started; lists are ordered by it, newest first. */
  startedAt: string;
  /** When run.json was last written (after each epoch and at the end). */
  writtenAt: string;
  /** True once the run ended (completed, stopped or stopped early) and was scored on the test split. */
  finished: boolean;
  reason: 'completed' | 'stopped' | 'earlyStopping';
  /** Epochs done, and the epochs the run was set to train. */
  epochs: number;
  training: TrainingConfig;
  params: number;
  backend: string;
  durationSeconds: number;
  task: 'classification' | 'regression';
  classNames: string[];
  imageShape: number[];
  /** Test metrics, when it was scored: accuracy (classification) or MAE and R² (regression). */
  test: { accuracy: number | null; mae: number | null; r2: number | null; count: number } | null;
  /** Whether model.json is there: a run stopped before its first epoch has no model. */
  hasModel: boolean;
}
