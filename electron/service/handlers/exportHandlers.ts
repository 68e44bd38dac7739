import path from 'node:path';
import { peekDataset } from '../../../engine/data/load';
import { inputShapeOf } from '../../../engine/graph/inputShape';
import { EXPORTERS } from '../../../engine/export';
import { layerContextOf } from '../../../engine/graph/layerContext';
import { loadTrainedModel } from '../../../engine/tf/trainedModel';
import { writeError } from '../fileErrors';
import { soundGraph } from '../soundGraph';
import type { HostHandlers, ServiceContext } from '../serviceContext';

/** Writes a trained model in another format, as `convas export` does. */
export function registerExportHandlers(ctx: ServiceContext): Pick<HostHandlers, 'exportModel'> {
  return {
    async exportModel({ project, baseDir, weightsDir, format, outDir }) {
      const dataset = await peekDataset(project.dataset, baseDir ?? ctx.defaultBaseDir, { imageShape: inputShapeOf(project) });
      const analysis = soundGraph(project, dataset);
      await ctx.backend();
      const model = await loadTrainedModel(analysis, path.resolve(weightsDir), layerContextOf(dataset));
      const target = path.resolve(outDir);
      try {
        const { files } = await EXPORTERS[format].write({ project, analysis, model, classNames: dataset.classNames, outDir: target, baseDir: baseDir ?? ctx.defaultBaseDir });
        return { outDir: target, files };
      } catch (e) {
        throw writeError(target, e);
      } finally {
        model.dispose();
      }
    },
  };
}
