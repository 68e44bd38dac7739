/**
 * Training and feature maps: the session (one union, changed by reduceSession), finished runs
 * for comparison, the dataset preview and report, and the probe. Host calls live in renderer/training/*Actions.
 */
import { createExportActions, type ExportActions } from '../training/exportActions';
import { createPreviewActions, type PreviewActions } from '../training/previewActions';
import { createProbeActions, type ProbeActions } from '../training/probeActions';
import { createReportActions, type ReportActions } from '../training/reportActions';
import { createRunActions, type RunActions } from '../training/runActions';
import { updateTraining } from '../training/storeAccess';
import { initialTrainingState, type TrainingState } from '../training/trainingState';
import type { SliceCreator } from './slice';

export interface TrainingSlice extends RunActions, PreviewActions, ReportActions, ProbeActions, ExportActions {
  training: TrainingState;
  setTrainingLimit(limit: number | null): void;
  setLossSmoothing(weight: number): void;
  toggleRunOverlay(runId: string): void;
}

export const createTrainingSlice: SliceCreator<TrainingSlice> = (set, get) => ({
  training: initialTrainingState,
  ...createRunActions(set, get),
  ...createPreviewActions(set, get),
  ...createReportActions(set, get),
  ...createProbeActions(set, get),
  ...createExportActions(set, get),
  setTrainingLimit: limit => updateTraining(set, { limit }),
  setLossSmoothing: smoothing => updateTraining(set, { smoothing }),
  toggleRunOverlay: runId => updateTraining(set, t => ({ runs: t.runs.map(r => (r.id === runId ? { ...r, visible: !r.visible } : r)) })),
});
