/** Stratified, seeded splits: every class keeps its share in every split, and a seed replays it. */
import { ConvasError } from '../core/errors';
import type { SplitOptions } from '../core/data/types';
import { deriveSeed, mulberry32, shuffleInPlace, type Random } from './random';

/**
 * How many of each class to take so the total is exactly `total` (largest remainder;
 * ties go to the lower class index, so the result is deterministic).
 * @example
 * stratifiedQuotas([5, 3, 2], 5); // [3, 1, 1]
 */
export function stratifiedQuotas(classSizes: readonly number[], total: number): number[] {
  const all = classSizes.reduce((a, b) => a + b, 0);
  if (all === 0) return classSizes.map(() => 0);
  const exact = classSizes.map(size => (size * total) / all);
  const quotas = exact.map(Math.floor);
  let missing = total - quotas.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((_e, c) => c)
    .sort((a, b) => exact[b]! - quotas[b]! - (exact[a]! - quotas[a]!) || a - b);
  for (const c of byRemainder) {
    if (missing <= 0) break;
    if (quotas[c]! < classSizes[c]!) {
      quotas[c]!++;
      missing--;
    }
  }
  return quotas;
}

/**
 * Picks `count` indices out of `pool`, stratified by label and seeded by `random`.
 * Both halves come back in ascending order, so the data keeps its original order.
 * @example
 * const { picked, rest } = stratifiedPick(labels, allIndices(labels.length), 100, mulberry32(1));
 */
export function stratifiedPick(
  labels: ArrayLike<number>,
  pool: Uint32Array,
  count: number,
  random: Random,
): { picked: Uint32Array; rest: Uint32Array } {
  const byClass = new Map<number, number[]>();
  for (const index of pool) {
    const label = labels[index]!;
    const members = byClass.get(label);
    if (members) members.push(index);
    else byClass.set(label, [index]);
  }
  const classes = [...byClass.keys()].sort((a, b) => a - b);
  const quotas = stratifiedQuotas(
    classes.map(c => byClass.get(c)!.length),
    Math.min(count, pool.length),
  );
  const chosen = new Uint8Array(labels.length);
  classes.forEach((c, k) => {
    const members = shuffleInPlace(byClass.get(c)!, random);
    for (let i = 0; i < quotas[k]!; i++) chosen[members[i]!] = 1;
  });
  const picked: number[] = [];
  const rest: number[] = [];
  for (const index of pool) (chosen[index] ? picked : rest).push(index);
  return { picked: Uint32Array.from(picked.sort((a, b) => a - b)), rest: Uint32Array.from(rest.sort((a, b) => a - b)) };
}

/**
 * Carves validation out of the training pool (seeded by `opts.seed`), then trims the rest
 * to `opts.limit` images when asked; both stratified.
 * @example
 * const { train, validation } = planTrainValidation(labels, allIndices(n), { validationSplit: 0.1, seed: 42 });
 */
export function planTrainValidation(
  labels: ArrayLike<number>,
  pool: Uint32Array,
  opts: SplitOptions,
): { train: Uint32Array; validation: Uint32Array } {
  const sizes = plannedSplitSizes(pool.length, opts);
  const carve = stratifiedPick(labels, pool, sizes.validation, mulberry32(deriveSeed(opts.seed, 'validation')));
  const train =
    sizes.train < carve.rest.length
      ? stratifiedPick(labels, carve.rest, sizes.train, mulberry32(deriveSeed(opts.seed, 'limit'))).picked
      : carve.rest;
  return { train, validation: carve.picked };
}

/**
 * The sizes `planTrainValidation` will produce, known without labels (stratified picks are exact).
 * @example
 * plannedSplitSizes(8000, { validationSplit: 0.1, seed: 1, limit: 1000 }); // { train: 1000, validation: 800 }
 */
export function plannedSplitSizes(poolSize: number, opts: SplitOptions): { train: number; validation: number } {
  checkSplitOptions(opts);
  const validation = Math.round(opts.validationSplit * poolSize);
  return { train: Math.min(poolSize - validation, opts.limit ?? Infinity), validation };
}

function checkSplitOptions(opts: SplitOptions): void {
  if (!(opts.validationSplit >= 0 && opts.validationSplit <= 0.5)) {
    throw new ConvasError('TRAINING_CONFIG', `validationSplit must be between 0 and 0.5, got ${opts.validationSplit}`);
  }
  if (opts.limit !== undefined && !(Number.isInteger(opts.limit) && opts.limit >= 1)) {
    throw new ConvasError('TRAINING_CONFIG', `limit must be a whole number of images ≥ 1, got ${opts.limit}`);
  }
}
