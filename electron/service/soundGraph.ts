/** The analysis a compile needs, or the graph's first error as a ConvasError every host shows alike. */
import type { DatasetInfo } from '../../engine/core/data/types';
import { graphError } from '../../engine/core/graph/graphError';
import { analyzeGraph, type GraphAnalysis } from '../../engine/core/graph/analyze';
import type { Graph } from '../../engine/core/project/schema';

/** Where the graph came from (a file name) and what to run to see every problem, for the error's message. */
export interface SoundOptions {
  where?: string;
  more?: string;
}

/**
 * Throws the first error of an analysis (with how many more); the one check before training, export and compile.
 * @example requireSoundAnalysis(analysis, { where: 'lenet.convas.json', more: 'run convas validate' });
 */
export function requireSoundAnalysis(analysis: GraphAnalysis, options: SoundOptions = {}): void {
  const error = graphError(analysis.problems, options);
  if (error) throw error;
}

/**
 * @example
 * const analysis = soundGraph(project, await peekDataset(project.dataset, baseDir));
 */
export function soundGraph(graph: Graph, dataset: DatasetInfo, options: SoundOptions = {}): GraphAnalysis {
  const analysis = analyzeGraph(graph, { dataset });
  requireSoundAnalysis(analysis, options);
  return analysis;
}
