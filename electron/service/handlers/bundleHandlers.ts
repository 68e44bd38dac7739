import path from 'node:path';
import { writeBundle } from '../../../engine/bundle';
import { writeError } from '../fileErrors';
import { modelRun } from '../projectRuns';
import type { HostHandlers, ServiceContext } from '../serviceContext';
import { openBundleFile } from '../useCases/bundles';

/** `.convas` bundles: saved where the user says, opened only into the app's own data folder. */
export function registerBundleHandlers(ctx: ServiceContext): Pick<HostHandlers, 'saveBundle' | 'openBundle'> {
  return {
    async saveBundle({ path: file, project, baseDir, runIds }) {
      const runs = await Promise.all(runIds.map(id => modelRun(ctx, project, baseDir, id)));
      const target = path.resolve(file);
      try {
        const written = await writeBundle(
          project,
          runs.map(r => r.summary.dir),
          target,
        );
        return { path: written.file, runs: written.runs, bytes: written.bytes };
      } catch (e) {
        throw writeError(target, e);
      }
    },
    async openBundle({ path: file }) {
      const opened = await openBundleFile(file, ctx.dirs.data);
      await ctx.recent
        .add(opened.projectFile)
        .catch(e => ctx.log('convas: could not update the recent projects list', e));
      return { path: opened.projectFile, dir: opened.dir, project: opened.project, runs: opened.runs };
    },
  };
}
