/** Chart series maths: exponential smoothing and downsampling, pure so the charts stay cheap. */

export interface Point {
  x: number;
  y: number;
}

/**
 * Exponential moving average with bias correction (as TensorBoard does), so the curve starts at
 * the first value instead of climbing from zero. `weight` 0 = raw, 0.99 = very smooth.
 */
export function smoothEma(values: readonly number[], weight: number): number[] {
  const w = Math.min(Math.max(weight, 0), 0.999);
  const out: number[] = new Array(values.length);
  let last = 0;
  let seen = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) {
      out[i] = v;
      continue;
    }
    last = last * w + (1 - w) * v;
    seen++;
    out[i] = w === 0 ? v : last / (1 - w ** seen);
  }
  return out;
}

/**
 * Largest-triangle-three-buckets: keeps at most `max` points, the first and last included, and
 * picks in each bucket the point that keeps the curve's visible shape (spikes survive).
 */
export function downsample<P extends Point>(points: readonly P[], max: number): P[] {
  if (max < 3 || points.length <= max) return points.slice();
  const out: P[] = [points[0]!];
  const size = (points.length - 2) / (max - 2);
  let a = 0;
  for (let b = 0; b < max - 2; b++) {
    const start = Math.floor(b * size) + 1;
    const end = Math.min(Math.floor((b + 1) * size) + 1, points.length - 1);
    const nextEnd = Math.min(Math.floor((b + 2) * size) + 1, points.length);
    let avgX = 0,
      avgY = 0;
    for (let i = end; i < nextEnd; i++) {
      avgX += points[i]!.x;
      avgY += points[i]!.y;
    }
    const n = Math.max(nextEnd - end, 1);
    avgX /= n;
    avgY /= n;
    const pa = points[a]!;
    let best = start,
      bestArea = -1;
    for (let i = start; i < end; i++) {
      const p = points[i]!;
      const area = Math.abs((pa.x - avgX) * (p.y - pa.y) - (pa.x - p.x) * (avgY - pa.y));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    out.push(points[best]!);
    a = best;
  }
  out.push(points[points.length - 1]!);
  return out;
}

/** Smoothed then downsampled batch losses: what the batch chart draws. */
export function batchLossSeries(points: readonly { step: number; loss: number }[], weight: number, max = 500): Point[] {
  const smooth = smoothEma(
    points.map(p => p.loss),
    weight,
  );
  const all = points.map((p, i) => ({ x: p.step, y: smooth[i]! })).filter(p => Number.isFinite(p.y));
  return downsample(all, max);
}
