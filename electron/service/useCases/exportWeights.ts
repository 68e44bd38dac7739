/** Writing trained weights in another format: the one path the app's export and `convas export` share. */
import type { DatasetInfo } from '../../../engine/core/data/types';
import type { ExportFormat } from '../../../engine/core/export/formats';
import type { GraphAnalysis } from '../../../engine/core/graph/analyze';
import { layerContextOf } from '../../../engine/core/graph/layerContext';
import type { Project } from '../../../engine/core/project/schema';
import { EXPORTERS } from '../../../engine/export';
import { loadTrainedModel } from '../../../engine/tf/trainedModel';
import { writeError } from '../fileErrors';
import { processBackend } from '../processBackend';

export interface ExportRequest {
  /** The graph the weights were trained on, analysed against its dataset (sound: see soundGraph). */
  project: Project;
  analysis: GraphAnalysis;
  dataset: DatasetInfo;
  /** A folder holding model.json (a run folder). */
  weightsDir: string;
  format: ExportFormat;
  /** Absolute; written atomically. */
  outDir: string;
  baseDir: string;
}

/**
 * Loads the weights into the graph, writes them and frees the model; a failed write names the folder (FILE_UNREADABLE).
 * @example const { files } = await exportWeights({ project, analysis, dataset, weightsDir: run.dir, format: 'onnx', outDir, baseDir });
 */
export async function exportWeights(request: ExportRequest): Promise<{ outDir: string; files: string[] }> {
  const { project, analysis, dataset, outDir, baseDir } = request;
  await processBackend();
  const model = await loadTrainedModel(analysis, request.weightsDir, layerContextOf(dataset));
  try {
    const { files } = await EXPORTERS[request.format].write({
      project,
      analysis,
      model,
      classNames: dataset.classNames,
      outDir,
      baseDir,
    });
    return { outDir, files };
  } catch (e) {
    throw writeError(outDir, e);
  } finally {
    model.dispose();
  }
}
