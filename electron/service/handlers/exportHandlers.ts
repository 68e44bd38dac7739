import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ConvasError } from '../../../engine/core/errors';
import { trainedProject } from '../../../engine/runs/runIndex';
import { modelRun } from '../projectRuns';
import type { HostHandlers, ServiceContext } from '../serviceContext';
import { soundGraph } from '../soundGraph';
import { exportWeights } from '../useCases/exportWeights';

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
      return exportWeights({
        project: trained,
        analysis,
        dataset: run.dataset,
        weightsDir: run.summary.dir,
        format,
        outDir: target,
        baseDir: baseDir ?? ctx.defaultBaseDir,
      });
    },
  };
}
