/** The store functions training actions receive, and one helper to update the nested training state. */
import type { AppState } from '../../store';
import type { TrainingState } from './trainingState';

export type StoreSet = (update: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;
export type StoreGet = () => AppState;

export type TrainingUpdate = Partial<TrainingState> | ((t: TrainingState) => Partial<TrainingState>);

export function updateTraining(set: StoreSet, update: TrainingUpdate): void {
  set(s => ({ training: { ...s.training, ...(typeof update === 'function' ? update(s.training) : update) } }));
}
