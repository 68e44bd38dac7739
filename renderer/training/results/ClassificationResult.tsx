import type { ClassificationMetrics } from '../../../engine/core/train/protocol';
import { ConfusionMatrix } from './ConfusionMatrix';
import { formatPercent, formatValue } from '../../shared/format';

/** Accuracy, loss and the confusion matrix of a classification run's test split. */
export function ClassificationResult({ test, classNames }: { test: ClassificationMetrics; classNames: string[] }) {
  return (
    <div className="tp-result__body">
      <div className="tp-kpis">
        <div className="tp-kpi">
          <span>Test accuracy</span>
          <strong>{formatPercent(test.accuracy)}</strong>
        </div>
        <div className="tp-kpi">
          <span>Test loss</span>
          <strong>{formatValue(test.loss)}</strong>
        </div>
        <div className="tp-kpi">
          <span>Test images</span>
          <strong>{test.count.toLocaleString('en-US')}</strong>
        </div>
      </div>
      <ConfusionMatrix confusion={test.confusion} classNames={classNames} />
    </div>
  );
}
