import './regression.css';
import type { RegressionMetrics } from '../../../engine/core/train/protocol';
import { formatValue } from '../../shared/format';
import { PredictionScatter } from './PredictionScatter';
import { WorstPredictions } from './WorstPredictions';

interface Props {
  test: RegressionMetrics;
  imageShape: readonly number[];
  targetNames: readonly string[];
}

/** Errors of a regression run's test split: MAE, RMSE and R², predicted vs true, and the worst misses. */
export function RegressionResult({ test, imageShape, targetNames }: Props) {
  return (
    <div className="tp-result__body">
      <div className="tp-kpis">
        <div
          className="tp-kpi"
          title="Mean absolute error: how far off a prediction is on average, in the target's units"
        >
          <span>Test MAE</span>
          <strong>{formatValue(test.mae)}</strong>
        </div>
        <div className="tp-kpi" title="Root mean squared error: like MAE, but large misses weigh more">
          <span>Test RMSE</span>
          <strong>{formatValue(test.rmse)}</strong>
        </div>
        <div className="tp-kpi" title="1 is perfect; 0 is no better than always predicting the mean">
          <span>Test R²</span>
          <strong>{formatValue(test.r2)}</strong>
        </div>
        <div className="tp-kpi">
          <span>Test loss (MSE)</span>
          <strong>{formatValue(test.loss)}</strong>
        </div>
        <div className="tp-kpi">
          <span>Test images</span>
          <strong>{test.count.toLocaleString('en-US')}</strong>
        </div>
      </div>
      <PredictionScatter points={test.points} target={targetNames[0] ?? 'target'} />
      <WorstPredictions worst={test.worst} imageShape={imageShape} targetNames={targetNames} />
    </div>
  );
}
