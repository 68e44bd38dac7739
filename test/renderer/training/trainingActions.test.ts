import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostEvent } from '../../../electron/contract/hostApi';
import type { RunSummary } from '../../../engine/core/runs/types';
import type { TrainEvent } from '../../../engine/core/train/protocol';
import { batchEvent, compiledEvent, doneEvent } from './fixtures';
import { fakeHostApi } from '../fakeHostApi';
import { createAppActions } from '../../../renderer/app/appActions';
import { useApp } from '../../../renderer/store';
import { projectTrainingOf } from '../../../renderer/store/projectTraining';
import { selectProject } from '../../../renderer/store/projectSelectors';

const listeners = new Set<(e: HostEvent) => void>();
const fakeHost = {
  startTraining: vi.fn(async () => ({ sessionId: 's1', outDir: '/runs/s1', runId: 's1' })),
  listRuns: vi.fn(async (): Promise<RunSummary[]> => []),
  controlTraining: vi.fn(async () => ({ ok: true as const })),
  probeGraph: vi.fn(),
  previewDataset: vi.fn(),
  exportModel: vi.fn(async () => ({ outDir: '/out', files: ['model.json'] })),
  onEvent: (l: (e: HostEvent) => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

const actions = createAppActions({ get: useApp.getState, set: useApp.setState, host: fakeHostApi(fakeHost) });

function runOnDisk(runId: string, projectId: string): RunSummary {
  return {
    runId,
    projectId,
    projectFile: null,
    graphHash: 'h',
    dir: `/runs/${runId}`,
    startedAt: '2026-12-03T10:00:00Z',
    writtenAt: '2026-12-03T10:00:00Z',
    finished: true,
    reason: 'completed',
    epochs: 1,
    training: useApp.getState().meta.training,
    params: 1,
    backend: 'wasm',
    durationSeconds: 1,
    task: 'classification',
    classNames: ['0'],
    imageShape: [28, 28, 1],
    test: null,
    hasModel: true,
  };
}
const emit = (event: TrainEvent, sessionId = 's1') => listeners.forEach(l => l({ type: 'train', sessionId, event }));
const mine = () => projectTrainingOf(useApp.getState());
const session = () => mine().session;
const settle = () => new Promise(resolve => setTimeout(resolve, 250));

describe('training actions', () => {
  beforeEach(() => {
    useApp.setState({ training: { ...useApp.getState().training, byProject: {} } });
    vi.clearAllMocks();
  });

  it('starts with the project and the subset limit, then follows only its own session', async () => {
    useApp.getState().setTrainingLimit(500);
    await actions.startTraining();
    expect(fakeHost.startTraining).toHaveBeenCalledWith(
      expect.objectContaining({
        limit: 500,
        probeIndex: 0,
        project: expect.objectContaining({ nodes: useApp.getState().nodes }),
      }),
    );
    emit(compiledEvent);
    emit(batchEvent(1, 1), 'someone-else');
    emit(batchEvent(1, 2));
    await settle();
    const s = session();
    expect(s.phase).toBe('training');
    if (s.phase === 'training') expect(s.batches.map(b => b.step)).toEqual([2]);
  });

  it('sends pause, stop and learning-rate commands for the running session', async () => {
    await actions.startTraining();
    emit(compiledEvent);
    await settle();
    actions.pauseTraining();
    expect(fakeHost.controlTraining).toHaveBeenCalledWith({ sessionId: 's1', command: { type: 'pause' } });
    actions.setLiveLearningRate(0.01);
    expect(fakeHost.controlTraining).toHaveBeenCalledWith({
      sessionId: 's1',
      command: { type: 'setLearningRate', value: 0.01 },
    });
    emit({ type: 'status', phase: 'paused' });
    await settle();
    expect(session().phase).toBe('paused');
    actions.stopTraining();
    emit(doneEvent);
    await settle();
    expect(session().phase).toBe('done');
    expect(mine().runs.at(-1)).toMatchObject({ id: 's1', testAccuracy: 0.9 });
    // The finished run is looked for on disk, so Export and bundles find it.
    expect(fakeHost.listRuns).toHaveBeenCalledWith(expect.objectContaining({ projectId: useApp.getState().meta.id }));
  });

  it('shows a start that the host refuses as an error with its hint', async () => {
    fakeHost.startTraining.mockRejectedValueOnce({
      code: 'DATASET_MISSING',
      message: 'train-images not found',
      hint: 'Check the dataset paths',
    });
    await actions.startTraining();
    expect(session()).toMatchObject({
      phase: 'error',
      run: null,
      error: { code: 'DATASET_MISSING', hint: 'Check the dataset paths' },
    });
  });

  it('exports a run of this project by its id, the latest unless one is chosen, and says when there is none', async () => {
    const projectId = useApp.getState().meta.id;
    fakeHost.listRuns.mockResolvedValue([runOnDisk('newer', projectId), runOnDisk('older', projectId)]);
    await actions.refreshRuns();
    await actions.exportRun('/out');
    expect(fakeHost.exportModel).toHaveBeenLastCalledWith(
      expect.objectContaining({
        runId: 'newer',
        format: 'tfjs',
        outDir: '/out',
        project: expect.objectContaining({ id: projectId }),
      }),
    );
    expect(mine().exported).toMatchObject({ status: 'done', outDir: '/out', files: ['model.json'], runId: 'newer' });
    actions.chooseRun('older');
    await actions.exportRun('/out', 'onnx');
    expect(fakeHost.exportModel).toHaveBeenLastCalledWith(expect.objectContaining({ runId: 'older', format: 'onnx' }));

    fakeHost.listRuns.mockResolvedValue([]);
    useApp.getState().loadProject({ ...selectProject(useApp.getState()), id: 'another-project' }, null);
    await actions.refreshRuns();
    fakeHost.exportModel.mockClear();
    await actions.exportRun('/out');
    expect(fakeHost.exportModel).not.toHaveBeenCalled();
    expect(mine().exported).toMatchObject({ status: 'error', error: { code: 'RUN_NOT_FOUND' } });
  });

  it("keeps each project's run to itself: another project shows nothing of it, and its events go on to their own project", async () => {
    const first = useApp.getState().meta.id;
    await actions.startTraining();
    emit(compiledEvent);
    await settle();
    expect(session().phase).toBe('training');
    useApp.getState().loadProject({ ...selectProject(useApp.getState()), id: 'second-project' }, null);
    expect(session().phase).toBe('idle');
    expect(mine().runs).toEqual([]);
    emit(doneEvent);
    await settle();
    expect(session().phase).toBe('idle');
    expect(projectTrainingOf(useApp.getState(), first).session.phase).toBe('done');
    useApp.getState().loadProject({ ...selectProject(useApp.getState()), id: first }, null);
    expect(session().phase).toBe('done');
  });

  it('does not put training updates into the undo history', async () => {
    const before = useApp.temporal.getState().pastStates.length;
    await actions.startTraining();
    emit(compiledEvent);
    await settle();
    expect(useApp.temporal.getState().pastStates.length).toBe(before);
  });
});
