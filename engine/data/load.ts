/** Datasets for training: the one entry point the trainer, the CLI and validation call. */
import { ConvasError } from '../core/errors';
import type { CsvDatasetSpec, DatasetSpec, FolderDatasetSpec } from '../core/project/schema';
import type { DatasetInfo, DatasetSources, LoadedDataset, SplitOptions } from '../core/data/types';
import { imageDatasetInfo, indexImageDataset } from './images/imageIndex';
import { loadIdxDataset, peekIdxDataset } from './idxDataset';
import { memorySources } from './memorySource';
import { loadBuiltinMnist, peekBuiltinMnist } from './mnistBuiltin';
import { inProcessDecoder } from './stream/decodeChunk';
import { openStreamedDataset } from './stream/streamedDataset';

/** What a peek without split options reports: the whole training pool as train. */
const NO_VALIDATION: SplitOptions = { validationSplit: 0, seed: 0 };

/**
 * Loads an in-memory dataset (builtin or idx) whole. Paths in idx specs are relative to `baseDir`
 * (the project file's folder) unless absolute. Failures are ConvasErrors (DATASET_MISSING / _FORMAT / _MISMATCH).
 * Folder and CSV datasets are never loaded whole: open them with `openDataset`.
 * @example
 * const data = await loadDataset({ kind: 'builtin', name: 'mnist' }, projectDir, { validationSplit: 0.1, seed: 42 });
 * data.imageShape; // [28, 28, 1]
 */
export async function loadDataset(spec: DatasetSpec, baseDir: string, opts: SplitOptions): Promise<LoadedDataset> {
  switch (spec.kind) {
    case 'builtin':
      return loadBuiltinMnist(opts);
    case 'idx':
      return loadIdxDataset(spec, baseDir, opts);
    default:
      throw new ConvasError('INTERNAL', `loadDataset: ${spec.kind} datasets are streamed; use openDataset`);
  }
}

export interface OpenOptions {
  /** Decode folder and CSV images on this thread instead of a worker pool: for a few images (previews, probes). */
  inProcess?: boolean;
}

/**
 * Opens a dataset for training as three split sources: builtin and idx in memory, folder and CSV
 * streamed from their files (decoded in worker threads to `opts.imageShape`, the Input node's shape,
 * which they require). Call `close()` when done: it ends the decode workers.
 * @example
 * const data = await openDataset(project.dataset, projectDir, { validationSplit: 0.1, seed: 42, imageShape: inputShapeOf(project) });
 * try { await data.train.fill(order, 0, 64, x, y); } finally { await data.close(); }
 */
export async function openDataset(
  spec: DatasetSpec,
  baseDir: string,
  opts: SplitOptions,
  how: OpenOptions = {},
): Promise<DatasetSources> {
  switch (spec.kind) {
    case 'builtin':
    case 'idx':
      return memorySources(await loadDataset(spec, baseDir, opts));
    default: {
      const imageShape = requireImageShape(spec, opts);
      const index = await indexImageDataset(spec, baseDir, opts);
      return openStreamedDataset(index, {
        imageShape,
        resize: spec.resize,
        ...(how.inProcess && { decoder: inProcessDecoder(imageShape, spec.resize) }),
      });
    }
  }
}

/**
 * What validation needs (image shape, classes or targets, split sizes) without decoding any image:
 * idx reads the image headers and the label files, folder and CSV list their files. Sizes follow
 * the split options when given; folder and CSV need `imageShape` (the Input node's).
 * @example
 * const { imageShape, classNames } = await peekDataset(project.dataset, projectDir, { imageShape: inputShapeOf(project) });
 */
export async function peekDataset(
  spec: DatasetSpec,
  baseDir: string,
  opts: Partial<SplitOptions> = {},
): Promise<DatasetInfo> {
  const split: SplitOptions = { ...NO_VALIDATION, ...opts };
  switch (spec.kind) {
    case 'builtin':
      return peekBuiltinMnist(split);
    case 'idx':
      return peekIdxDataset(spec, baseDir, split);
    default: {
      const imageShape = requireImageShape(spec, split);
      return imageDatasetInfo(await indexImageDataset(spec, baseDir, split), imageShape);
    }
  }
}

function requireImageShape(
  spec: FolderDatasetSpec | CsvDatasetSpec,
  opts: Partial<SplitOptions>,
): [number, number, number] {
  if (opts.imageShape) return opts.imageShape;
  throw new ConvasError(
    'NO_INPUT_NODE',
    `${spec.kind} datasets are resized to the Input node's shape, and the graph has no single Input node with a valid shape`,
  );
}
