import { buildDatasetReport } from '../../../engine/data/report/buildReport';
import type { HostEvent } from '../../contract/hostApi';
import type { HostHandlers, ServiceContext } from '../serviceContext';

/** Progress reaches every UI at most this often: a folder of 50,000 files would otherwise send 50,000 events. */
export const REPORT_PROGRESS_MS = 200;

type ReportProgress = Extract<HostEvent, { type: 'datasetReport' }>;

/**
 * Progress events of one report, throttled: the first and the last (done = total) always go out,
 * those between at most every `intervalMs`.
 * @example const progress = throttledProgress('r1', ctx.emit); progress(10, 500);
 */
export function throttledProgress(
  requestId: string,
  emit: (event: ReportProgress) => void,
  intervalMs = REPORT_PROGRESS_MS,
  now = Date.now,
) {
  let last = -Infinity;
  let lastDone = -1;
  return (done: number, total: number) => {
    const t = now();
    if (done === lastDone || (done < total && t - last < intervalMs)) return;
    last = t;
    lastDone = done;
    emit({ type: 'datasetReport', requestId, done, total });
  };
}

/** The dataset report: every file read once, with progress as `datasetReport` events. */
export function registerReportHandlers(ctx: ServiceContext): Pick<HostHandlers, 'datasetReport'> {
  return {
    datasetReport: ({ dataset, baseDir, imageShape, samplesPerClass, requestId, split }) =>
      buildDatasetReport(dataset, baseDir ?? ctx.defaultBaseDir, {
        samplesPerClass,
        ...(split && { split }),
        onProgress: throttledProgress(requestId, ctx.emit),
        ...(imageShape && { imageShape }),
      }),
  };
}
