import { describe, expect, it } from 'vitest';
import { accuracyVerdict, r2Verdict } from '../../../../renderer/training/results/scoreTone';

/** Independent check: the share of n fair k-way guesses that land above `accuracy`, by simulation. */
function guessesBeating(accuracy: number, classes: number, n: number, trials = 2000): number {
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  let above = 0;
  for (let t = 0; t < trials; t++) {
    let right = 0;
    for (let i = 0; i < n; i++) if (random() < 1 / classes) right++;
    if (right / n >= accuracy) above++;
  }
  return above / trials;
}

describe('how a test score is judged', () => {
  it('calls chance-level accuracy chance, whatever the number of classes', () => {
    expect(accuracyVerdict(0.33, 3, 300)).toMatchObject({
      tone: 'chance',
      note: expect.stringContaining('33.3 % (1 of 3 classes)'),
    });
    expect(accuracyVerdict(0.1, 10, 2000).tone).toBe('chance');
    expect(accuracyVerdict(0.05, 10, 2000).tone).toBe('chance');
    expect(accuracyVerdict(0.6, 3, 300).tone).toBe('fair');
    expect(accuracyVerdict(0.896, 10, 2000).tone).toBe('good');
  });

  it('the chance band is as wide as guessing really scatters: guessers seldom beat its top, often beat its bottom', () => {
    for (const [classes, n] of [
      [3, 60],
      [10, 200],
      [2, 100],
    ] as const) {
      let edge = 1 / classes;
      while (accuracyVerdict(edge, classes, n).tone === 'chance') edge += 0.001;
      expect(guessesBeating(edge, classes, n)).toBeLessThan(0.05);
      expect(guessesBeating(1 / classes, classes, n)).toBeGreaterThan(0.3);
    }
  });

  it('judges regression by R² against predicting the mean', () => {
    expect(r2Verdict(0).tone).toBe('chance');
    expect(r2Verdict(-0.4).tone).toBe('chance');
    expect(r2Verdict(Number.NaN).tone).toBe('chance');
    expect(r2Verdict(0.3).tone).toBe('fair');
    expect(r2Verdict(0.985).tone).toBe('good');
  });
});
