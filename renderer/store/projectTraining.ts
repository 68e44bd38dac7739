/** The one way to read and change the open project's training state (per project id, see trainingState.ts). */
import type { AppState } from './index';
import { useApp } from './index';
import { EMPTY_PROJECT_TRAINING, type ProjectTraining } from './trainingState';
import type { StoreSet } from './storeAccess';

export const projectTrainingOf = (s: AppState, projectId: string = s.meta.id): ProjectTraining =>
  s.training.byProject[projectId] ?? EMPTY_PROJECT_TRAINING;

/** Selects from the open project's training state; re-renders when the project changes. */
export const useProjectTraining = <T>(select: (t: ProjectTraining) => T): T =>
  useApp(s => select(projectTrainingOf(s)));

type ProjectTrainingUpdate = Partial<ProjectTraining> | ((t: ProjectTraining) => Partial<ProjectTraining>);

/** Changes one project's entry, whether or not it is the open project (a background run's events). */
export function updateProjectTraining(set: StoreSet, projectId: string, update: ProjectTrainingUpdate): void {
  set(s => {
    const before = projectTrainingOf(s, projectId);
    const patch = typeof update === 'function' ? update(before) : update;
    return {
      training: { ...s.training, byProject: { ...s.training.byProject, [projectId]: { ...before, ...patch } } },
    };
  });
}
