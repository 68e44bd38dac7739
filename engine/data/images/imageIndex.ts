/**
 * Image folder and CSV datasets, indexed: file lists per split with labels or targets, built from
 * names and sizes only (no image is opened, so 100,000 files index in seconds). Decoding is
 * decode.ts's job, per batch; broken files found then are skipped like the ones found here.
 */
import { ConvasError } from '../../core/errors';
import type { CsvDatasetSpec, FolderDatasetSpec } from '../../core/project/schema';
import type { DatasetInfo, SplitOptions } from '../../core/data/types';
import { scanCsvDataset } from './csvIndex';
import { scanFolderDataset } from './folderIndex';
import { splitImages } from './imageSplits';
import { sortedByCodePoint } from './names';
import type { ImageDatasetIndex } from './types';

export type { ImageDatasetIndex, ImageEntries, SkippedImage, SkipKind } from './types';

/**
 * Indexes a folder or CSV dataset and refuses one that cannot be trained on (no images, a single
 * class, nothing left to train with) with a ConvasError. Paths in `spec` are relative to `baseDir`.
 * @example
 * const index = await indexImageDataset({ kind: 'folder', path: 'pets', resize: 'letterbox' }, projectDir,
 *   { validationSplit: 0.1, testSplit: 0.1, seed: 42 });
 * index.train.paths[0]; // '/home/me/project/pets/cat/001.jpg'
 */
export async function indexImageDataset(
  spec: FolderDatasetSpec | CsvDatasetSpec,
  baseDir: string,
  opts: SplitOptions,
): Promise<ImageDatasetIndex> {
  const index = await scanImageDataset(spec, baseDir, opts);
  const refusal = untrainableReason(index);
  if (refusal) throw refusal;
  return index;
}

/**
 * `indexImageDataset` without the refusal: the report shows a one-class dataset instead of failing.
 * Still throws for a missing path, a missing CSV column, or a folder with no class folders.
 * @example
 * const index = await scanImageDataset(spec, projectDir, opts); // index.classNames may have one entry
 */
export async function scanImageDataset(
  spec: FolderDatasetSpec | CsvDatasetSpec,
  baseDir: string,
  opts: SplitOptions,
): Promise<ImageDatasetIndex> {
  const scanned = spec.kind === 'folder' ? await scanFolderDataset(spec, baseDir) : await scanCsvDataset(spec, baseDir);
  const splits = splitImages(scanned.pool, opts);
  const { name, root, task, classNames, targetNames } = scanned;
  // Listing runs concurrently, so skips arrive in any order; sorted, every run reports alike.
  const skipped = sortedByCodePoint(scanned.skipped, s => s.path);
  return {
    name,
    root,
    task,
    classNames,
    targetNames,
    splitSource: 'all' in scanned.pool ? 'seeded' : 'given',
    ...splits,
    skipped,
  };
}

/**
 * Why training would refuse this index, as the ConvasError it would throw; undefined when it is usable.
 * @example
 * untrainableReason(index)?.message; // 'Only one class, "cat", in /data/pets: …'
 */
export function untrainableReason(index: ImageDatasetIndex): ConvasError | undefined {
  const total = index.train.count + index.validation.count + index.test.count;
  const skippedNote = index.skipped.length
    ? ` (${index.skipped.length} files or rows were skipped; run convas data ${index.root} to see why)`
    : '';
  if (total === 0) return new ConvasError('DATASET_EMPTY', `No usable images in ${index.name}${skippedNote}`);
  if (index.task === 'classification' && index.classNames.length < 2) {
    return new ConvasError(
      'DATASET_ONE_CLASS',
      `Only one class, "${index.classNames[0]}", in ${index.root}: a classifier needs at least two`,
    );
  }
  if (index.train.count === 0) {
    return new ConvasError(
      'DATASET_EMPTY',
      `No training images left in ${index.name} after holding out validation and test images (${total} images in all)`,
    );
  }
  return undefined;
}

/**
 * What validation needs to know: the Input node's shape (images are resized to it), classes or targets, split sizes.
 * @example
 * const info = imageDatasetInfo(index, [32, 32, 3]);
 */
export function imageDatasetInfo(index: ImageDatasetIndex, imageShape: [number, number, number]): DatasetInfo {
  return {
    name: index.name,
    imageShape,
    classNames: index.classNames,
    task: index.task,
    targetNames: index.targetNames,
    sizes: { train: index.train.count, validation: index.validation.count, test: index.test.count },
  };
}
