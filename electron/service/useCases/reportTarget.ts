/** `convas data <path>`: which dataset a path names (a folder, a CSV or a project file), and its samples as a PNG. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { DatasetReport } from '../../../engine/core/data/report/types';
import type { SplitOptions } from '../../../engine/core/data/types';
import { ConvasError } from '../../../engine/core/errors';
import type { DatasetSpec, ResizeMode } from '../../../engine/core/project/schema';
import { DEFAULT_REPORT_SHAPE, DEFAULT_REPORT_SPLIT } from '../../../engine/data/report/buildReport';
import { sampleGridPng } from '../../../engine/data/report/sampleGrid';
import { loadProjectFile } from '../../../engine/project/files';

export interface TargetChoices {
  shape?: [number, number, number];
  resize?: ResizeMode;
  csvImageColumn?: string;
  /** Comma-separated for several regression targets. */
  csvLabelColumn?: string;
  task?: string;
}

/** What a `datasetReport` request needs (its params without the request id). */
export interface ReportTarget {
  dataset: DatasetSpec;
  baseDir: string;
  split: SplitOptions;
  imageShape?: [number, number, number];
}

/**
 * A project file reports its dataset as training will read it; a folder or a CSV is read with the
 * defaults a new project has (64×64×3 unless `shape` says otherwise).
 * @example const target = await reportTarget('pets/', { shape: [32, 32, 3] }); // { dataset: { kind: 'folder', … }, … }
 */
export async function reportTarget(target: string, choices: TargetChoices): Promise<ReportTarget> {
  const abs = path.resolve(target);
  const { shape, resize } = choices;
  if (abs.endsWith('.json')) {
    const { project, baseDir } = await loadProjectFile(abs);
    const input = project.nodes.find(n => n.kind === 'input')?.params.shape as [number, number, number] | undefined;
    const dataset =
      resize && (project.dataset.kind === 'folder' || project.dataset.kind === 'csv')
        ? { ...project.dataset, resize }
        : project.dataset;
    const { validationSplit, testSplit, seed } = project.training;
    const imageShape = shape ?? input;
    return { dataset, baseDir, split: { validationSplit, testSplit, seed }, ...(imageShape && { imageShape }) };
  }
  const info = await stat(abs).catch(() => {
    throw new ConvasError('DATASET_MISSING', `${abs}: no such file or folder`);
  });
  const defaults = { baseDir: '/', split: DEFAULT_REPORT_SPLIT, imageShape: shape ?? DEFAULT_REPORT_SHAPE };
  if (info.isDirectory()) return { dataset: { kind: 'folder', path: abs, resize: resize ?? 'stretch' }, ...defaults };
  if (!abs.toLowerCase().endsWith('.csv'))
    throw new ConvasError('DATASET_FORMAT', `${abs}: expected an image folder, a .csv file or a .convas.json project`);
  if (!choices.csvImageColumn || !choices.csvLabelColumn) {
    throw new ConvasError('DATASET_COLUMN', `${abs}: a CSV needs --csv-image-column and --csv-label-column`);
  }
  const labels = choices.csvLabelColumn
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);
  const task = choices.task ?? 'classification';
  if (task !== 'classification' && task !== 'regression')
    throw new ConvasError('DATASET_FORMAT', `--task: "${task}" is not classification or regression`);
  const dataset: DatasetSpec = {
    kind: 'csv',
    path: abs,
    imageColumn: choices.csvImageColumn,
    labelColumn: labels.length === 1 ? labels[0]! : labels,
    task,
    resize: resize ?? 'stretch',
  };
  return { dataset, ...defaults };
}

/**
 * Writes the report's samples as a PNG grid (one row per class), never inside the dataset.
 * @example await writeSampleGrid('/tmp/pets-samples.png', report);
 */
export async function writeSampleGrid(file: string, report: DatasetReport): Promise<void> {
  const root = path.resolve(report.root) + path.sep;
  if (file.startsWith(root))
    throw new ConvasError(
      'DATASET_FORMAT',
      `--samples: ${file} is inside the dataset folder; Convas never writes there`,
      'Write the samples somewhere else.',
    );
  await writeFileAtomic(file, await sampleGridPng(report.samples, report.info.imageShape));
}
