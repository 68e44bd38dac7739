/**
 * The training protocol between a session (main-process side) and its worker. Commands are
 * validated with zod wherever they cross a boundary; events are plain discriminated unions.
 * The worker receives project JSON, never tfjs objects; feature maps travel as typed arrays.
 */
import { z } from 'zod';
import type { ErrorCode } from '../errors';
import { projectSchema } from '../project/schema';

export const BACKEND_PREFERENCES = ['auto', 'gpu', 'node', 'wasm', 'cpu'] as const;

export const startCommandSchema = z
  .object({
    type: z.literal('start'),
    project: projectSchema,
    /** Folder of the project file: dataset paths are relative to it. */
    baseDir: z.string().min(1),
    /** Where checkpoints, the final model and the run record go. */
    outDir: z.string().min(1),
    /** The run's id in run.json (the service uses its session id); a new UUID when absent. */
    runId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,100}$/)
      .optional(),
    /** The project file the run was started from (absent for an unsaved project), recorded in run.json. */
    projectFile: z.string().min(1).optional(),
    backend: z.enum(BACKEND_PREFERENCES).default('auto'),
    /** Train on at most this many images (a quick run); validation and test keep their size. */
    limit: z.number().int().min(1).optional(),
    /** Index into the test split of the image whose feature maps are streamed. */
    probeIndex: z.number().int().min(0).default(0),
    /** Weights folder (model.json + .bin, e.g. from `convas import`) to start from instead of random weights; relative to baseDir. */
    initialWeights: z.string().min(1).optional(),
  })
  .strict();

export const trainCommandSchema = z.discriminatedUnion('type', [
  startCommandSchema,
  z.object({ type: z.literal('pause') }).strict(),
  z.object({ type: z.literal('resume') }).strict(),
  z.object({ type: z.literal('stop') }).strict(),
  z.object({ type: z.literal('setLearningRate'), value: z.number().positive().max(10) }).strict(),
  z.object({ type: z.literal('probe'), index: z.number().int().min(0) }).strict(),
]);

export type StartCommand = z.input<typeof startCommandSchema>;
/** A start command with its defaults filled in: what the trainer runs. */
export type StartOptions = z.output<typeof startCommandSchema>;
export type TrainCommand = z.input<typeof trainCommandSchema>;

/** Accuracy is for classification, MAE (mean absolute error over all targets) for regression; the other is null. */
export interface EpochMetrics {
  epoch: number;
  loss: number;
  accuracy: number | null;
  mae: number | null;
  valLoss: number | null;
  valAccuracy: number | null;
  valMae: number | null;
  imagesPerSecond: number;
  durationSeconds: number;
}

export interface ClassificationMetrics {
  task: 'classification';
  loss: number;
  accuracy: number;
  /** confusion[true][predicted] counts. */
  confusion: number[][];
  count: number;
}

export interface RegressionMetrics {
  task: 'regression';
  /** Mean squared error. */
  loss: number;
  mae: number;
  rmse: number;
  /** Coefficient of determination over all targets (1 = perfect, 0 = as good as predicting the mean). */
  r2: number;
  count: number;
  /** Predicted vs true of the first target, for the scatter plot (at most 1,000, evenly spread over the split). */
  points: { index: number; truth: number; predicted: number }[];
  /** The largest absolute errors (summed over targets), worst first, with their images. */
  worst: { index: number; truth: number[]; predicted: number[]; image: Uint8Array }[];
}

export type TestMetrics = ClassificationMetrics | RegressionMetrics;

export interface FeatureMap {
  nodeId: string;
  /** [h, w, channels] (or [units] for flat layers). */
  shape: number[];
  data: Float32Array;
}

export type TrainEvent =
  | {
      type: 'compiled';
      backend: string;
      backendDetail: string;
      params: number;
      dataset: {
        name: string;
        task: 'classification' | 'regression';
        classNames: string[];
        targetNames: string[];
        imageShape: number[];
        train: number;
        validation: number;
        test: number;
      };
      batchesPerEpoch: number;
      epochs: number;
      learningRate: number;
    }
  | { type: 'status'; phase: 'running' | 'paused' }
  | {
      type: 'batchEnd';
      epoch: number;
      batch: number;
      batchesPerEpoch: number;
      loss: number;
      accuracy: number | null;
      mae: number | null;
      imagesPerSecond: number;
      etaSeconds: number;
    }
  | ({
      type: 'epochEnd';
      epochs: number;
      etaSeconds: number;
      /** Live tensors after the epoch: constant from epoch to epoch unless something leaks. */
      tensors: number;
    } & EpochMetrics)
  | { type: 'featureMaps'; epoch: number; batch: number; probeIndex: number; probeLabel: number; maps: FeatureMap[] }
  /** Files that could not be decoded during this run so far (streamed datasets); they are left out. */
  | { type: 'skippedFiles'; files: { path: string; reason: string }[]; total: number }
  | { type: 'checkpoint'; epoch: number; dir: string }
  | { type: 'learningRate'; value: number }
  | {
      type: 'done';
      reason: 'completed' | 'stopped' | 'earlyStopping';
      history: EpochMetrics[];
      test: TestMetrics | null;
      durationSeconds: number;
      outDir: string;
      backend: string;
      /** The id run.json records: what export, bundles and probes name the run by. */
      runId: string;
    }
  | { type: 'error'; code: ErrorCode; message: string; hint: string };
