/** Writing the finished run's model as TensorFlow.js files to a folder the user chose. */
import { host } from '../host';
import { projectBaseDir } from './projectAccess';
import { runOf } from './session';
import { updateTraining, type StoreGet, type StoreSet } from './storeAccess';
import { toUserError } from './userError';

export interface ExportActions {
  exportRun(folder: string): Promise<void>;
}

export function createExportActions(set: StoreSet, get: StoreGet): ExportActions {
  return {
    async exportRun(folder) {
      const state = get();
      const run = runOf(state.training.session);
      if (!run || state.training.session.phase !== 'done') return;
      const baseDir = projectBaseDir(state);
      updateTraining(set, { exported: { status: 'exporting' } });
      try {
        const result = await host.exportModel({
          project: run.project, weightsDir: run.outDir, format: 'tfjs', outDir: folder, ...(baseDir && { baseDir }),
        });
        updateTraining(set, { exported: { status: 'done', outDir: result.outDir, files: result.files } });
      } catch (error) {
        updateTraining(set, { exported: { status: 'error', error: toUserError(error) } });
      }
    },
  };
}
