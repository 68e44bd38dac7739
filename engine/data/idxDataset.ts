/** Datasets from IDX files (the MNIST file format), as named in a project's `dataset` spec. */
import { basename, dirname } from 'node:path';
import type { IdxDatasetSpec } from '../core/project/schema';
import type { DatasetInfo, LoadedDataset, SplitOptions } from '../core/data/types';
import { resolveClassNames } from './classNames';
import { allIndices, gatherSplit } from './gather';
import { readHeaderSet, readPixelSet, readTrainAndTest, type LabelledSet, type PixelSet } from './idxSets';
import { mulberry32 } from './random';
import { planTrainValidation, plannedSplitSizes, stratifiedPick } from './splits';

/** Used when a spec has no test files; fixed so the test set never moves with the project's seed. */
const TEST_HOLDOUT_FRACTION = 0.1;
const TEST_HOLDOUT_SEED = 0x1d7e57;
/** What a peek without split options reports: the whole training pool as train. */
const NO_VALIDATION: SplitOptions = { validationSplit: 0, seed: 0 };

const holdOutCount = (trainCount: number) => Math.round(TEST_HOLDOUT_FRACTION * trainCount);

function describe(spec: IdxDatasetSpec, train: LabelledSet, test: LabelledSet | undefined) {
  const classNames = resolveClassNames(
    spec.classNames,
    [train, ...(test ? [test] : [])].map(set => ({ labels: set.labels, file: set.labelsFile })),
  );
  const imageShape: [number, number, number] = [train.rows, train.cols, 1];
  return { name: basename(dirname(train.imagesFile)), imageShape, classNames };
}

/** Test indices and the training pool: the test files when given, else a fixed stratified hold-out. */
function planTest(train: LabelledSet, test: LabelledSet | undefined) {
  const everything = allIndices(train.count);
  if (test) return { pool: everything, testIndices: allIndices(test.count) };
  const { picked, rest } = stratifiedPick(
    train.labels,
    everything,
    holdOutCount(train.count),
    mulberry32(TEST_HOLDOUT_SEED),
  );
  return { pool: rest, testIndices: picked };
}

/**
 * Loads an IDX dataset: pixels stay uint8; validation is carved from train with `opts`.
 * With no test files, a fixed 10% of train (stratified, same for every seed) becomes the test set.
 * @example
 * const data = await loadIdxDataset({ kind: 'idx', trainImages: 'train-images-idx3-ubyte.gz',
 *   trainLabels: 'train-labels-idx1-ubyte.gz' }, projectDir, { validationSplit: 0.1, seed: 42 });
 */
export async function loadIdxDataset(
  spec: IdxDatasetSpec,
  baseDir: string,
  opts: SplitOptions,
): Promise<LoadedDataset> {
  const { train, test } = await readTrainAndTest(spec, (images, labels) => readPixelSet(images, labels, baseDir));
  const info = describe(spec, train, test);
  const { pool, testIndices } = planTest(train, test);
  const plan = planTrainValidation(train.labels, pool, opts);
  const from = (set: PixelSet, indices: Uint32Array) =>
    gatherSplit(set.pixels, set.labels, set.rows * set.cols, indices);
  const splits = {
    train: from(train, plan.train),
    validation: from(train, plan.validation),
    test: from(test ?? train, testIndices),
  };
  const sizes = { train: splits.train.count, validation: splits.validation.count, test: splits.test.count };
  return { ...info, ...splits, sizes };
}

/**
 * Shape, class names and split sizes from the image headers and the label files only.
 * Sizes follow `opts` when given, else count the whole training pool as train.
 * @example
 * const info = await peekIdxDataset(spec, projectDir); // { imageShape: [28, 28, 1], classNames: [...], sizes }
 */
export async function peekIdxDataset(
  spec: IdxDatasetSpec,
  baseDir: string,
  opts = NO_VALIDATION,
): Promise<DatasetInfo> {
  const { train, test } = await readTrainAndTest(spec, (images, labels) => readHeaderSet(images, labels, baseDir));
  const testCount = test ? test.count : holdOutCount(train.count);
  const poolCount = test ? train.count : train.count - testCount;
  return { ...describe(spec, train, test), sizes: { ...plannedSplitSizes(poolCount, opts), test: testCount } };
}
