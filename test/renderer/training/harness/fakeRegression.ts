/** What the harness streams with `?task=regression`: a believable regression run (MAE falls, a scatter near y = x). */
import type { RegressionMetrics } from '../../../../engine/core/train/protocol';
import { decodeBase64 } from './base64';

export const regressionMode = () =>
  typeof location !== 'undefined' && new URLSearchParams(location.search).get('task') === 'regression';

/** A pseudo-random number in [0, 1) from an integer, so the picture is the same on every load. */
const hash = (i: number) => {
  const x = Math.sin(i * 12.9898) * 43758.5453;
  return x - Math.floor(x);
};

/** Test metrics of a regression of "stroke thickness" (0–10) on the given digit images. */
export function regressionTest(images: readonly string[], count = 2000): RegressionMetrics {
  const points = Array.from({ length: 400 }, (_, i) => {
    const truth = 10 * hash(i + 1);
    return { index: i * 5, truth, predicted: truth + (hash(i + 999) - 0.5) * (1 + truth * 0.25) };
  });
  const worst = [...points]
    .sort((a, b) => Math.abs(b.predicted - b.truth) - Math.abs(a.predicted - a.truth))
    .slice(0, 8)
    .map((p, k) => ({
      index: p.index,
      truth: [p.truth],
      predicted: [p.predicted],
      image: decodeBase64(images[k % images.length]!),
    }));
  const errors = points.map(p => p.predicted - p.truth);
  const mae = errors.reduce((a, e) => a + Math.abs(e), 0) / errors.length;
  const mse = errors.reduce((a, e) => a + e * e, 0) / errors.length;
  return { task: 'regression', loss: mse, mae, rmse: Math.sqrt(mse), r2: 1 - mse / 8.3, count, points, worst };
}
