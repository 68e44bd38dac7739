/**
 * The store functions actions receive, what an action factory is given, and one helper to update the
 * nested training state.
 */
import type { HostApi } from '../../electron/contract/hostApi';
import type { AppState } from './index';
import type { TrainingState } from './trainingState';

export type StoreSet = (update: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;
type StoreGet = () => AppState;

/**
 * What feature actions are built from (once, in main.tsx; in tests with a fake host): the store's
 * get/set and the host. Actions never import the host or the store's instance.
 */
export interface ActionDeps {
  get: StoreGet;
  set: StoreSet;
  host: HostApi;
}

type TrainingUpdate = Partial<TrainingState> | ((t: TrainingState) => Partial<TrainingState>);

export function updateTraining(set: StoreSet, update: TrainingUpdate): void {
  set(s => ({ training: { ...s.training, ...(typeof update === 'function' ? update(s.training) : update) } }));
}
