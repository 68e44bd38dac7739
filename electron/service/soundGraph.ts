/** The analysis a compile needs, or the graph's first error as a ConvasError the UI can show. */
import type { DatasetInfo } from '../../engine/data/types';
import { ConvasError } from '../../engine/errors';
import { analyzeGraph, type GraphAnalysis } from '../../engine/graph/analyze';
import type { Graph } from '../../engine/project/schema';

/**
 * @example
 * const analysis = soundGraph(project, await peekDataset(project.dataset, baseDir));
 */
export function soundGraph(graph: Graph, dataset: DatasetInfo): GraphAnalysis {
  const analysis = analyzeGraph(graph, { dataset });
  const errors = analysis.problems.filter(p => p.severity === 'error');
  const first = errors[0];
  if (first) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
    throw new ConvasError(first.code, `${first.message}${more}`, first.hint, errors);
  }
  return analysis;
}
