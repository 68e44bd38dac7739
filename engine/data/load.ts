/** Datasets for training: the one entry point the trainer, the CLI and validation call. */
import type { DatasetSpec } from '../project/schema';
import type { DatasetInfo, LoadedDataset, SplitOptions } from './types';
import { loadIdxDataset, peekIdxDataset } from './idxDataset';
import { loadBuiltinMnist, peekBuiltinMnist } from './mnistBuiltin';

/**
 * Loads the dataset a project names. Paths in idx specs are relative to `baseDir` (the project
 * file's folder) unless absolute. Failures are ConvasErrors (DATASET_MISSING / _FORMAT / _MISMATCH).
 * @example
 * const data = await loadDataset({ kind: 'builtin', name: 'mnist' }, projectDir, { validationSplit: 0.1, seed: 42 });
 * data.imageShape; // [28, 28, 1]
 */
export async function loadDataset(spec: DatasetSpec, baseDir: string, opts: SplitOptions): Promise<LoadedDataset> {
  switch (spec.kind) {
    case 'builtin': return loadBuiltinMnist(opts);
    case 'idx': return loadIdxDataset(spec, baseDir, opts);
  }
}

/**
 * What validation needs (image shape, class names, split sizes) without keeping any pixels:
 * idx reads the image headers and the label files. Sizes follow `opts` when given.
 * @example
 * const { imageShape, classNames } = await peekDataset(project.dataset, projectDir);
 */
export async function peekDataset(spec: DatasetSpec, baseDir: string, opts?: SplitOptions): Promise<DatasetInfo> {
  switch (spec.kind) {
    case 'builtin': return peekBuiltinMnist(opts);
    case 'idx': return peekIdxDataset(spec, baseDir, opts);
  }
}
