/** How much memory decoded images may take and how many threads decode them, with their overrides. */
import os from 'node:os';
import { ConvasError } from '../../core/errors';

const MIB = 2 ** 20;
/** A quarter of the machine's memory, at most 4 GiB: training, tfjs and the OS need the rest. */
const DEFAULT_CACHE_SHARE = 0.25;
const DEFAULT_CACHE_MAX = 4 * 2 ** 30;

function wholeNumber(name: string, value: string, min: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min) {
    throw new ConvasError(
      'TRAINING_CONFIG',
      `${name} must be a whole number ≥ ${min}, got "${value}"`,
      `Fix or unset the ${name} environment variable.`,
    );
  }
  return n;
}

/**
 * Bytes of decoded images a dataset may keep: min(25% of memory, 4 GiB), or CONVAS_DATA_CACHE_MB (0 = no cache).
 * @example
 * cacheBudgetBytes({ CONVAS_DATA_CACHE_MB: '512' }); // 536870912
 */
export function cacheBudgetBytes(env: NodeJS.ProcessEnv = process.env, totalMemory = os.totalmem()): number {
  const setting = env.CONVAS_DATA_CACHE_MB;
  if (setting !== undefined) return wholeNumber('CONVAS_DATA_CACHE_MB', setting, 0) * MIB;
  return Math.min(Math.floor(totalMemory * DEFAULT_CACHE_SHARE), DEFAULT_CACHE_MAX);
}

/**
 * Decode worker threads: one per available core (at least 1), or CONVAS_DECODE_THREADS.
 * @example
 * decodeThreads({ CONVAS_DECODE_THREADS: '2' }); // 2
 */
export function decodeThreads(env: NodeJS.ProcessEnv = process.env, parallelism = os.availableParallelism()): number {
  const setting = env.CONVAS_DECODE_THREADS;
  if (setting !== undefined) return wholeNumber('CONVAS_DECODE_THREADS', setting, 1);
  return Math.max(1, parallelism);
}
