/** The analysis a compile needs, or the graph's first error as a ConvasError the UI can show. */
import type { DatasetInfo } from '../../engine/core/data/types';
import { graphError } from '../../engine/core/graph/graphError';
import { analyzeGraph, type GraphAnalysis } from '../../engine/core/graph/analyze';
import type { Graph } from '../../engine/core/project/schema';

/**
 * @example
 * const analysis = soundGraph(project, await peekDataset(project.dataset, baseDir));
 */
export function soundGraph(graph: Graph, dataset: DatasetInfo): GraphAnalysis {
  const analysis = analyzeGraph(graph, { dataset });
  const error = graphError(analysis.problems);
  if (error) throw error;
  return analysis;
}
