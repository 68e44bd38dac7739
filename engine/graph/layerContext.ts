/** What the layers need to know of a dataset: how many classes, or how many regression targets. */
import type { DatasetInfo } from '../data/types';
import type { LayerContext } from '../layers/types';

export type DatasetFit = Pick<DatasetInfo, 'imageShape' | 'classNames' | 'task' | 'targetNames'>;

/**
 * The class count for a classification dataset, the target count for a regression one; the other
 * is left unknown, so an Output of the wrong task is caught (OUTPUT_TASK_MISMATCH) instead of sized.
 * @example
 * compileGraph(analysis, layerContextOf(dataset));
 */
export function layerContextOf(dataset: Pick<DatasetFit, 'classNames' | 'task' | 'targetNames'>): LayerContext {
  return dataset.task === 'regression'
    ? { numTargets: dataset.targetNames?.length ?? 1 }
    : { numClasses: dataset.classNames.length };
}
