/** Regression metrics over a split, accumulated batch by batch in float64. */
import type { SplitSource } from '../core/data/types';
import type { RegressionMetrics } from '../core/train/protocol';

/** Scatter points kept, spread evenly over the split. */
const MAX_POINTS = 1000;
const WORST_COUNT = 8;

type Worst = Omit<RegressionMetrics['worst'][number], 'image'> & { error: number };

/**
 * @example
 * const acc = new RegressionAccumulator(split.count, 1);
 * acc.add(indices, y, predicted); // per batch
 * const metrics = await acc.finish(split);
 */
export class RegressionAccumulator {
  private readonly sum: Float64Array;
  private readonly sumSquares: Float64Array;
  private squaredError = 0;
  private absoluteError = 0;
  private count = 0;
  private readonly points: RegressionMetrics['points'] = [];
  private readonly worst: Worst[] = [];

  constructor(
    private readonly splitCount: number,
    private readonly width: number,
  ) {
    this.sum = new Float64Array(width);
    this.sumSquares = new Float64Array(width);
  }

  /** Rows of one batch: their split indices, true targets and predictions (n × width each). */
  add(indices: ArrayLike<number>, truth: ArrayLike<number>, predicted: ArrayLike<number>): void {
    const w = this.width;
    for (let row = 0; row < indices.length; row++) {
      let error = 0;
      for (let t = 0; t < w; t++) {
        const y = truth[row * w + t]!,
          d = predicted[row * w + t]! - y;
        this.sum[t]! += y;
        this.sumSquares[t]! += y * y;
        this.squaredError += d * d;
        error += Math.abs(d);
      }
      this.absoluteError += error;
      this.count++;
      const index = indices[row]!;
      if (this.isPlotted(index)) this.points.push({ index, truth: truth[row * w]!, predicted: predicted[row * w]! });
      this.keepIfWorst(index, error, truth, predicted, row);
    }
  }

  /** The metrics; the worst predictions' images are read from `source` unless it is omitted. */
  async finish(source?: SplitSource): Promise<RegressionMetrics> {
    const values = this.count * this.width;
    const mse = values ? this.squaredError / values : NaN;
    let total = 0;
    for (let t = 0; t < this.width; t++)
      total += this.sumSquares[t]! - (this.sum[t]! * this.sum[t]!) / (this.count || 1);
    // Targets that never vary leave R² undefined: call a perfect fit 1 and anything else 0 (no better than the mean).
    const r2 = total > 0 ? 1 - this.squaredError / total : this.squaredError === 0 ? 1 : 0;
    const worst = await Promise.all(
      this.worst.map(async ({ error: _e, ...w }) => ({
        ...w,
        image: source ? (await source.item(w.index)).pixels : new Uint8Array(0),
      })),
    );
    return {
      task: 'regression',
      loss: mse,
      mae: values ? this.absoluteError / values : NaN,
      rmse: Math.sqrt(mse),
      r2,
      count: this.count,
      points: this.points,
      worst,
    };
  }

  /** Exactly min(count, MAX_POINTS) indices, evenly spaced. */
  private isPlotted(index: number): boolean {
    return (
      Math.floor(((index + 1) * MAX_POINTS) / this.splitCount) > Math.floor((index * MAX_POINTS) / this.splitCount)
    );
  }

  private keepIfWorst(
    index: number,
    error: number,
    truth: ArrayLike<number>,
    predicted: ArrayLike<number>,
    row: number,
  ): void {
    if (this.worst.length === WORST_COUNT && error <= this.worst.at(-1)!.error) return;
    const w = this.width;
    const entry: Worst = {
      index,
      error,
      truth: Array.from({ length: w }, (_, t) => truth[row * w + t]!),
      predicted: Array.from({ length: w }, (_, t) => predicted[row * w + t]!),
    };
    const at = this.worst.findIndex(other => error > other.error);
    this.worst.splice(at < 0 ? this.worst.length : at, 0, entry);
    if (this.worst.length > WORST_COUNT) this.worst.pop();
  }
}
