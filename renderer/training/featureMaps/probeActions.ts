/**
 * Feature maps on demand (host.probeGraph) for the open project: random weights before training, so
 * a class can see what an untrained filter does, and the weights of a run of this very graph once
 * there is one.
 */
import { selectProject, selectBaseDir } from '../../store/projectSelectors';
import { projectTrainingOf, updateProjectTraining } from '../../store/projectTraining';
import { weightsRun } from '../run/runList';
import { isLive } from '../../store/session';
import type { ActionDeps } from '../../store/storeAccess';
import { sessionIdOf } from '../run/trainingEvents';
import { toUserError } from '../../shared/userError';

export interface ProbeActions {
  refreshProbe(): Promise<void>;
  /** Shows another test image: for the next probe, and for the live maps of a running session. */
  chooseProbe(index: number): void;
}

export function createProbeActions({ get, set, host }: ActionDeps): ProbeActions {
  let request = 0;
  const refreshProbe = async () => {
    const state = get();
    const projectId = state.meta.id;
    const project = selectProject(state);
    const baseDir = selectBaseDir(state);
    const t = projectTrainingOf(state);
    const weights = weightsRun(t, project);
    const probeIndex = t.probe.index;
    const mine = ++request;
    updateProjectTraining(set, projectId, p => ({ probe: { ...p.probe, loading: true, error: null } }));
    try {
      const result = await host.probeGraph({
        project,
        probeIndex,
        ...(baseDir && { baseDir }),
        ...(weights && { runId: weights.runId }),
      });
      if (mine !== request) return;
      updateProjectTraining(set, projectId, p => ({
        probe: {
          ...p.probe,
          loading: false,
          result,
          runId: weights?.runId ?? null,
          weights: weights?.label ?? 'random weights',
        },
      }));
    } catch (error) {
      if (mine === request)
        updateProjectTraining(set, projectId, p => ({
          probe: { ...p.probe, loading: false, error: toUserError(error) },
        }));
    }
  };
  return {
    refreshProbe,
    chooseProbe(index) {
      const state = get();
      const projectId = state.meta.id;
      const next = Math.max(0, Math.floor(index));
      updateProjectTraining(set, projectId, p => ({ probe: { ...p.probe, index: next } }));
      const session = projectTrainingOf(state).session;
      const sessionId = sessionIdOf(session);
      if (sessionId && isLive(session)) {
        host
          .controlTraining({ sessionId, command: { type: 'probe', index: next } })
          .catch(error => updateProjectTraining(set, projectId, { commandError: toUserError(error) }));
      }
      void refreshProbe();
    },
  };
}
