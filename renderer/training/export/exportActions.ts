/** Writing a run of the open project (the chosen one, else the latest) in a format, to a folder the user chose. */
import type { ExportFormat } from '../../../engine/core/export/formats';
import { selectProject, selectBaseDir } from '../../store/projectSelectors';
import { projectTrainingOf, updateProjectTraining } from '../../store/projectTraining';
import { chosenRun } from '../run/runList';
import type { ActionDeps } from '../../store/storeAccess';
import { toUserError } from '../../shared/userError';

export interface ExportActions {
  /** Exports the chosen run; the format defaults to TensorFlow.js. The folder may be new (its parent must exist). */
  exportRun(folder: string, format?: ExportFormat): Promise<void>;
}

export function createExportActions({ get, set, host }: ActionDeps): ExportActions {
  return {
    async exportRun(folder, format = 'tfjs') {
      const state = get();
      const projectId = state.meta.id;
      const run = chosenRun(projectTrainingOf(state));
      if (!run) {
        updateProjectTraining(set, projectId, {
          exported: {
            status: 'error',
            error: {
              code: 'RUN_NOT_FOUND',
              message: 'This project has no trained run to export yet.',
              hint: 'Train it first (Train tab).',
            },
          },
        });
        return;
      }
      const baseDir = selectBaseDir(state);
      updateProjectTraining(set, projectId, { exported: { status: 'exporting' } });
      try {
        const result = await host.exportModel({
          project: selectProject(state),
          runId: run.runId,
          format,
          outDir: folder,
          ...(baseDir && { baseDir }),
        });
        updateProjectTraining(set, projectId, {
          exported: { status: 'done', outDir: result.outDir, files: result.files, format, runId: run.runId },
        });
      } catch (error) {
        updateProjectTraining(set, projectId, { exported: { status: 'error', error: toUserError(error) } });
      }
    },
  };
}
