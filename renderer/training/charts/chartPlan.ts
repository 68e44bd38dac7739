/**
 * The charts' axes, known before the first event: set from the project's settings and the dataset
 * preview while idle, then from the compiled run. Axes that do not move when training starts
 * spare recharts a re-measure of every tick label in the busiest second of a run.
 */
import type { TrainingConfig } from '../../../engine/core/project/schema';
import type { RunData } from '../../store/session';
import type { PreviewState } from '../../store/trainingState';

interface ChartPlan {
  plannedEpochs: number;
  /** Batches in the whole run. */
  plannedSteps: number;
  /**
   * Cross-entropy of a uniform guess, ln(classes): where an untrained network's loss starts. Regression
   * (mean squared error) has no such value: a small floor, and the data sets the axis.
   */
  initialLoss: number;
}

const REGRESSION_LOSS_FLOOR = 0.1;

export function chartPlan(
  run: RunData | null,
  cfg: TrainingConfig,
  preview: PreviewState,
  limit: number | null,
): ChartPlan {
  if (run) {
    const { epochs, batchesPerEpoch, dataset } = run.info;
    const initialLoss =
      dataset.task === 'regression' ? REGRESSION_LOSS_FLOOR : Math.log(Math.max(2, dataset.classNames.length));
    return { plannedEpochs: epochs, plannedSteps: epochs * batchesPerEpoch, initialLoss };
  }
  const info = preview.status === 'ready' ? preview.preview.info : null;
  const sizes = info?.sizes;
  // The preview splits with the default validation share; the project's own share decides the run.
  const pool = sizes ? sizes.train + sizes.validation : 0;
  const train = Math.min(limit ?? Infinity, Math.round(pool * (1 - cfg.validationSplit)));
  const batches = train > 0 ? Math.ceil(train / Math.min(cfg.batchSize, train)) : 0;
  const initialLoss =
    info?.task === 'regression' ? REGRESSION_LOSS_FLOOR : Math.log(Math.max(2, info?.classNames.length ?? 10));
  return { plannedEpochs: cfg.epochs, plannedSteps: cfg.epochs * batches, initialLoss };
}
