import path from 'node:path';
import { loadProjectFile, saveProjectFile } from '../../../engine/project/files';
import { writeError } from '../fileErrors';
import { listTemplates } from '../templates';
import type { HostHandlers, ServiceContext } from '../serviceContext';

type ProjectMethods = 'listTemplates' | 'openProject' | 'saveProject' | 'recentProjects';

/** Project files, templates and the recent list. Opening or saving a file makes it recent. */
export function registerProjectHandlers(ctx: ServiceContext): Pick<HostHandlers, ProjectMethods> {
  // A recent list that cannot be written must not fail the open or save the user asked for.
  const remember = (file: string) =>
    ctx.recent.add(file).catch(e => ctx.log('convas: could not update the recent projects list', e));
  return {
    listTemplates: () => listTemplates(path.join(ctx.appRoot, 'templates'), ctx.log),
    async openProject({ path: file }) {
      const { project, file: abs } = await loadProjectFile(file);
      await remember(abs);
      return { path: abs, project };
    },
    async saveProject({ path: file, project }) {
      const abs = path.resolve(file);
      try {
        await saveProjectFile(abs, project);
      } catch (e) {
        throw writeError(abs, e);
      }
      await remember(abs);
      return { path: abs };
    },
    recentProjects: () => ctx.recent.list(),
  };
}
