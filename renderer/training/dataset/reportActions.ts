/** The dataset report: asked of the host with a request id, its progress followed through host events. */
import type { HostEvent } from '../../../electron/contract/hostApi';
import { datasetRequest, requestKey } from './datasetRequest';
import { type ActionDeps, updateTraining } from '../../store/storeAccess';
import { toUserError } from '../../shared/userError';

const REPORT_SAMPLES_PER_CLASS = 8;

export interface ReportActions {
  /** Opens the report dialog and reads the dataset, unless this very dataset was read already. */
  openDatasetReport(): void;
  /** Reads the project's dataset file by file; `force` reads it again (files may have changed on disk). */
  loadDatasetReport(force?: boolean): Promise<void>;
}

let requests = 0;
const newRequestId = () => `report-${Date.now().toString(36)}-${++requests}`;

export function createReportActions({ get, set, host }: ActionDeps): ReportActions {
  /** Listens from the first request for the page's lifetime: the store lives as long as the page. */
  let listening = false;
  const onProgress = (e: HostEvent) => {
    if (e.type !== 'datasetReport') return;
    updateTraining(set, t =>
      t.report.status === 'scanning' && t.report.requestId === e.requestId
        ? { report: { ...t.report, done: e.done, total: e.total } }
        : {},
    );
  };

  const load = async (force = false) => {
    const request = datasetRequest(get());
    const { validationSplit, testSplit, seed } = get().meta.training;
    const split = { validationSplit, testSplit, seed };
    const key = `${requestKey(request)}|${JSON.stringify(split)}`;
    const current = get().training.report;
    if (!force && (current.status === 'scanning' || current.status === 'ready') && current.key === key) return;
    if (!listening) {
      host.onEvent(onProgress);
      listening = true;
    }
    const requestId = newRequestId();
    updateTraining(set, { report: { status: 'scanning', key, requestId, done: 0, total: 0 } });
    const stillWanted = () => {
      const r = get().training.report;
      return r.status === 'scanning' && r.requestId === requestId;
    };
    try {
      const report = await host.datasetReport({
        ...request,
        split,
        requestId,
        samplesPerClass: REPORT_SAMPLES_PER_CLASS,
      });
      if (stillWanted()) updateTraining(set, { report: { status: 'ready', key, report } });
    } catch (error) {
      if (stillWanted()) updateTraining(set, { report: { status: 'error', key, error: toUserError(error) } });
    }
  };

  return {
    openDatasetReport() {
      get().openDialog({ type: 'datasetReport' });
      void load();
    },
    loadDatasetReport: load,
  };
}
