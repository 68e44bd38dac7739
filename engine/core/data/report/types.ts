/** The dataset report: what is in a dataset and everything found wrong with it. Pure types (the UI imports them). */
import type { ErrorCode } from '../../errors';
import type { DatasetInfo } from '../types';

export type ReportProblemKind =
  | 'unreadable'
  | 'corrupt'
  | 'emptyFile'
  | 'notImage'
  | 'tooLarge'
  | 'fewImages'
  | 'imbalance'
  | 'duplicate'
  | 'tooSmall'
  | 'emptyClass'
  | 'singleClass'
  | 'badRow'
  | 'symlinkLoop'
  | 'strayFile';

export interface ReportProblem {
  kind: ReportProblemKind;
  severity: 'error' | 'warning';
  message: string;
  /** Files concerned (relative to the dataset root), at most 50 listed; `count` is the full number. */
  files: string[];
  /** Why, for each listed file (same order as `files`), when the reason differs from file to file. */
  reasons?: string[];
  count: number;
  className?: string;
}

export interface DatasetReport {
  info: DatasetInfo;
  /** Root folder or CSV file the paths are relative to. */
  root: string;
  filesScanned: number;
  imagesUsable: number;
  /** Per split, images per class (classification; one entry 'all' for regression). */
  perClass: { className: string; train: number; validation: number; test: number }[];
  /** Where the splits come from: the dataset's own folders/files, or a seeded split. */
  splitSource: 'given' | 'seeded';
  /** Image sizes seen (w×h), most common first, at most 20 kinds; `count` images each. */
  sizes: { width: number; height: number; count: number }[];
  /** Regression: min, max, mean of each target. */
  targets?: { name: string; min: number; max: number; mean: number }[];
  /** Sample images per class, already resized to the input shape (uint8, h × w × c, each in a buffer of its own). */
  samples: { className: string; label: number; pixels: Uint8Array[] }[];
  problems: ReportProblem[];
  /** Set when training would refuse this dataset (one class, no images): the error it would give. */
  refusal?: { code: ErrorCode; message: string; hint: string };
}
