/** The dataset report for any dataset kind: the one entry point the service and the CLI call. */
import type { DatasetSpec } from '../../core/project/schema';
import type { SplitOptions } from '../../core/data/types';
import { imageDatasetReport } from './imageReport';
import { tensorDatasetReport } from './tensorReport';
import type { DatasetReport } from '../../core/data/report/types';

/** The size folder and CSV images are shown at when no Input shape is given. */
export const DEFAULT_REPORT_SHAPE: [number, number, number] = [64, 64, 3];
/** The project defaults (training.validationSplit, testSplit, seed). */
export const DEFAULT_REPORT_SPLIT: SplitOptions = { validationSplit: 0.1, testSplit: 0.1, seed: 42 };

export interface ReportOptions {
  /** The Input node's [h, w, c]; folder and CSV images are decoded to it (default 64×64×3). */
  imageShape?: [number, number, number];
  /** Sample images per class (default 6). */
  samplesPerClass?: number;
  /** How splits are made, as training will make them (default: the project defaults). */
  split?: SplitOptions;
  /** Called as files are read: `done` of `total`. */
  onProgress?(done: number, total: number): void;
}

/**
 * Reads every image of a dataset and reports what is in it (classes × splits, sizes, targets,
 * samples) and everything wrong with it (unreadable, corrupt, empty and non-image files, few or
 * imbalanced classes, duplicates, tiny images). Never writes anything.
 * @example
 * const report = await buildDatasetReport({ kind: 'folder', path: 'pets', resize: 'stretch' }, projectDir,
 *   { imageShape: [32, 32, 3], onProgress: (done, total) => bar.update(done, { total }) });
 * report.problems.filter(p => p.severity === 'error');
 */
export async function buildDatasetReport(
  spec: DatasetSpec,
  baseDir: string,
  opts: ReportOptions = {},
): Promise<DatasetReport> {
  const samplesPerClass = opts.samplesPerClass ?? 6;
  const split = opts.split ?? DEFAULT_REPORT_SPLIT;
  const progress = opts.onProgress ? { onProgress: opts.onProgress } : {};
  switch (spec.kind) {
    case 'folder':
    case 'csv':
      return imageDatasetReport(spec, baseDir, {
        imageShape: opts.imageShape ?? DEFAULT_REPORT_SHAPE,
        samplesPerClass,
        split,
        ...progress,
      });
    case 'builtin':
    case 'idx':
      return tensorDatasetReport(spec, baseDir, { samplesPerClass, split, ...progress });
  }
}
