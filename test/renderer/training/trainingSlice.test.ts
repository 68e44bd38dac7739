import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostEvent } from '../../../electron/contract/hostApi';
import type { TrainEvent } from '../../../engine/train/protocol';
import { batchEvent, compiledEvent, doneEvent } from './fixtures';

const listeners = new Set<(e: HostEvent) => void>();
const fakeHost = {
  startTraining: vi.fn(async () => ({ sessionId: 's1', outDir: '/runs/s1' })),
  controlTraining: vi.fn(async () => ({ ok: true as const })),
  probeGraph: vi.fn(),
  previewDataset: vi.fn(),
  exportModel: vi.fn(async () => ({ outDir: '/out', files: ['model.json'] })),
  onEvent: (l: (e: HostEvent) => void) => { listeners.add(l); return () => listeners.delete(l); },
};
vi.mock('../../../renderer/host', () => ({ host: fakeHost }));

const { useApp } = await import('../../../renderer/store');
const emit = (event: TrainEvent, sessionId = 's1') => listeners.forEach(l => l({ type: 'train', sessionId, event }));
const session = () => useApp.getState().training.session;
const settle = () => new Promise(resolve => setTimeout(resolve, 250));

describe('training slice', () => {
  beforeEach(() => {
    useApp.setState({ training: { ...useApp.getState().training, session: { phase: 'idle' } } });
    vi.clearAllMocks();
  });

  it('starts with the project and the subset limit, then follows only its own session', async () => {
    useApp.getState().setTrainingLimit(500);
    await useApp.getState().startTraining();
    expect(fakeHost.startTraining).toHaveBeenCalledWith(expect.objectContaining({ limit: 500, probeIndex: 0, project: expect.objectContaining({ nodes: useApp.getState().nodes }) }));
    emit(compiledEvent);
    emit(batchEvent(1, 1), 'someone-else');
    emit(batchEvent(1, 2));
    await settle();
    const s = session();
    expect(s.phase).toBe('training');
    if (s.phase === 'training') expect(s.batches.map(b => b.step)).toEqual([2]);
  });

  it('sends pause, stop and learning-rate commands for the running session', async () => {
    await useApp.getState().startTraining();
    emit(compiledEvent);
    await settle();
    useApp.getState().pauseTraining();
    expect(fakeHost.controlTraining).toHaveBeenCalledWith({ sessionId: 's1', command: { type: 'pause' } });
    useApp.getState().setLiveLearningRate(0.01);
    expect(fakeHost.controlTraining).toHaveBeenCalledWith({ sessionId: 's1', command: { type: 'setLearningRate', value: 0.01 } });
    emit({ type: 'status', phase: 'paused' });
    await settle();
    expect(session().phase).toBe('paused');
    useApp.getState().stopTraining();
    emit(doneEvent);
    await settle();
    expect(session().phase).toBe('done');
    expect(useApp.getState().training.runs.at(-1)).toMatchObject({ id: 's1', testAccuracy: 0.9 });
  });

  it('shows a start that the host refuses as an error with its hint', async () => {
    fakeHost.startTraining.mockRejectedValueOnce({ code: 'DATASET_MISSING', message: 'train-images not found', hint: 'Check the dataset paths' });
    await useApp.getState().startTraining();
    expect(session()).toMatchObject({ phase: 'error', run: null, error: { code: 'DATASET_MISSING', hint: 'Check the dataset paths' } });
  });

  it('exports the finished run from its folder with the trained project', async () => {
    await useApp.getState().startTraining();
    emit(compiledEvent);
    emit(doneEvent);
    await settle();
    await useApp.getState().exportRun('/out');
    expect(fakeHost.exportModel).toHaveBeenCalledWith(expect.objectContaining({ weightsDir: '/runs/tiny', format: 'tfjs', outDir: '/out' }));
    expect(useApp.getState().training.exported).toEqual({ status: 'done', outDir: '/out', files: ['model.json'] });
  });

  it('does not put training updates into the undo history', async () => {
    const before = useApp.temporal.getState().pastStates.length;
    await useApp.getState().startTraining();
    emit(compiledEvent);
    await settle();
    expect(useApp.temporal.getState().pastStates.length).toBe(before);
  });
});
