/** Writing the finished run's model in the chosen format to a folder the user chose. */
import type { ExportFormat } from '../../engine/export/formats';
import { host } from '../host';
import { projectBaseDir } from './projectAccess';
import { runOf } from './session';
import { updateTraining, type StoreGet, type StoreSet } from './storeAccess';
import { toUserError } from './userError';

export interface ExportActions {
  /** Exports the finished run; the format defaults to TensorFlow.js. */
  exportRun(folder: string, format?: ExportFormat): Promise<void>;
}

export function createExportActions(set: StoreSet, get: StoreGet): ExportActions {
  return {
    async exportRun(folder, format = 'tfjs') {
      const state = get();
      const run = runOf(state.training.session);
      if (!run || state.training.session.phase !== 'done') return;
      const baseDir = projectBaseDir(state);
      updateTraining(set, { exported: { status: 'exporting' } });
      try {
        const result = await host.exportModel({
          project: run.project, weightsDir: run.outDir, format, outDir: folder, ...(baseDir && { baseDir }),
        });
        updateTraining(set, { exported: { status: 'done', outDir: result.outDir, files: result.files } });
      } catch (error) {
        updateTraining(set, { exported: { status: 'error', error: toUserError(error) } });
      }
    },
  };
}
