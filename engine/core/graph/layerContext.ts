/** What the layers need to know of a dataset: how many classes, or how many regression targets. */
import type { DatasetInfo, DatasetTask } from '../data/types';
import type { GraphAnalysis } from './analyze';
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

/** The task the graph's Output node sets; classification while there is no Output. */
export function outputTask(analysis: Pick<GraphAnalysis, 'outputId' | 'byId'>): DatasetTask {
  const output = analysis.outputId ? analysis.byId.get(analysis.outputId) : undefined;
  return output?.params.task === 'regression' ? 'regression' : 'classification';
}

/**
 * What compile needs of the dataset, read back from an analysis made with it: the Output's size, as
 * classes or targets. For recompiling a trained graph (exports, the inference model) without its dataset.
 * @example compileGraph(analysis, contextFromAnalysis(analysis), name, { forInference: true });
 */
export function contextFromAnalysis(analysis: Pick<GraphAnalysis, 'outputId' | 'byId'>): LayerContext {
  const units = analysis.outputId ? analysis.byId.get(analysis.outputId)?.shape?.[0] : undefined;
  if (units === undefined) return {};
  return outputTask(analysis) === 'regression' ? { numTargets: units } : { numClasses: units };
}
