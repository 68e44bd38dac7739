/**
 * How good a test score is, for its colour and its words: judged against chance (1 / classes, with
 * the test set's sampling error) for accuracy, and against predicting the mean (R² = 0) for regression.
 */
type ScoreTone = 'chance' | 'fair' | 'good';

interface ScoreVerdict {
  tone: ScoreTone;
  /** One line a learner can read, e.g. "chance level is 33.3 % (1 of 3 classes)". */
  note: string;
}

const percent = (v: number) => `${(v * 100).toFixed(1)} %`;

/**
 * Accuracy within two standard errors of guessing (√(p(1−p)/n) over n test images) is not better than chance.
 * @example accuracyVerdict(0.336, 3, 600).tone // 'chance'
 */
export function accuracyVerdict(accuracy: number, classes: number, testImages: number): ScoreVerdict {
  const chance = 1 / Math.max(1, classes);
  const margin = 2 * Math.sqrt((chance * (1 - chance)) / Math.max(1, testImages));
  const base = `chance level is ${percent(chance)} (1 of ${classes} classes)`;
  if (accuracy <= chance + margin) return { tone: 'chance', note: `no better than guessing: ${base}` };
  // Half-way from chance to perfect: better than guessing, but most of the room is still left.
  if (accuracy < chance + (1 - chance) / 2) return { tone: 'fair', note: `better than guessing; ${base}` };
  return { tone: 'good', note: base };
}

/** @example r2Verdict(-0.1).tone // 'chance' */
export function r2Verdict(r2: number): ScoreVerdict {
  if (!(r2 > 0)) return { tone: 'chance', note: 'R² ≤ 0: no better than always predicting the mean' };
  if (r2 < 0.5) return { tone: 'fair', note: 'R² under 0.5: explains less than half of the variation' };
  return { tone: 'good', note: 'R² 1 is perfect, 0 is predicting the mean' };
}
