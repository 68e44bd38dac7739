/** The renderer's long tasks, recorded from before the app's first script by a PerformanceObserver. */
import type { Page } from 'playwright-core';

export interface LongTask {
  start: number;
  duration: number;
}

/** Installed with addInitScript, so it observes every task of every load of the page. */
export function observeLongTasks(): void {
  const w = window as unknown as { __convasLongTasks: { start: number; duration: number }[] };
  w.__convasLongTasks = [];
  new PerformanceObserver(list => {
    for (const entry of list.getEntries())
      w.__convasLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The page's clock (performance.now), to bracket a period of interest. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** Long tasks that started within [from, to] of the page's clock. */
export async function longTasksBetween(page: Page, from: number, to: number): Promise<LongTask[]> {
  const all = await page.evaluate(
    () => (window as unknown as { __convasLongTasks?: LongTask[] }).__convasLongTasks ?? null,
  );
  if (all === null) throw new Error('the long-task observer is not installed in this page');
  return all.filter(t => t.start >= from && t.start <= to);
}

/** Whether this browser reports long tasks at all (else "no long task" would prove nothing). */
export const longTasksSupported = (page: Page): Promise<boolean> =>
  page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('longtask'));
