/** New, open, save, save as and templates, each guarding unsaved work and reporting host errors. */
import type { TemplateSummary } from '../../electron/contract/hostApi';
import { newProjectId } from '../../engine/core/project/identity';
import { PROJECT_NAME_MAX } from '../../engine/core/project/schema';
import type { PickPath } from '../dialogs/pathPicker';
import { fileNameFor, joinPath, PROJECT_EXTENSION, projectNameOf, splitPath } from '../shared/paths';
import { errorText } from '../shared/userError';
import { blankProject, UNTITLED } from '../store/blankProject';
import { selectBaseDir, selectDirty, selectProject } from '../store/projectSelectors';
import type { ActionDeps } from '../store/storeAccess';
import { BUNDLE_EXTENSION, type BundleActions } from './bundleActions';

export interface ProjectActions {
  /** True when the caller may replace the project: nothing unsaved, or saved, or the user chose to discard. */
  guardUnsaved(action: string): Promise<boolean>;
  newProject(): Promise<void>;
  /** Opens `path`, or asks for a file. A file that cannot be opened leaves the current project as it was. */
  openProject(path?: string): Promise<void>;
  /** A template opens as a new project: a copy with its own id, so its runs are its own. */
  openTemplate(template: TemplateSummary): Promise<void>;
  saveProject(): Promise<boolean>;
  /**
   * Saving a saved project under another file makes a copy: a new project with its own id (its runs
   * stay with the original). The first save of a new or template project keeps its id and its runs.
   */
  saveProjectAs(): Promise<boolean>;
}

interface Deps extends ActionDeps, Pick<BundleActions, 'openProjectBundle'> {
  pickPath: PickPath;
}

export function createProjectActions({ get, set, host, pickPath, openProjectBundle }: Deps): ProjectActions {
  const fail = (title: string, e: unknown) => get().showNotice({ tone: 'error', title, detail: errorText(e) });

  async function writeProject(path: string, options: { newId?: boolean } = {}): Promise<boolean> {
    const before = get();
    // The file names the project unless the user named it (the name is then not the one it was opened with).
    const named = before.meta.name !== UNTITLED && before.meta.name !== before.saved.meta.name;
    if (!named && path !== before.filePath)
      get().setProjectName(projectNameOf(path).slice(0, PROJECT_NAME_MAX) || before.meta.name);
    // Metadata, like the name: outside the undo history.
    if (options.newId) set(s => ({ meta: { ...s.meta, id: newProjectId() } }));
    const s = get();
    const snapshot = { nodes: s.nodes, edges: s.edges, meta: s.meta };
    try {
      const saved = await host.saveProject({ path, project: selectProject(s) });
      get().markSaved(saved.path, snapshot);
      get().showNotice({ tone: 'info', title: `Saved ${splitPath(saved.path).name}` });
      return true;
    } catch (e) {
      fail(`Could not save ${splitPath(path).name}`, e);
      return false;
    }
  }

  const actions: ProjectActions = {
    async guardUnsaved(action) {
      if (!selectDirty(get())) return true;
      const choice = await get().askUnsaved(action);
      return choice === 'discard' || (choice === 'save' && (await actions.saveProject()));
    },
    async newProject() {
      if (await actions.guardUnsaved('starting a new project')) get().loadProject(blankProject(), null);
    },
    async openProject(path) {
      if (!(await actions.guardUnsaved('opening another project'))) return;
      const file =
        path ??
        (await pickPath({
          purpose: 'openProject',
          extensions: ['.json', BUNDLE_EXTENSION],
          ...(selectBaseDir(get()) && { defaultPath: selectBaseDir(get()) }),
        }));
      if (!file) return;
      if (file.toLowerCase().endsWith(BUNDLE_EXTENSION)) return openProjectBundle(file);
      try {
        const opened = await host.openProject({ path: file });
        get().loadProject(opened.project, opened.path);
      } catch (e) {
        fail(`Could not open ${splitPath(file).name}`, e);
      }
    },
    async openTemplate(template) {
      if (!(await actions.guardUnsaved(`opening the template “${template.name}”`))) return;
      get().loadProject({ ...structuredClone(template.project), id: newProjectId() }, null);
      get().closeDialog();
    },
    async saveProject() {
      const path = get().filePath;
      return path ? writeProject(path) : actions.saveProjectAs();
    },
    async saveProjectAs() {
      const s = get();
      const suggested = fileNameFor(s.meta.name);
      const defaultPath = s.filePath ? joinPath(splitPath(s.filePath).dir, suggested) : suggested;
      const path = await pickPath({ purpose: 'saveProject', extensions: [PROJECT_EXTENSION], defaultPath });
      if (!path) return false;
      const copy = s.filePath !== null && path !== s.filePath;
      return writeProject(path, { newId: copy });
    },
  };
  return actions;
}
