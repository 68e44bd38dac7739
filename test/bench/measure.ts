/** Timing helpers for the bench: rates as images per second, medians of repeats. */

/** The median of a non-empty list. @example median([3, 1, 2]) // 2 */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs `once` (which processes `images` images) `warmUps` times untimed, then `repeats` times
 * timed, reporting each timed rate through `onRepeat`; returns the median images per second.
 *
 * @example
 * const trainRate = medianRate(() => trainSteps(60), 60 * 64, { warmUps: 1, repeats: 3 });
 */
export function medianRate(
  once: () => void,
  images: number,
  {
    warmUps,
    repeats,
    onRepeat,
  }: { warmUps: number; repeats: number; onRepeat?: (rate: number, index: number) => void },
): number {
  for (let i = 0; i < warmUps; i++) once();
  const rates: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    once();
    const rate = images / ((performance.now() - started) / 1000);
    rates.push(rate);
    onRepeat?.(rate, i);
  }
  return median(rates);
}
