/**
 * The one contract between the UI and the main-process side. Two transports implement it: the
 * Electron preload bridge (one named function per method) and the browser shell's WebSocket
 * client. Bytes (images, feature maps) are typed arrays: structured clone carries them over
 * Electron's ipc, binary frames over the WebSocket (wireProtocol.ts). The service validates every incoming payload with HOST_METHODS' zod schemas.
 * Pure (zod + types): the renderer imports it.
 */
import { z } from 'zod';
import type { DatasetReport } from '../../engine/core/data/report/types';
import type { DatasetInfo } from '../../engine/core/data/types';
import type { ErrorCode } from '../../engine/core/errors';
import { EXPORT_FORMATS } from '../../engine/core/export/formats';
import {
  datasetSchema,
  projectIdSchema,
  projectSchema,
  trainingSchema,
  type Project,
} from '../../engine/core/project/schema';
import type { RunSummary } from '../../engine/core/runs/types';
import { BACKEND_PREFERENCES, type FeatureMap, type TrainEvent } from '../../engine/core/train/protocol';

const path = z.string().min(1).max(4096);
/** A run's id (run.json `runId`); the service finds it among the open project's runs, never by a path. */
const runId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);
const imageShape = z.tuple([
  z.number().int().min(1).max(4096),
  z.number().int().min(1).max(4096),
  z.number().int().min(1).max(4),
]);

/** Params schema of every method; results are typed in HostResults below. */
export const HOST_METHODS = {
  /** Which host, which backend, where home is. */
  getInfo: z.object({}).strict(),
  listTemplates: z.object({}).strict(),
  openProject: z.object({ path }).strict(),
  saveProject: z.object({ path, project: projectSchema }).strict(),
  recentProjects: z.object({}).strict(),
  /** The in-app file browser (browser shell) lists the server's disk through this. */
  listDirectory: z
    .object({ path: path.optional(), extensions: z.array(z.string().max(20)).max(20).optional() })
    .strict(),
  /** A new, empty folder (its parent must exist): the file browser's "New folder". */
  createDirectory: z.object({ path }).strict(),
  /** Native dialogs where the host has them (Electron); null when the user cancels. */
  pickPath: z
    .object({
      purpose: z.enum(['openProject', 'saveProject', 'chooseFolder', 'chooseFile']),
      defaultPath: path.optional(),
    })
    .strict(),
  /** Shape, classes, counts per class and sample images of a dataset. */
  /** Folder and CSV datasets are resized to `imageShape` (the project's Input node). */
  previewDataset: z
    .object({
      dataset: datasetSchema,
      baseDir: path.optional(),
      imageShape: imageShape.optional(),
      samplesPerClass: z.number().int().min(0).max(16).default(4),
    })
    .strict(),
  /** Reads every file of a dataset (progress as `datasetReport` events) and lists what is in it and what is wrong. */
  datasetReport: z
    .object({
      dataset: datasetSchema,
      baseDir: path.optional(),
      imageShape: imageShape.optional(),
      /** The project's split settings, so the report counts what training will use (default: a new project's). */
      split: trainingSchema.pick({ validationSplit: true, testSplit: true, seed: true }).optional(),
      samplesPerClass: z.number().int().min(0).max(16).default(6),
      requestId: z.string().min(1).max(100),
    })
    .strict(),
  /** The same dataset images before and after the augmentation chain ending at `nodeId`, in training mode. */
  previewAugmentation: z
    .object({
      project: projectSchema,
      baseDir: path.optional(),
      nodeId: z.string().min(1).max(100),
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31 - 1),
      count: z.number().int().min(1).max(64).default(16),
    })
    .strict(),
  startTraining: z
    .object({
      project: projectSchema,
      baseDir: path.optional(),
      outDir: path.optional(),
      /** The project's file, recorded in run.json (absent for an unsaved project). */
      projectFile: path.optional(),
      limit: z.number().int().min(1).optional(),
      backend: z.enum(BACKEND_PREFERENCES).default('auto'),
      probeIndex: z.number().int().min(0).default(0),
      /** A weights folder to start from (e.g. importModel's `weightsDir`) instead of random weights. */
      initialWeights: path.optional(),
    })
    .strict(),
  controlTraining: z
    .object({
      sessionId: z.string().min(1).max(100),
      command: z.discriminatedUnion('type', [
        z.object({ type: z.literal('pause') }).strict(),
        z.object({ type: z.literal('resume') }).strict(),
        z.object({ type: z.literal('stop') }).strict(),
        z.object({ type: z.literal('setLearningRate'), value: z.number().positive().max(10) }).strict(),
        z.object({ type: z.literal('probe'), index: z.number().int().min(0) }).strict(),
      ]),
    })
    .strict(),
  /** Every run of the project on disk (found by its id in the app's runs/ and convas-runs/ or runs/ beside it), newest first. */
  listRuns: z.object({ projectId: projectIdSchema, baseDir: path.optional() }).strict(),
  /**
   * Feature maps and first-layer filters of the graph for one dataset image: with a run's weights
   * (a run of this project that trained this very graph), else random ones.
   */
  probeGraph: z
    .object({
      project: projectSchema,
      baseDir: path.optional(),
      runId: runId.optional(),
      probeIndex: z.number().int().min(0).default(0),
    })
    .strict(),
  /** Writes a run of this project (the graph it trained) in `format` to `outDir`, created when new (its parent must exist). */
  exportModel: z
    .object({ project: projectSchema, baseDir: path.optional(), runId, format: z.enum(EXPORT_FORMATS), outDir: path })
    .strict(),
  /** A `.convas` bundle of the project, the given runs of it and a thumbnail, written atomically to `path`. */
  saveBundle: z
    .object({ path, project: projectSchema, baseDir: path.optional(), runIds: z.array(runId).max(100).default([]) })
    .strict(),
  /** Unpacks a `.convas` bundle into a new folder under the app's data folder; refused bundles write nothing. */
  openBundle: z.object({ path }).strict(),
  /** Opens a TensorFlow.js LayersModel (model.json + weights) or an ONNX model as a new project; its weights go to the app's data folder. */
  importModel: z.object({ path }).strict(),
} as const;

