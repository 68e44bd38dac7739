/** Save as bundle… and opening a .convas from Open…: the host calls and what the user is told. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fakeHost = {
  pickPath: vi.fn(async () => ({ supported: true, path: '/home/you/hand-in' as string | null })),
  saveBundle: vi.fn(async ({ path }: { path: string }) => ({ path, runs: [], bytes: 100 })),
  openBundle: vi.fn(async () => ({ path: '/data/bundles/lenet-1/project.convas.json', dir: '/data/bundles/lenet-1', project: { ...useApp.getState(), name: 'lenet' }, runs: [{ name: 'r', dir: '/data/bundles/lenet-1/runs/r' }] })),
  onEvent: () => () => undefined,
};
vi.mock('../../../renderer/host', () => ({ host: fakeHost }));

const { useApp } = await import('../../../renderer/store');
const { selectProject } = await import('../../../renderer/store/projectSelectors');
const { saveProjectBundle } = await import('../../../renderer/project/bundleActions');
const { openProject } = await import('../../../renderer/project/projectActions');

describe('bundle actions', () => {
  beforeEach(() => { vi.clearAllMocks(); });

  it('saves the current project as a .convas file, adding the extension', async () => {
    await saveProjectBundle();
    expect(fakeHost.saveBundle).toHaveBeenCalledWith({ path: '/home/you/hand-in.convas', project: selectProject(useApp.getState()), runDirs: [] });
    expect(useApp.getState().notice).toMatchObject({ tone: 'info', title: 'Saved bundle hand-in.convas' });
  });

  it('opens a .convas chosen in Open… through openBundle and loads its project', async () => {
    const project = { ...selectProject(useApp.getState()), name: 'lenet' };
    fakeHost.openBundle.mockResolvedValueOnce({ path: '/data/bundles/lenet-1/project.convas.json', dir: '/data/bundles/lenet-1', project, runs: [] } as never);
    await openProject('/home/you/class.convas');
    expect(fakeHost.openBundle).toHaveBeenCalledWith({ path: '/home/you/class.convas' });
    expect(useApp.getState().filePath).toBe('/data/bundles/lenet-1/project.convas.json');
    expect(useApp.getState().meta.name).toBe('lenet');
  });

  it('shows a refused bundle as an error notice with its hint', async () => {
    fakeHost.openBundle.mockRejectedValueOnce({ code: 'BUNDLE_UNSAFE', message: 'entry "../x" has a ".." segment', hint: 'Convas refuses to open it.' });
    await openProject('/home/you/bad.convas');
    expect(useApp.getState().notice).toMatchObject({ tone: 'error', title: 'Could not open bad.convas' });
    expect(useApp.getState().notice?.detail).toMatch(/"\.\." segment/);
  });
});
