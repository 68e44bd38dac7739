import { projectRunFolders } from '../projectRuns';
import type { HostHandlers, ServiceContext } from '../serviceContext';

/** A project's runs, read from disk: what the app lists, exports, bundles and probes. */
export function registerRunHandlers(ctx: ServiceContext): Pick<HostHandlers, 'listRuns'> {
  return {
    listRuns: ({ projectId, baseDir }) => ctx.runs.list(projectId, projectRunFolders(ctx, baseDir)),
  };
}
