/** Reading the training dashboard and the feature maps as they are drawn. */
import type { Locator, Page } from 'playwright-core';

export const dashboard = (page: Page): Locator => page.getByRole('region', { name: 'Training dashboard' });
export const featureMaps = (page: Page): Locator => page.getByRole('region', { name: 'Feature maps' });
export const dockTab = (page: Page, name: 'Train' | 'Feature maps'): Locator =>
  page.getByRole('tablist', { name: 'Training' }).getByRole('tab', { name, exact: true });
export const runButton = (page: Page, name: 'Train' | 'Pause' | 'Resume' | 'Stop' | 'Export…'): Locator =>
  dashboard(page).getByRole('button', { name, exact: true });
/** "Ready to train", "Training", "Paused", "Finished in 9 s"… */
export const runStatus = (page: Page): Promise<string> =>
  dashboard(page)
    .locator('.tp-progress')
    .getByRole('status')
    .textContent()
    .then(t => t ?? '');

/** Points on the curves of a chart (the longest line), e.g. chartPoints(page, 'Loss per batch'). */
export async function chartPoints(page: Page, title: string): Promise<number> {
  const chart = page.getByRole('figure', { name: title, exact: true });
  const counts = await chart
    .locator('path.recharts-line-curve')
    .evaluateAll(paths => paths.map(p => (p.getAttribute('d')?.match(/[ML]/g) ?? []).length));
  const dots = await chart.locator('.recharts-line-dots circle, circle.recharts-dot').count();
  return Math.max(0, dots, ...counts);
}

/** A value of the progress stats ("Epoch", "Batch", "Images/s", "ETA", "Progress"). */
export async function progressStat(page: Page, name: string): Promise<string> {
  const stats = await dashboard(page)
    .locator('.tp-stats > div')
    .evaluateAll(rows =>
      rows.map(r => [r.querySelector('dt')?.textContent ?? '', r.querySelector('dd')?.textContent ?? '']),
    );
  return stats.find(([dt]) => dt === name)?.[1] ?? '';
}

export interface CanvasRead {
  /** FNV-1a of the pixels: equal reads mean an unchanged picture. */
  hash: number;
  /** Distinct colours among the pixels: a blank or single-colour canvas has one. */
  colours: number;
  width: number;
  height: number;
}

/** The pixels of a feature-map canvas, found by its accessible name. */
export async function readCanvas(canvas: Locator): Promise<CanvasRead> {
  return canvas.evaluate((el: HTMLCanvasElement) => {
    const ctx = el.getContext('2d');
    if (!ctx || !el.width || !el.height) return { hash: 0, colours: 0, width: el.width, height: el.height };
    const data = ctx.getImageData(0, 0, el.width, el.height).data;
    let hash = 0x811c9dc5;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      const rgba = ((data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!) >>> 0;
      colours.add(rgba);
      hash = Math.imul(hash ^ rgba, 0x01000193) >>> 0;
    }
    return { hash, colours: colours.size, width: el.width, height: el.height };
  });
}
