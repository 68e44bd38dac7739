import type { TestMetrics } from '../../../engine/core/train/protocol';
import { formatPercent, formatValue } from '../../shared/format';
import { accuracyVerdict, r2Verdict } from './scoreTone';

interface Props {
  test: TestMetrics;
  classes: number;
}

/** The run's test score, first and beside the progress: the number that says how good the model is. */
export function ResultHeadline({ test, classes }: Props) {
  const regression = test.task === 'regression';
  const verdict = regression ? r2Verdict(test.r2) : accuracyVerdict(test.accuracy, classes, test.count);
  return (
    <p className="tp-headline" data-tone={verdict.tone}>
      <span>{regression ? 'Test R²' : 'Test accuracy'}</span>
      <strong>{regression ? formatValue(test.r2) : formatPercent(test.accuracy)}</strong>
      {regression && <span>MAE {formatValue(test.mae)}</span>}
      <span className="tp-note">
        on {test.count.toLocaleString('en-US')} test images · {verdict.note}
      </span>
    </p>
  );
}