export type HostMethod = keyof typeof HOST_METHODS;
export type HostParams<M extends HostMethod> = z.input<(typeof HOST_METHODS)[M]>;

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  project: Project;
}
export interface DirectoryListing {
  path: string;
  parent: string | null;
  entries: { name: string; kind: 'file' | 'directory'; size: number }[];
}
export interface DatasetPreview {
  info: DatasetInfo;
  classCounts: { train: number[]; validation: number[]; test: number[] };
  /** Test-split images (grey or RGB uint8 pixels, h × w × c); `index` names them as probe images. */
  samples: { label: number; index: number; pixels: Uint8Array }[];
}
export interface AugmentationPreview {
  /** [h, w, c] of the images before (the Input's) and after the chain. */
  inputShape: number[];
  outputShape: number[];
  /** uint8 pixels (h × w × c), one per sample; outputs are clipped to 0–255 for display. */
  inputs: Uint8Array[];
  outputs: Uint8Array[];
}
export interface ProbeResult {
  probeLabel: number;
  /** The test image shown: the index asked for, kept within the split. */
  probeIndex: number;
  /** The probe image itself (uint8, `imageShape` h × w × c). */
  image: Uint8Array;
  imageShape: number[];
  maps: FeatureMap[];
  /** First conv layer's kernels: [kh, kw, cin, cout]. */
  filters: { nodeId: string; shape: number[]; data: Float32Array } | null;
}

export interface HostResults {
  getInfo: {
    host: 'electron' | 'browser' | 'cli';
    version: string;
    platform: string;
    homeDir: string;
    backend: string;
    backendDetail: string;
  };
  listTemplates: TemplateSummary[];
  openProject: { path: string; project: Project };
  saveProject: { path: string };
  recentProjects: string[];
  listDirectory: DirectoryListing;
  createDirectory: { path: string };
  pickPath: { path: string | null; supported: boolean };
  previewDataset: DatasetPreview;
  datasetReport: DatasetReport;
  previewAugmentation: AugmentationPreview;
  /** `runId` is what run.json and the run list will call the run. */
  startTraining: { sessionId: string; outDir: string; runId: string };
  controlTraining: { ok: true };
  listRuns: RunSummary[];
  probeGraph: ProbeResult;
  exportModel: { outDir: string; files: string[] };
  saveBundle: { path: string; runs: string[]; bytes: number };
  /** `path` is the unpacked project file; each run folder holds run.json and model.json. */
  openBundle: { path: string; dir: string; project: Project; runs: { name: string; dir: string }[] };
  /** The project is not saved anywhere yet; train it with `initialWeights: weightsDir`. */
  importModel: { project: Project; weightsDir: string };
}

/** Events pushed from the main-process side to every connected UI. */
export type HostEvent =
  | { type: 'train'; sessionId: string; event: TrainEvent }
  | { type: 'datasetReport'; requestId: string; done: number; total: number };

/** An error the service returns: a stable code, a message and a fix hint (engine/errors.ts). */
export interface HostError {
  code: ErrorCode | 'BAD_REQUEST';
  message: string;
  hint: string;
}

/**
 * The service's answer to one request, on every transport. Errors travel as data: Electron's
 * contextBridge and ipc drop the custom fields (code, hint) of thrown errors.
 * @example
 * const reply = await window.convas.openProject({ path });
 * if (!reply.ok) show(reply.error.message, reply.error.hint);
 */
export type HostReply<M extends HostMethod = HostMethod> =
  | { ok: true; result: HostResults[M] }
  | { ok: false; error: HostError };

/** What the Electron preload exposes as `window.convas`: one named function per method, answering HostReply. */
export type HostBridge = {
  [M in HostMethod]: (params: HostParams<M>) => Promise<HostReply<M>>;
} & {
  onEvent(listener: (event: HostEvent) => void): () => void;
};

/** What the renderer calls: one typed function per method plus the event stream. */
export type HostApi = {
  [M in HostMethod]: (params: HostParams<M>) => Promise<HostResults[M]>;
} & {
  onEvent(listener: (event: HostEvent) => void): () => void;
};

export const HOST_METHOD_NAMES = Object.keys(HOST_METHODS) as HostMethod[];
