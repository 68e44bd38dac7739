/**
 * Training and feature maps: per project (trainingState.ts) the session, finished runs, the runs on
 * disk, the probe and the export; for all, the dataset preview and report. Host calls live in
 * renderer/training/*Actions.
 */
import { createExportActions, type ExportActions } from '../training/export/exportActions';
import { createPreviewActions, type PreviewActions } from '../training/dataset/previewActions';
import { createProbeActions, type ProbeActions } from '../training/featureMaps/probeActions';
import { updateProjectTraining } from '../training/run/projectTraining';
import { createReportActions, type ReportActions } from '../training/dataset/reportActions';
import { createRunActions, type RunActions } from '../training/run/runActions';
import { createRunListActions, type RunListActions } from '../training/run/runListActions';
import { updateTraining } from '../training/run/storeAccess';
import { initialTrainingState, type TrainingState } from '../training/run/trainingState';
import type { SliceCreator } from './slice';

export interface TrainingSlice
  extends RunActions,
    RunListActions,
    PreviewActions,
    ReportActions,
    ProbeActions,
    ExportActions {
  training: TrainingState;
  setTrainingLimit(limit: number | null): void;
  setLossSmoothing(weight: number): void;
  toggleRunOverlay(runId: string): void;
}

export const createTrainingSlice: SliceCreator<TrainingSlice> = (set, get) => {
  const runList = createRunListActions(set, get);
  return {
    training: initialTrainingState,
    ...createRunActions(set, get, projectId => runList.runEnded(projectId)),
    ...runList,
    ...createPreviewActions(set, get),
    ...createReportActions(set, get),
    ...createProbeActions(set, get),
    ...createExportActions(set, get),
    setTrainingLimit: limit => updateTraining(set, { limit }),
    setLossSmoothing: smoothing => updateTraining(set, { smoothing }),
    toggleRunOverlay: runId =>
      updateProjectTraining(set, get().meta.id, t => ({
        runs: t.runs.map(r => (r.id === runId ? { ...r, visible: !r.visible } : r)),
      })),
  };
};
