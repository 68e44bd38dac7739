/** Save as bundle… and opening a .convas from Open…: the host calls and what the user is told. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunSummary } from '../../../engine/core/runs/types';
import { createAppActions } from '../../../renderer/app/appActions';
import { fakeHostApi } from '../fakeHostApi';
import { useApp } from '../../../renderer/store';
import { selectProject } from '../../../renderer/store/projectSelectors';

const fakeHost = {
  pickPath: vi.fn(async () => ({ supported: true, path: '/home/you/hand-in' as string | null })),
  saveBundle: vi.fn(async ({ path }: { path: string }) => ({ path, runs: [] as string[], bytes: 100 })),
  listRuns: vi.fn(async (): Promise<RunSummary[]> => []),
  openBundle: vi.fn(async () => ({
    path: '/data/bundles/lenet-1/project.convas.json',
    dir: '/data/bundles/lenet-1',
    project: { ...useApp.getState(), name: 'lenet' },
    runs: [{ name: 'r', dir: '/data/bundles/lenet-1/runs/r' }],
  })),
  onEvent: () => () => undefined,
};

const { saveProjectBundle, openProject } = createAppActions({
  get: useApp.getState,
  set: useApp.setState,
  host: fakeHostApi(fakeHost),
});

describe('bundle actions', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  it('saves the current project as a .convas file, adding the extension, and says when it has no run', async () => {
    await saveProjectBundle();
    expect(fakeHost.listRuns).toHaveBeenCalledWith({ projectId: useApp.getState().meta.id });
    expect(fakeHost.saveBundle).toHaveBeenCalledWith({
      path: '/home/you/hand-in.convas',
      project: selectProject(useApp.getState()),
      runIds: [],
    });
    expect(useApp.getState().notice).toMatchObject({
      tone: 'info',
      title: 'Saved bundle hand-in.convas',
      detail: 'The project and a thumbnail: it has no trained run yet.',
    });
  });

  it('bundles the latest run of this project, read afresh from disk', async () => {
    const projectId = useApp.getState().meta.id;
    const run = (runId: string, startedAt: string): RunSummary => ({
      runId,
      projectId,
      projectFile: null,
      graphHash: 'h',
      dir: `/runs/${runId}`,
      startedAt,
      writtenAt: startedAt,
      finished: true,
      reason: 'completed',
      epochs: 2,
      training: useApp.getState().meta.training,
      params: 61706,
      backend: 'wasm',
      durationSeconds: 3,
      task: 'classification',
      classNames: ['0'],
      imageShape: [28, 28, 1],
      test: { accuracy: 0.97, mae: null, r2: null, count: 2000 },
      hasModel: true,
    });
    fakeHost.listRuns.mockResolvedValueOnce([
      run('newest', '2026-12-03T12:00:00Z'),
      run('older', '2026-12-02T12:00:00Z'),
    ]);
    fakeHost.saveBundle.mockResolvedValueOnce({ path: '/home/you/hand-in.convas', runs: ['newest'], bytes: 100 });
    await saveProjectBundle();
    expect(fakeHost.saveBundle).toHaveBeenCalledWith(expect.objectContaining({ runIds: ['newest'] }));
    expect(useApp.getState().notice?.detail).toMatch(
      /^The project, its run of .*61,706 params · test accuracy 97\.0 % and a thumbnail\.$/,
    );
  });

  it('opens a .convas chosen in Open… through openBundle and loads its project', async () => {
    const project = { ...selectProject(useApp.getState()), name: 'lenet' };
    fakeHost.openBundle.mockResolvedValueOnce({
      path: '/data/bundles/lenet-1/project.convas.json',
      dir: '/data/bundles/lenet-1',
      project,
      runs: [],
    } as never);
    await openProject('/home/you/class.convas');
    expect(fakeHost.openBundle).toHaveBeenCalledWith({ path: '/home/you/class.convas' });
    expect(useApp.getState().filePath).toBe('/data/bundles/lenet-1/project.convas.json');
    expect(useApp.getState().meta.name).toBe('lenet');
  });

  it('shows a refused bundle as an error notice with its hint', async () => {
    fakeHost.openBundle.mockRejectedValueOnce({
      code: 'BUNDLE_UNSAFE',
      message: 'entry "../x" has a ".." segment',
      hint: 'Convas refuses to open it.',
    });
    await openProject('/home/you/bad.convas');
    expect(useApp.getState().notice).toMatchObject({ tone: 'error', title: 'Could not open bad.convas' });
    expect(useApp.getState().notice?.detail).toMatch(/"\.\." segment/);
  });
});
