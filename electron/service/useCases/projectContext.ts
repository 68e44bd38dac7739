/** Loads a project file, its dataset's shape and classes, and analyses the graph against them. */
import type { DatasetInfo } from '../../../engine/core/data/types';
import { ConvasError } from '../../../engine/core/errors';
import { analyzeGraph, type GraphAnalysis } from '../../../engine/core/graph/analyze';
import { inputShapeOf } from '../../../engine/core/graph/inputShape';
import { peekDataset } from '../../../engine/data/load';
import { loadProjectFile, type LoadedProject } from '../../../engine/project/files';
import { requireSoundAnalysis } from '../soundGraph';

export interface ProjectContext extends LoadedProject {
  analysis: GraphAnalysis;
  dataset?: DatasetInfo;
  /** Set when the dataset could not be read; the graph is then analysed without it. */
  datasetError?: ConvasError;
}

/**
 * @example
 * const ctx = await loadProjectContext('lenet.convas.json');
 * ctx.analysis.ok; ctx.dataset?.classNames;
 */
export async function loadProjectContext(file: string): Promise<ProjectContext> {
  const loaded = await loadProjectFile(file);
  let dataset: DatasetInfo | undefined;
  let datasetError: ConvasError | undefined;
  try {
    const { validationSplit, seed, testSplit } = loaded.project.training;
    dataset = await peekDataset(loaded.project.dataset, loaded.baseDir, {
      validationSplit,
      seed,
      testSplit,
      imageShape: inputShapeOf(loaded.project),
    });
  } catch (e) {
    if (!(e instanceof ConvasError)) throw e;
    datasetError = new ConvasError(e.code, `${loaded.file}: dataset: ${e.message}`, e.hint);
  }
  const analysis = analyzeGraph(loaded.project, dataset ? { dataset } : {});
  return { ...loaded, analysis, ...(dataset && { dataset }), ...(datasetError && { datasetError }) };
}

/** Throws the first error (graph or dataset) so commands that need a sound project stop with exit 2. */
export function requireSound(ctx: ProjectContext): asserts ctx is ProjectContext & { dataset: DatasetInfo } {
  if (ctx.datasetError) throw ctx.datasetError;
  requireSoundAnalysis(ctx.analysis, { where: ctx.file, more: 'run convas validate' });
}
