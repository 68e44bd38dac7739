/**
 * Feature maps on demand (host.probeGraph): random weights before training, so a class can see
 * what an untrained filter does, and the run's saved weights once it has some.
 */
import { host } from '../host';
import { weightsFor } from './featureSource';
import { currentProject, projectBaseDir } from './projectAccess';
import { isLive } from './session';
import { sessionIdOf } from './trainingEvents';
import { updateTraining, type StoreGet, type StoreSet } from './storeAccess';
import { toUserError } from './userError';

export interface ProbeActions {
  refreshProbe(): Promise<void>;
  /** Shows another test image: for the next probe, and for the live maps of a running session. */
  chooseProbe(index: number): void;
}

export function createProbeActions(set: StoreSet, get: StoreGet): ProbeActions {
  let request = 0;
  const refreshProbe = async () => {
    const state = get();
    const project = currentProject(state);
    const baseDir = projectBaseDir(state);
    const weights = weightsFor(state.training.session, project);
    const probeIndex = state.training.probe.index;
    const mine = ++request;
    updateTraining(set, t => ({ probe: { ...t.probe, loading: true, error: null } }));
    try {
      const result = await host.probeGraph({ project, probeIndex, ...(baseDir && { baseDir }), ...(weights && { weightsDir: weights.dir }) });
      if (mine !== request) return;
      updateTraining(set, t => ({ probe: { ...t.probe, loading: false, result, resultIndex: probeIndex, trained: !!weights, weights: weights?.label ?? 'random weights' } }));
    } catch (error) {
      if (mine === request) updateTraining(set, t => ({ probe: { ...t.probe, loading: false, error: toUserError(error) } }));
    }
  };
  return {
    refreshProbe,
    chooseProbe(index) {
      const next = Math.max(0, Math.floor(index));
      updateTraining(set, t => ({ probe: { ...t.probe, index: next } }));
      const session = get().training.session;
      const sessionId = sessionIdOf(session);
      if (sessionId && isLive(session)) {
        host.controlTraining({ sessionId, command: { type: 'probe', index: next } })
          .catch(error => updateTraining(set, { commandError: toUserError(error) }));
      }
      void refreshProbe();
    },
  };
}
