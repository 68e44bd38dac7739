/** In-memory datasets: pixels stay uint8 and are converted per batch (60,000 28×28 images ≈ 47 MB). */

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
  imageShape: [number, number, number];
  classNames: string[];
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
}
