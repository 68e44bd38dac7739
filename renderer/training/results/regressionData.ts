/** Pure helpers for the regression result: the scatter's axis range and the worst predictions' text. */
import type { RegressionMetrics } from '../../../engine/core/train/protocol';
import { niceCeil } from '../charts/chartData';
import { formatValue } from '../../shared/format';

/** One range for both axes (so y = x is the diagonal), covering every dot with a little margin. */
export function scatterDomain(points: readonly { truth: number; predicted: number }[]): [number, number] {
  let lo = Infinity,
    hi = -Infinity;
  for (const p of points) {
    for (const v of [p.truth, p.predicted]) {
      if (!Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (lo > hi) return [0, 1];
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.05;
  return [Number((lo - pad).toPrecision(4)), Number((hi + pad).toPrecision(4))];
}

/** Round ticks inside [lo, hi], about four steps apart. */
export function scatterTicks([lo, hi]: [number, number]): number[] {
  const step = niceCeil((hi - lo) / 4);
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(6)));
  return ticks;
}

type Worst = RegressionMetrics['worst'][number];

/** "true 4.2 · predicted 6.1" per target, named when there are several. */
export function predictionLines(item: Pick<Worst, 'truth' | 'predicted'>, targetNames: readonly string[]): string[] {
  return item.truth.map((truth, k) => {
    const name = item.truth.length > 1 ? `${targetNames[k] ?? `target ${k + 1}`}: ` : '';
    return `${name}true ${formatValue(truth)} · predicted ${formatValue(item.predicted[k])}`;
  });
}

/** Absolute error summed over targets, the order `worst` comes in. */
export const absoluteError = (item: Pick<Worst, 'truth' | 'predicted'>): number =>
  item.truth.reduce((sum, t, k) => sum + Math.abs((item.predicted[k] ?? Number.NaN) - t), 0);
