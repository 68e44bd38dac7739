import { peekDataset } from '../../../engine/data/load';
import { ConvasError } from '../../../engine/core/errors';
import { inputShapeOf } from '../../../engine/core/graph/inputShape';
import { graphHash } from '../../../engine/core/project/identity';
import { probeGraph } from '../graphProbe';
import { modelRun } from '../projectRuns';
import { soundGraph } from '../soundGraph';
import type { HostHandlers, ServiceContext } from '../serviceContext';

/** Training runs (in their workers) and feature-map probes of a graph (here, on the host's backend). */
export function registerTrainingHandlers(
  ctx: ServiceContext,
): Pick<HostHandlers, 'startTraining' | 'controlTraining' | 'probeGraph'> {
  return {
    async startTraining({ baseDir, ...request }) {
      const base = baseDir ?? ctx.defaultBaseDir;
      const { validationSplit, seed, testSplit } = request.project.training;
      const imageShape = inputShapeOf(request.project);
      // Checked here too so a broken graph or a missing dataset fails the request itself, not a run.
      soundGraph(
        request.project,
        await peekDataset(request.project.dataset, base, { validationSplit, seed, testSplit, imageShape }),
      );
      return ctx.sessions.start({ ...request, baseDir: base });
    },
    async controlTraining({ sessionId, command }) {
      ctx.sessions.control(sessionId, command);
      return { ok: true };
    },
    async probeGraph({ project, baseDir, runId, probeIndex }) {
      const run = runId === undefined ? undefined : await modelRun(ctx, project, baseDir, runId);
      if (run && run.summary.graphHash !== graphHash(project)) {
        throw new ConvasError(
          'WEIGHTS_MISMATCH',
          `the run ${runId} trained an earlier version of this graph; its weights do not fit the graph as it is now`,
          'Show random weights, or train the graph as it is now.',
        );
      }
      await ctx.backend();
      return probeGraph({
        project,
        baseDir: baseDir ?? ctx.defaultBaseDir,
        probeIndex,
        ...(run && { weightsDir: run.summary.dir }),
      });
    },
  };
}
