/**
 * Training and feature maps as state: per project (trainingState.ts) the session, finished runs, the
 * runs on disk, the probe and the export; for all, the dataset preview and report. Only pure changes
 * live here; what asks the host lives with its feature (renderer/training/trainingActions.ts) and is
 * given the store's get/set and the host.
 */
import { updateProjectTraining } from './projectTraining';
import type { SliceCreator } from './slice';
import { updateTraining } from './storeAccess';
import { initialTrainingState, type TrainingState } from './trainingState';

export interface TrainingSlice {
  training: TrainingState;
  setTrainingLimit(limit: number | null): void;
  setLossSmoothing(weight: number): void;
  toggleRunOverlay(runId: string): void;
}

export const createTrainingSlice: SliceCreator<TrainingSlice> = (set, get) => ({
  training: initialTrainingState,
  setTrainingLimit: limit => updateTraining(set, { limit }),
  setLossSmoothing: smoothing => updateTraining(set, { smoothing }),
  toggleRunOverlay: runId =>
    updateProjectTraining(set, get().meta.id, t => ({
      runs: t.runs.map(r => (r.id === runId ? { ...r, visible: !r.visible } : r)),
    })),
});
