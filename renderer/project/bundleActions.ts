/** `.convas` bundles from the Project menu: save the project with its finished run, open one handed out. */
import type { PickPath } from '../dialogs/pathPicker';
import { fileNameFor, joinPath, splitPath } from '../shared/paths';
import { errorText } from '../shared/userError';
import { projectTrainingOf } from '../store/projectTraining';
import { selectBaseDir, selectProject } from '../store/projectSelectors';
import type { ActionDeps } from '../store/storeAccess';
import { runLabel } from '../training/run/runLabels';
import { chosenRun } from '../training/run/runList';

export const BUNDLE_EXTENSION = '.convas';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface BundleActions {
  /** Asks where, then writes project + finished run + thumbnail as one `.convas` file. */
  saveProjectBundle(): Promise<void>;
  /** Unpacks a bundle into the app's own folder and opens its project; the caller guarded unsaved work. */
  openProjectBundle(file: string): Promise<void>;
}

interface Deps extends Pick<ActionDeps, 'get' | 'host'> {
  pickPath: PickPath;
  /** Re-reads the open project's runs (the training actions' refreshRuns). */
  refreshRuns(): Promise<void>;
}

export function createBundleActions({ get, host, pickPath, refreshRuns }: Deps): BundleActions {
  return {
    async saveProjectBundle() {
      const s = get();
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
        await refreshRuns();
        const run = chosenRun(projectTrainingOf(get()));
        const baseDir = selectBaseDir(get());
        const saved = await host.saveBundle({
          path,
          project: selectProject(get()),
          runIds: run ? [run.runId] : [],
          ...(baseDir && { baseDir }),
        });
        const what = run
          ? `The project, its run of ${runLabel(run)} and a thumbnail.`
          : 'The project and a thumbnail: it has no trained run yet.';
        get().showNotice({ tone: 'info', title: `Saved bundle ${splitPath(saved.path).name}`, detail: what });
      } catch (e) {
        get().showNotice({ tone: 'error', title: `Could not save ${splitPath(path).name}`, detail: errorText(e) });
      }
    },
    async openProjectBundle(file) {
      try {
        const opened = await host.openBundle({ path: file });
        get().loadProject(opened.project, opened.path);
        get().showNotice({
          tone: 'info',
          title: `Opened ${splitPath(file).name}`,
          detail: `Unpacked with ${plural(opened.runs.length, 'trained run')} into ${opened.dir}`,
        });
      } catch (e) {
        get().showNotice({ tone: 'error', title: `Could not open ${splitPath(file).name}`, detail: errorText(e) });
      }
    },
  };
}
