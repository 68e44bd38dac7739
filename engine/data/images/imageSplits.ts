/**
 * Splits for folder and CSV datasets: given folders win; otherwise a test set held out with a
 * fixed seed (so it never moves with the project's seed), then validation carved with `opts.seed`.
 * Classification is stratified; regression draws with the same seeded picks over one stratum.
 */
import { ConvasError } from '../../core/errors';
import { allIndices } from '../gather';
import { mulberry32 } from '../random';
import { planTrainValidation, stratifiedPick } from '../splits';
import type { SplitOptions } from '../../core/data/types';
import type { ImageEntries, ScannedImages } from './types';

/** Same hold-out seed as IDX datasets without test files. */
const TEST_HOLDOUT_SEED = 0x1d7e57;
const DEFAULT_TEST_SPLIT = 0.1;

export interface ImageSplits {
  train: ImageEntries;
  validation: ImageEntries;
  test: ImageEntries;
}

/**
 * Turns a scanned pool into train / validation / test; the same seed gives the same split on every machine.
 * @example
 * const { train, validation, test } = splitImages(scanned.pool, { validationSplit: 0.1, seed: 42 });
 */
export function splitImages(pool: ScannedImages['pool'], opts: SplitOptions): ImageSplits {
  const testSplit = opts.testSplit ?? DEFAULT_TEST_SPLIT;
  if (!(testSplit >= 0 && testSplit <= 0.5))
    throw new ConvasError('TRAINING_CONFIG', `testSplit must be between 0 and 0.5, got ${testSplit}`);
  const given = 'all' in pool ? undefined : pool;
  const source = 'all' in pool ? pool.all : pool.train;
  const strata = source.labels ?? new Uint8Array(source.count);
  let trainPool = allIndices(source.count);
  let test = given?.test;
  if (!test) {
    const holdOut = stratifiedPick(
      strata,
      trainPool,
      Math.round(testSplit * source.count),
      mulberry32(TEST_HOLDOUT_SEED),
    );
    test = pickEntries(source, holdOut.picked);
    trainPool = holdOut.rest;
  }
  const plan = planTrainValidation(strata, trainPool, given?.validation ? { ...opts, validationSplit: 0 } : opts);
  return {
    train: pickEntries(source, plan.train),
    validation: given?.validation ?? pickEntries(source, plan.validation),
    test,
  };
}

/**
 * The entries at `indices`, in that order, with their labels or targets.
 * @example
 * const first = pickEntries(entries, Uint32Array.of(0, 1, 2));
 */
export function pickEntries(entries: ImageEntries, indices: ArrayLike<number>): ImageEntries {
  const count = indices.length;
  const paths = new Array<string>(count);
  for (let i = 0; i < count; i++) paths[i] = entries.paths[indices[i]!]!;
  const picked: ImageEntries = { paths, count };
  if (entries.labels) picked.labels = Uint16Array.from({ length: count }, (_, i) => entries.labels![indices[i]!]!);
  if (entries.targets) {
    const width = entries.targets.length / Math.max(entries.count, 1);
    picked.targets = new Float32Array(count * width);
    for (let i = 0; i < count; i++)
      picked.targets.set(entries.targets.subarray(indices[i]! * width, (indices[i]! + 1) * width), i * width);
  }
  return picked;
}
