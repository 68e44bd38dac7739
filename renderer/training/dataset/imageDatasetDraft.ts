/** The image-folder and CSV forms' text fields, and the dataset spec they make once complete. */
import {
  csvDatasetSchema,
  folderDatasetSchema,
  type CsvDatasetSpec,
  type DatasetSpec,
  type FolderDatasetSpec,
  type ResizeMode,
} from '../../../engine/core/project/schema';

export interface FolderDraft {
  path: string;
  resize: ResizeMode;
}
export interface CsvDraft {
  path: string;
  imageColumn: string;
  /** Comma-separated: several columns are several regression targets. */
  labelColumns: string;
  task: 'classification' | 'regression';
  resize: ResizeMode;
}

export type Checked<S> = { ok: true; spec: S } | { ok: false; reason: string };

export const RESIZE_LABELS: Record<ResizeMode, string> = {
  stretch: 'Stretch (ignore the aspect ratio)',
  centerCrop: 'Center crop (fill, cut the edges)',
  letterbox: 'Letterbox (fit, pad the edges)',
};

export const folderDraftOf = (spec: DatasetSpec): FolderDraft =>
  spec.kind === 'folder' ? { path: spec.path, resize: spec.resize } : { path: '', resize: 'stretch' };

export function csvDraftOf(spec: DatasetSpec): CsvDraft {
  if (spec.kind !== 'csv')
    return { path: '', imageColumn: '', labelColumns: '', task: 'classification', resize: 'stretch' };
  const labels = Array.isArray(spec.labelColumn) ? spec.labelColumn : [spec.labelColumn];
  return {
    path: spec.path,
    imageColumn: spec.imageColumn,
    labelColumns: labels.join(', '),
    task: spec.task,
    resize: spec.resize,
  };
}

const firstIssue = (error: { issues: { message: string; path: PropertyKey[] }[] }) => {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'dataset'}: ${issue.message}` : 'Check the fields.';
};

export function folderSpecOf(draft: FolderDraft): Checked<FolderDatasetSpec> {
  if (!draft.path.trim())
    return { ok: false, reason: 'Choose the folder that holds one subfolder per class (or train/, val/, test/).' };
  const parsed = folderDatasetSchema.safeParse({ kind: 'folder', path: draft.path.trim(), resize: draft.resize });
  return parsed.success ? { ok: true, spec: parsed.data } : { ok: false, reason: firstIssue(parsed.error) };
}

export function csvSpecOf(draft: CsvDraft): Checked<CsvDatasetSpec> {
  const labels = draft.labelColumns
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);
  if (!draft.path.trim()) return { ok: false, reason: 'Choose the CSV file.' };
  if (!draft.imageColumn.trim()) return { ok: false, reason: 'Name the column that holds the image paths.' };
  if (!labels.length)
    return {
      ok: false,
      reason:
        draft.task === 'regression'
          ? 'Name the target column (or several, comma separated).'
          : 'Name the column that holds the class labels.',
    };
  if (labels.length > 1 && draft.task === 'classification')
    return { ok: false, reason: 'Classification reads one label column; several columns are regression targets.' };
  const parsed = csvDatasetSchema.safeParse({
    kind: 'csv',
    path: draft.path.trim(),
    imageColumn: draft.imageColumn.trim(),
    labelColumn: labels.length === 1 ? labels[0] : labels,
    task: draft.task,
    resize: draft.resize,
  });
  return parsed.success ? { ok: true, spec: parsed.data } : { ok: false, reason: firstIssue(parsed.error) };
}
