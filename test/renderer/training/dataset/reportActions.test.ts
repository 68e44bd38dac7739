/** The dataset report through the store: progress from host events of its own request, then the report. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostEvent, HostParams } from '../../../../electron/contract/hostApi';
import type { DatasetReport } from '../../../../engine/core/data/report/types';
import { fakeHostApi } from '../../fakeHostApi';
import { createAppActions } from '../../../../renderer/app/appActions';
import { useApp } from '../../../../renderer/store';

const listeners = new Set<(e: HostEvent) => void>();
const pending: { params: HostParams<'datasetReport'>; resolve(r: DatasetReport): void; reject(e: unknown): void }[] =
  [];
const fakeHost = {
  datasetReport: vi.fn(
    (params: HostParams<'datasetReport'>) =>
      new Promise<DatasetReport>((resolve, reject) => pending.push({ params, resolve, reject })),
  ),
  previewDataset: vi.fn(),
  onEvent: (l: (e: HostEvent) => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

const actions = createAppActions({ get: useApp.getState, set: useApp.setState, host: fakeHostApi(fakeHost) });
const progress = (requestId: string, done: number, total: number) =>
  listeners.forEach(l => l({ type: 'datasetReport', requestId, done, total }));
const report = () => useApp.getState().training.report;

const folder = { kind: 'folder' as const, path: 'shapes', resize: 'stretch' as const };
const result = (name: string): DatasetReport => ({
  info: { name, imageShape: [28, 28, 1], classNames: ['a', 'b'] },
  root: '/data/shapes',
  filesScanned: 10,
  imagesUsable: 9,
  perClass: [
    { className: 'a', train: 4, validation: 0, test: 1 },
    { className: 'b', train: 3, validation: 0, test: 1 },
  ],
  splitSource: 'seeded',
  sizes: [{ width: 40, height: 30, count: 9 }],
  samples: [],
  problems: [
    {
      kind: 'corrupt',
      severity: 'error',
      message: '1 file is not a readable image',
      files: ['a/broken.png'],
      count: 1,
    },
  ],
});

describe('dataset report actions', () => {
  beforeEach(() => {
    pending.length = 0;
    vi.clearAllMocks();
    useApp.setState(s => ({ dialog: null, training: { ...s.training, report: { status: 'idle' } } }));
    useApp.getState().setDataset(folder);
  });

  it('opens the dialog and asks for the report with the Input shape and a request id', async () => {
    actions.openDatasetReport();
    expect(useApp.getState().dialog).toEqual({ type: 'datasetReport' });
    expect(fakeHost.datasetReport).toHaveBeenCalledTimes(1);
    const { params } = pending[0]!;
    expect(params).toMatchObject({ dataset: folder, imageShape: [28, 28, 1], requestId: expect.any(String) });
    expect(report()).toMatchObject({ status: 'scanning', done: 0, total: 0 });
  });

  it('follows its own progress events only, then shows the report', async () => {
    const loading = actions.loadDatasetReport();
    const { params } = pending[0]!;
    progress(params.requestId, 3, 10);
    progress('someone-else', 9, 10);
    expect(report()).toMatchObject({ status: 'scanning', done: 3, total: 10 });
    pending[0]!.resolve(result('shapes'));
    await loading;
    expect(report()).toMatchObject({ status: 'ready', report: { filesScanned: 10 } });
    // The same dataset is not read twice unless asked.
    await actions.loadDatasetReport();
    expect(fakeHost.datasetReport).toHaveBeenCalledTimes(1);
    void actions.loadDatasetReport(true);
    expect(fakeHost.datasetReport).toHaveBeenCalledTimes(2);
  });

  it('drops the answer for a dataset that is no longer chosen, and shows errors with their hint', async () => {
    const first = actions.loadDatasetReport();
    useApp.getState().setDataset({ ...folder, path: 'other' });
    const second = actions.loadDatasetReport();
    pending[0]!.resolve(result('shapes'));
    await first;
    expect(report().status).toBe('scanning');
    pending[1]!.reject({ code: 'DATASET_MISSING', message: 'other: no such folder', hint: 'Check the path' });
    await second;
    expect(report()).toMatchObject({ status: 'error', error: { code: 'DATASET_MISSING', hint: 'Check the path' } });
  });
});
