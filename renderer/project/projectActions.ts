/** New, open, save, save as and templates, each guarding unsaved work and reporting host errors. */
import type { TemplateSummary } from '../../electron/contract/hostApi';
import { errorText } from '../shared/userError';
import { fileNameFor, joinPath, PROJECT_EXTENSION, projectNameOf, splitPath } from '../shared/paths';
import { pickPath } from '../dialogs/usePathPicker';
import { host } from '../host';
import { BUNDLE_EXTENSION, openProjectBundle } from './bundleActions';
import { useApp } from '../store';
import { newProjectId } from '../../engine/core/project/identity';
import { PROJECT_NAME_MAX } from '../../engine/core/project/schema';
import { blankProject, UNTITLED } from '../store/blankProject';
import { selectBaseDir, selectDirty, selectProject } from '../store/projectSelectors';

const app = () => useApp.getState();
const fail = (title: string, e: unknown) => app().showNotice({ tone: 'error', title, detail: errorText(e) });

/** True when the caller may replace the project: nothing unsaved, or saved, or the user chose to discard. */
export async function guardUnsaved(action: string): Promise<boolean> {
  if (!selectDirty(app())) return true;
  const choice = await app().askUnsaved(action);
  return choice === 'discard' || (choice === 'save' && (await saveProject()));
}

export async function newProject(): Promise<void> {
  if (await guardUnsaved('starting a new project')) app().loadProject(blankProject(), null);
}

/** Opens `path`, or asks for a file. A file that cannot be opened leaves the current project as it was. */
export async function openProject(path?: string): Promise<void> {
  if (!(await guardUnsaved('opening another project'))) return;
  const file =
    path ??
    (await pickPath({
      purpose: 'openProject',
      extensions: ['.json', BUNDLE_EXTENSION],
      ...(selectBaseDir(app()) && { defaultPath: selectBaseDir(app()) }),
    }));
  if (!file) return;
  if (file.toLowerCase().endsWith(BUNDLE_EXTENSION)) return openProjectBundle(file);
  try {
    const opened = await host.openProject({ path: file });
    app().loadProject(opened.project, opened.path);
  } catch (e) {
    fail(`Could not open ${splitPath(file).name}`, e);
  }
}

/** A template opens as a new project: a copy with its own id, so its runs are its own. */
export async function openTemplate(template: TemplateSummary): Promise<void> {
  if (!(await guardUnsaved(`opening the template “${template.name}”`))) return;
  app().loadProject({ ...structuredClone(template.project), id: newProjectId() }, null);
  app().closeDialog();
}

export async function saveProject(): Promise<boolean> {
  const path = app().filePath;
  return path ? writeProject(path) : saveProjectAs();
}

/**
 * Saving a saved project under another file makes a copy: a new project with its own id (its runs
 * stay with the original). The first save of a new or template project keeps its id and its runs.
 */
export async function saveProjectAs(): Promise<boolean> {
  const s = app();
  const suggested = fileNameFor(s.meta.name);
  const defaultPath = s.filePath ? joinPath(splitPath(s.filePath).dir, suggested) : suggested;
  const path = await pickPath({ purpose: 'saveProject', extensions: [PROJECT_EXTENSION], defaultPath });
  if (!path) return false;
  const copy = s.filePath !== null && path !== s.filePath;
  return writeProject(path, { newId: copy });
}

async function writeProject(path: string, options: { newId?: boolean } = {}): Promise<boolean> {
  const before = app();
  // The file names the project unless the user named it (the name is then not the one it was opened with).
  const named = before.meta.name !== UNTITLED && before.meta.name !== before.saved.meta.name;
  if (!named && path !== before.filePath)
    app().setProjectName(projectNameOf(path).slice(0, PROJECT_NAME_MAX) || before.meta.name);
  // Metadata, like the name: outside the undo history.
  if (options.newId) useApp.setState(s => ({ meta: { ...s.meta, id: newProjectId() } }));
  const s = app();
  const snapshot = { nodes: s.nodes, edges: s.edges, meta: s.meta };
  try {
    const saved = await host.saveProject({ path, project: selectProject(s) });
    app().markSaved(saved.path, snapshot);
    app().showNotice({ tone: 'info', title: `Saved ${splitPath(saved.path).name}` });
    return true;
  } catch (e) {
    fail(`Could not save ${splitPath(path).name}`, e);
    return false;
  }
}
