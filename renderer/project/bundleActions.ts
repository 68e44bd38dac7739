/** `.convas` bundles from the Project menu: save the project with its finished run, open one handed out. */
import { errorText } from '../shared/userError';
import { fileNameFor, joinPath, splitPath } from '../shared/paths';
import { pickPath } from '../dialogs/usePathPicker';
import { host } from '../host';
import { useApp } from '../store';
import { selectBaseDir, selectProject } from '../store/projectSelectors';
import { projectTrainingOf } from '../training/run/projectTraining';
import { runLabel } from '../training/run/runLabels';
import { chosenRun } from '../training/run/runList';

export const BUNDLE_EXTENSION = '.convas';

const app = () => useApp.getState();
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Asks where, then writes project + finished run + thumbnail as one `.convas` file. */
export async function saveProjectBundle(): Promise<void> {
  const s = app();
  const name = fileNameFor(s.meta.name, BUNDLE_EXTENSION);
  const defaultPath = s.filePath ? joinPath(splitPath(s.filePath).dir, name) : name;
  const file = await pickPath({
    purpose: 'saveProject',
    extensions: [BUNDLE_EXTENSION],
    defaultPath,
    title: 'Save as bundle',
  });
  if (!file) return;
  const path = file.toLowerCase().endsWith(BUNDLE_EXTENSION) ? file : `${file}${BUNDLE_EXTENSION}`;
  try {
    // The run chosen in the Train panel (the latest by default), read afresh from disk: only this project's runs.
    await app().refreshRuns();
    const run = chosenRun(projectTrainingOf(app()));
    const baseDir = selectBaseDir(app());
    const saved = await host.saveBundle({
      path,
      project: selectProject(app()),
      runIds: run ? [run.runId] : [],
      ...(baseDir && { baseDir }),
    });
    const what = run
      ? `The project, its run of ${runLabel(run)} and a thumbnail.`
      : 'The project and a thumbnail: it has no trained run yet.';
    app().showNotice({ tone: 'info', title: `Saved bundle ${splitPath(saved.path).name}`, detail: what });
  } catch (e) {
    app().showNotice({ tone: 'error', title: `Could not save ${splitPath(path).name}`, detail: errorText(e) });
  }
}

/** Unpacks a bundle into the app's own folder and opens its project; the caller guarded unsaved work. */
export async function openProjectBundle(file: string): Promise<void> {
  try {
    const opened = await host.openBundle({ path: file });
    app().loadProject(opened.project, opened.path);
    app().showNotice({
      tone: 'info',
      title: `Opened ${splitPath(file).name}`,
      detail: `Unpacked with ${plural(opened.runs.length, 'trained run')} into ${opened.dir}`,
    });
  } catch (e) {
    app().showNotice({ tone: 'error', title: `Could not open ${splitPath(file).name}`, detail: errorText(e) });
  }
}
