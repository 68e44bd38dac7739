/**
 * Every action that asks the host, built once per page (main.tsx) from the store's get/set and the
 * host, and handed to components through ActionsProvider. Tests build them with a fake host.
 */
import type { HostApi } from '../../electron/contract/hostApi';
import { createPathPicker, type PickPath } from '../dialogs/pathPicker';
import { type BundleActions, createBundleActions } from '../project/bundleActions';
import { createImportActions, type ImportActions } from '../project/importActions';
import { createProjectActions, type ProjectActions } from '../project/projectActions';
import type { ActionDeps } from '../store/storeAccess';
import { createTrainingActions, type TrainingActions } from '../training/trainingActions';

export interface AppActions extends TrainingActions, ProjectActions, BundleActions, ImportActions {
  host: HostApi;
  pickPath: PickPath;
}

/** @example const actions = createAppActions({ get: useApp.getState, set: useApp.setState, host: pageHost() }); */
export function createAppActions(deps: ActionDeps): AppActions {
  const pickPath = createPathPicker(deps);
  const training = createTrainingActions(deps);
  const bundle = createBundleActions({ ...deps, pickPath, refreshRuns: training.refreshRuns });
  const project = createProjectActions({ ...deps, pickPath, openProjectBundle: bundle.openProjectBundle });
  const imports = createImportActions({ ...deps, pickPath, guardUnsaved: project.guardUnsaved });
  return { host: deps.host, pickPath, ...training, ...project, ...bundle, ...imports };
}
