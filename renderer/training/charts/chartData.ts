/** Chart-ready series from run data: `{ x, y }` points, gaps (nulls) left out. */
import type { EpochMetrics } from '../../../engine/core/train/protocol';
import type { Point } from './series';

type EpochKey = 'loss' | 'accuracy' | 'mae' | 'valLoss' | 'valAccuracy' | 'valMae';
/** What an epoch chart plots: accuracy for classification runs, MAE for regression runs. */
export type EpochMetric = 'loss' | 'accuracy' | 'mae';

const VALIDATION_KEY = { loss: 'valLoss', accuracy: 'valAccuracy', mae: 'valMae' } as const satisfies Record<
  EpochMetric,
  EpochKey
>;

export const validationKey = (metric: EpochMetric): EpochKey => VALIDATION_KEY[metric];

export function epochSeries(epochs: readonly EpochMetrics[], key: EpochKey): Point[] {
  const out: Point[] = [];
  for (const e of epochs) {
    // Runs recorded before regression existed have no MAE fields.
    const y = e[key] ?? null;
    if (y !== null && Number.isFinite(y)) out.push({ x: e.epoch, y });
  }
  return out;
}

/** Validation values when the run had a validation split, else the training ones. */
export function comparableSeries(epochs: readonly EpochMetrics[], metric: EpochMetric): Point[] {
  const val = epochSeries(epochs, validationKey(metric));
  return val.length ? val : epochSeries(epochs, metric);
}

/** The smallest of 1, 2, 2.5 or 5 × 10^k that is ≥ `value`. */
export function niceCeil(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find(s => s * magnitude >= value * (1 - 1e-9))!;
  return step * magnitude;
}

/**
 * An axis from 0 to a round maximum with round ticks, about `target` steps: it stays the same
 * while the data grows within it, so recharts does not re-measure tick labels on every redraw.
 */
export function niceAxis(maxValue: number, target = 4): { max: number; ticks: number[] } {
  const step = niceCeil(Math.max(maxValue, 1e-9) / target);
  const steps = Math.max(1, Math.ceil(maxValue / step - 1e-9));
  return {
    max: Number((step * steps).toPrecision(6)),
    ticks: Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(6))),
  };
}
