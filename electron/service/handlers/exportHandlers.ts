import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ConvasError } from '../../../engine/core/errors';
import { EXPORTERS } from '../../../engine/export';
import { layerContextOf } from '../../../engine/core/graph/layerContext';
import { trainedProject } from '../../../engine/runs/runIndex';
import { loadTrainedModel } from '../../../engine/tf/trainedModel';
import { writeError } from '../fileErrors';
import { modelRun } from '../projectRuns';
import { soundGraph } from '../soundGraph';
import type { HostHandlers, ServiceContext } from '../serviceContext';

/** A new export folder is created, but only inside a folder that exists: a mistyped parent is not built. */
async function checkParent(target: string): Promise<void> {
  const parent = path.dirname(target);
  const info = await stat(parent).catch(() => null);
  if (!info?.isDirectory()) {
    throw new ConvasError(
      'FILE_UNREADABLE',
      `${target}: cannot export there, ${info ? `${parent} is a file` : `its parent folder ${parent} does not exist`}`,
      'Choose a folder that exists, or a new folder inside one.',
    );
  }
}

/** Writes a run of the open project in another format: the graph and weights that run trained. */
export function registerExportHandlers(ctx: ServiceContext): Pick<HostHandlers, 'exportModel'> {
  return {
    async exportModel({ project, baseDir, runId, format, outDir }) {
      const run = await modelRun(ctx, project, baseDir, runId);
      const trained = trainedProject(run, project);
      const analysis = soundGraph(trained, run.dataset);
      const target = path.resolve(outDir);
      await checkParent(target);
      await ctx.backend();
      const model = await loadTrainedModel(analysis, run.summary.dir, layerContextOf(run.dataset));
      try {
        const { files } = await EXPORTERS[format].write({
          project: trained,
          analysis,
          model,
          classNames: run.dataset.classNames,
          outDir: target,
          baseDir: baseDir ?? ctx.defaultBaseDir,
        });
        return { outDir: target, files };
      } catch (e) {
        throw writeError(target, e);
      } finally {
        model.dispose();
      }
    },
  };
}
