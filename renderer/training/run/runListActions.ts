/** Reading the open project's runs from disk, and choosing the one Export and bundles take. */
import { selectBaseDir } from '../../store/projectSelectors';
import { projectTrainingOf, updateProjectTraining } from '../../store/projectTraining';
import type { ActionDeps } from '../../store/storeAccess';
import { toUserError } from '../../shared/userError';

export interface RunListActions {
  /** Re-reads the open project's runs (after a run ends, on opening a project, on request). */
  refreshRuns(): Promise<void>;
  /** Loads the list once for the open project (panels call it when they show). */
  ensureRuns(): void;
  chooseRun(runId: string): void;
  /** A run of `projectId` ended: its list is out of date. */
  runEnded(projectId: string): void;
}

export function createRunListActions({ get, set, host }: ActionDeps): RunListActions {
  /** The folder each project's list was read for: saving it elsewhere finds the runs beside it. */
  const readFor = new Map<string, string>();
  const refreshRuns = async () => {
    const state = get();
    const projectId = state.meta.id;
    const baseDir = selectBaseDir(state);
    readFor.set(projectId, baseDir ?? '');
    updateProjectTraining(set, projectId, t => ({
      disk: { status: 'loading', runs: t.disk.status === 'idle' ? [] : t.disk.runs },
    }));
    try {
      const runs = await host.listRuns({ projectId, ...(baseDir && { baseDir }) });
      updateProjectTraining(set, projectId, { disk: { status: 'ready', runs } });
    } catch (error) {
      updateProjectTraining(set, projectId, t => ({
        disk: { status: 'error', runs: t.disk.status === 'idle' ? [] : t.disk.runs, error: toUserError(error) },
      }));
    }
  };
  return {
    refreshRuns,
    ensureRuns() {
      const state = get();
      if (
        projectTrainingOf(state).disk.status === 'idle' ||
        readFor.get(state.meta.id) !== (selectBaseDir(state) ?? '')
      )
        void refreshRuns();
    },
    chooseRun: runId => updateProjectTraining(set, get().meta.id, { chosenRunId: runId, exported: { status: 'idle' } }),
    runEnded(projectId) {
      readFor.delete(projectId);
      if (projectId === get().meta.id) void refreshRuns();
      else updateProjectTraining(set, projectId, { disk: { status: 'idle' } });
    },
  };
}
