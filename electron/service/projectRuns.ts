/** The open project's runs as the service finds them: by the project's id, in the folders runs are written to. */
import { ConvasError } from '../../engine/core/errors';
import type { Project } from '../../engine/core/project/schema';
import type { RunOnDisk } from '../../engine/runs/readRun';
import { runFolders } from '../../engine/runs/runIndex';
import type { ServiceContext } from './serviceContext';

/** `baseDir` is the project file's folder; an unsaved project has none. */
export const projectRunFolders = (ctx: Pick<ServiceContext, 'dirs'>, baseDir: string | undefined): string[] =>
  runFolders({ dataDir: ctx.dirs.data, projectDir: baseDir, cwd: process.cwd() });

/**
 * A run of `project` that saved a model; RUN_NOT_FOUND or RUN_NO_MODEL otherwise.
 * @example const run = await modelRun(ctx, project, baseDir, runId); run.summary.dir // its folder
 */
export async function modelRun(
  ctx: Pick<ServiceContext, 'dirs' | 'runs'>,
  project: Pick<Project, 'id'>,
  baseDir: string | undefined,
  runId: string,
): Promise<RunOnDisk> {
  const run = await ctx.runs.find(project.id, runId, projectRunFolders(ctx, baseDir));
  if (!run.summary.hasModel)
    throw new ConvasError(
      'RUN_NO_MODEL',
      `the run ${runId} saved no model (it was stopped before its first epoch ended)`,
    );
  return run;
}
