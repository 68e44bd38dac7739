import { describe, expect, it } from 'vitest';
import { absoluteError, predictionLines, scatterDomain } from '../../../../renderer/training/results/regressionData';

describe('regression result helpers', () => {
  it('gives both scatter axes one range that covers every dot', () => {
    const [lo, hi] = scatterDomain([
      { truth: 2, predicted: 1 },
      { truth: 10, predicted: 12 },
    ]);
    expect(lo).toBeLessThan(1);
    expect(hi).toBeGreaterThan(12);
    expect(hi - lo).toBeLessThan(13);
    expect(scatterDomain([])).toEqual([0, 1]);
    const [a, b] = scatterDomain([{ truth: 5, predicted: 5 }]);
    expect(a).toBeLessThan(5);
    expect(b).toBeGreaterThan(5);
  });

  it('words a prediction per target, named when there are several', () => {
    expect(predictionLines({ truth: [4.2], predicted: [6.123] }, ['age'])).toEqual(['true 4.2 · predicted 6.123']);
    expect(predictionLines({ truth: [1, 2], predicted: [1.5, 1] }, ['x', 'y'])).toEqual([
      'x: true 1 · predicted 1.5',
      'y: true 2 · predicted 1',
    ]);
    expect(absoluteError({ truth: [1, 2], predicted: [1.5, 1] })).toBe(1.5);
  });
});
