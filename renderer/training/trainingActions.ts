/**
 * Every training and feature-maps action that asks the host, built once from the store's get/set and
 * the host (renderer/app/appActions.ts). The store holds their state; it does not know them.
 */
import type { ActionDeps } from '../store/storeAccess';
import { createPreviewActions, type PreviewActions } from './dataset/previewActions';
import { createReportActions, type ReportActions } from './dataset/reportActions';
import { createExportActions, type ExportActions } from './export/exportActions';
import { createProbeActions, type ProbeActions } from './featureMaps/probeActions';
import { createRunActions, type RunActions } from './run/runActions';
import { createRunListActions, type RunListActions } from './run/runListActions';

export interface TrainingActions
  extends RunActions,
    RunListActions,
    PreviewActions,
    ReportActions,
    ProbeActions,
    ExportActions {}

export function createTrainingActions(deps: ActionDeps): TrainingActions {
  const runList = createRunListActions(deps);
  return {
    ...createRunActions(deps, projectId => runList.runEnded(projectId)),
    ...runList,
    ...createPreviewActions(deps),
    ...createReportActions(deps),
    ...createProbeActions(deps),
    ...createExportActions(deps),
  };
}
