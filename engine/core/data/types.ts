/** In-memory datasets: pixels stay uint8 and are converted per batch (60,000 28×28 images ≈ 47 MB). */

export type DatasetTask = 'classification' | 'regression';

export interface ImageSplit {
  /** count × h × w × c bytes, row-major, channels last. */
  images: Uint8Array;
  /** Class index per image. */
  labels: Uint8Array;
  count: number;
}

/** What validation needs to know about a dataset without loading its pixels. */
export interface DatasetInfo {
  name: string;
  /** [h, w, c] the model sees: the files' own shape (builtin, idx) or the Input node's (folder, CSV: images are resized). */
  imageShape: [number, number, number];
  /** Classification only (empty for regression). */
  classNames: string[];
  /** Absent means classification. */
  task?: DatasetTask;
  /** Regression: one name per target column. */
  targetNames?: string[];
  /** Images per split, when known. */
  sizes?: { train: number; validation: number; test: number };
}

export interface LoadedDataset extends DatasetInfo {
  train: ImageSplit;
  validation: ImageSplit;
  test: ImageSplit;
}

export interface SplitOptions {
  /** Fraction of the training images held out for validation (0 – 0.5). */
  validationSplit: number;
  seed: number;
  /** Keep at most this many training images (a quick run on a subset); validation/test keep their size. */
  limit?: number;
  /** Fraction held out for testing when the dataset has no test split of its own (folder, CSV); default 0.1. */
  testSplit?: number;
  /** Folder and CSV datasets: the Input node's [h, w, c], which images are resized and converted to. */
  imageShape?: [number, number, number];
}

/** A file left out of a dataset, with why (listed in reports and run records, never fatal). */
export interface SkippedFile {
  path: string;
  reason: string;
}

/**
 * One split as the trainer reads it, in memory or streamed from image files. Targets are written as
 * numbers: the class index (classification, `targetWidth` 1) or the regression targets.
 */
export interface SplitSource {
  readonly count: number;
  /** Numbers per image in `y`: 1 for classification, the target count for regression. */
  readonly targetWidth: number;
  /** Class index per image (classification), for stratification and confusion matrices. */
  readonly labels?: ArrayLike<number>;
  /**
   * Writes images `order[start …]` (at most `size`) as pixels / 255 into `x` and their targets into `y`;
   * resolves to how many were written. Unreadable images are skipped (fewer written) and reported by `skipped()`;
   * `rows`, when given, receives the split index of each row written, in order.
   */
  fill(
    order: ArrayLike<number>,
    start: number,
    size: number,
    x: Float32Array,
    y: Float32Array,
    rows?: number[],
  ): Promise<number>;
  /** A hint that `fill` will be asked for these next (streamed sources decode them ahead). */
  prefetch(order: ArrayLike<number>, start: number, size: number): void;
  /** One image's uint8 pixels (h × w × c) and its targets. */
  item(index: number): Promise<{ pixels: Uint8Array; targets: number[] }>;
  skipped(): SkippedFile[];
}

/** A dataset opened for training: three sources, and resources (decode workers) to release. */
export interface DatasetSources extends DatasetInfo {
  train: SplitSource;
  validation: SplitSource;
  test: SplitSource;
  close(): Promise<void>;
}
