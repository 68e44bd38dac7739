/**
 * The renderer main thread's CPU time per task, from a Chrome trace: tells a long task the app
 * spent working from one that mostly waited for a CPU other processes held (a busy 2-core machine).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { LongTask } from './longTasks';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

export interface TaskCost extends LongTask {
  /** Milliseconds of main-thread CPU the task used, or null when the trace has no thread times. */
  cpu: number | null;
}

const SYNC_MARK = 'convas-trace-sync';

export interface MainThreadTrace {
  /** Ends the trace and gives each long task (page clock) the CPU time of the traced task under it. */
  stop(tasks: LongTask[]): Promise<TaskCost[]>;
}

/** Starts tracing top-level tasks; a user-timing mark ties the trace clock to the page's. */
export async function traceMainThread(page: Page): Promise<MainThreadTrace> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordContinuously', includedCategories: ['toplevel', 'blink.user_timing'] },
  });
  const markAt = await page.evaluate(name => performance.mark(name).startTime, SYNC_MARK);
  return {
    async stop(tasks) {
      const complete = new Promise(resolve => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => undefined);
      const mark = events.find(e => e.name === SYNC_MARK);
      if (!mark) return tasks.map(t => ({ ...t, cpu: null }));
      const offset = mark.ts / 1000 - markAt;
      const main = events.filter(
        e =>
          e.pid === mark.pid &&
          e.tid === mark.tid &&
          e.ph === 'X' &&
          e.dur !== undefined &&
          (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'),
      );
      return tasks.map(t => {
        const from = t.start + offset,
          to = from + t.duration;
        let best: TraceEvent | undefined,
          overlap = 0;
        for (const e of main) {
          const o = Math.min(to, (e.ts + e.dur!) / 1000) - Math.max(from, e.ts / 1000);
          if (o > overlap) {
            overlap = o;
            best = e;
          }
        }
        return { ...t, cpu: best?.tdur === undefined || overlap < t.duration / 2 ? null : best.tdur / 1000 };
      });
    },
  };
}
