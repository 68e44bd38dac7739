/** What indexing an image folder or CSV produces: file lists per split, labels or targets, and what was left out. */
import type { SkippedFile } from '../../core/data/types';

/** Why a file or folder was left out; the report groups problems by these. */
export type SkipKind =
  | 'unreadable'
  | 'corrupt'
  | 'emptyFile'
  | 'notImage'
  | 'tooLarge'
  | 'emptyClass'
  | 'badRow'
  | 'symlinkLoop'
  | 'strayFile';

export interface SkippedImage extends SkippedFile {
  /** Set by the indexer and the decoder; absent on entries built elsewhere. */
  kind?: SkipKind;
}

/** One split's images: absolute paths plus a class index (classification) or targets (regression) each. */
export interface ImageEntries {
  /** Absolute. */
  paths: string[];
  /** Classification: class index per image. */
  labels?: Uint16Array;
  /** Regression: count × targetNames.length, row-major. */
  targets?: Float32Array;
  count: number;
}

export interface ImageDatasetIndex {
  name: string;
  /** The dataset folder, or the CSV's folder (image paths in a CSV are relative to it). */
  root: string;
  task: 'classification' | 'regression';
  /** Sorted by code point; classification only (empty for regression). */
  classNames: string[];
  /** Regression: the target columns, in the order given (empty for classification). */
  targetNames: string[];
  /** 'given': the folder has its own train/ (and val/, test/) folders; 'seeded': split here, from the seed. */
  splitSource: 'given' | 'seeded';
  train: ImageEntries;
  validation: ImageEntries;
  test: ImageEntries;
  /** Left out while indexing (unreadable folders, empty files, wrong extensions, bad CSV rows, …). */
  skipped: SkippedImage[];
}

/** What a scanner found before splitting: either the whole pool, or the splits the folder gives. */
export interface ScannedImages {
  name: string;
  root: string;
  task: 'classification' | 'regression';
  classNames: string[];
  targetNames: string[];
  pool: { all: ImageEntries } | { train: ImageEntries; validation?: ImageEntries; test?: ImageEntries };
  skipped: SkippedImage[];
}
