/** Reading the image/label file pairs an IDX spec names, with the checks that tie them together. */
import { ConvasError } from '../core/errors';
import type { IdxDatasetSpec } from '../core/project/schema';
import {
  IDX_IMAGES_HEADER_BYTES,
  parseIdxImages,
  parseIdxImagesHeader,
  parseIdxLabels,
  type IdxImagesHeader,
} from './idxFormat';
import { readIdxFile, readIdxPrefix } from './idxFiles';

/** One images file and its labels; `pixels` only when the whole file was read. */
export interface LabelledSet extends IdxImagesHeader {
  labels: Uint8Array;
  imagesFile: string;
  labelsFile: string;
}

export type PixelSet = LabelledSet & { pixels: Uint8Array };

function checkPaired<T extends LabelledSet>(set: T): T {
  if (set.count !== set.labels.length) {
    throw new ConvasError(
      'DATASET_MISMATCH',
      `${set.imagesFile} has ${set.count} images but ${set.labelsFile} has ${set.labels.length} labels`,
    );
  }
  return set;
}

function checkSameShape(train: LabelledSet, test: LabelledSet): void {
  if (train.rows !== test.rows || train.cols !== test.cols) {
    throw new ConvasError(
      'DATASET_MISMATCH',
      `${train.imagesFile} has ${train.rows}×${train.cols} images but ${test.imagesFile} has ${test.rows}×${test.cols}`,
    );
  }
}

/** Promise.all, except the error reported is the first in argument order, not the first to finish. */
async function allInOrder<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === 'rejected') throw first.reason;
  if (second.status === 'rejected') throw second.reason;
  return [first.value, second.value];
}

async function readLabels(path: string, baseDir: string) {
  const { bytes, file } = await readIdxFile(path, baseDir);
  return { labels: parseIdxLabels(bytes, file), labelsFile: file };
}

/** Reads both files whole. */
export async function readPixelSet(imagesPath: string, labelsPath: string, baseDir: string): Promise<PixelSet> {
  const [images, labels] = await allInOrder(readIdxFile(imagesPath, baseDir), readLabels(labelsPath, baseDir));
  return checkPaired({ ...parseIdxImages(images.bytes, images.file), imagesFile: images.file, ...labels });
}

/** Reads the images header and the labels, not the pixels. */
export async function readHeaderSet(imagesPath: string, labelsPath: string, baseDir: string): Promise<LabelledSet> {
  const [images, labels] = await allInOrder(
    readIdxPrefix(imagesPath, baseDir, IDX_IMAGES_HEADER_BYTES),
    readLabels(labelsPath, baseDir),
  );
  return checkPaired({ ...parseIdxImagesHeader(images.bytes, images.file), imagesFile: images.file, ...labels });
}

/**
 * Reads the train pair and, when the spec names one, the test pair, concurrently.
 * @example
 * const { train, test } = await readTrainAndTest(spec, (i, l) => readPixelSet(i, l, projectDir));
 */
export async function readTrainAndTest<T extends LabelledSet>(
  spec: IdxDatasetSpec,
  read: (images: string, labels: string) => Promise<T>,
): Promise<{ train: T; test?: T }> {
  const [train, test] = await allInOrder(
    read(spec.trainImages, spec.trainLabels),
    spec.testImages && spec.testLabels ? read(spec.testImages, spec.testLabels) : Promise.resolve(undefined),
  );
  if (test) checkSameShape(train, test);
  return { train, test };
}
