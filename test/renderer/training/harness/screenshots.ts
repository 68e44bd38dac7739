/**
 * Screenshots of the panels and a long-task check while events stream:
 *   npx tsx test/renderer/training/harness/screenshots.ts <url> <outDir>
 * Works against the harness (serve.ts) or, with the app's URL, the real browser shell.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [url = 'http://127.0.0.1:5199/', outDir = '/tmp/convas-shots'] = process.argv.slice(2);
await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
page.on('console', m => {
  if (m.type() === 'error') console.log('console:', m.text());
});
page.on('pageerror', e => console.log('pageerror:', e.message));
const join = (q: string) => `${url}${url.includes('?') ? '&' : '?'}${q}${process.env.SHOT_QUERY ?? ''}`;

await page.addInitScript(() => {
  const w = window as unknown as { longTasks: string[] };
  w.longTasks = [];
  new PerformanceObserver(list => {
    for (const e of list.getEntries())
      w.longTasks.push(`${Math.round(e.duration)}ms@${Math.round(e.startTime)}` as never);
  }).observe({ type: 'longtask', buffered: true });
});
await page.goto(join('panel=train'));
await page.getByRole('button', { name: 'Train', exact: true }).waitFor();
await page.waitForTimeout(800);
await page.screenshot({ path: path.join(outDir, 'dashboard-idle.png'), fullPage: true });
const before = await page.evaluate(() => (window as unknown as { longTasks: string[] }).longTasks.length);
const mark = async (what: string) => console.log(what, 'at', Math.round(await page.evaluate(() => performance.now())));
await mark('train');
await page.getByRole('button', { name: 'Train', exact: true }).click();
await page.getByRole('progressbar').waitFor();
await page.getByText('Training', { exact: true }).waitFor();
await mark('training');
await page.waitForTimeout(11_000);
await mark('screenshot');
await page.screenshot({ path: path.join(outDir, 'dashboard-training.png'), fullPage: true });
await mark('pause');
await page.getByRole('button', { name: 'Pause' }).click();
await page.getByRole('button', { name: 'Resume' }).waitFor();
await page.getByRole('button', { name: 'Resume' }).click();
await page.getByRole('button', { name: 'Pause' }).waitFor();
const tasks = await page.evaluate(() => (window as unknown as { longTasks: string[] }).longTasks);
console.log('long tasks during training (ms):', tasks.slice(before));
await page.getByRole('button', { name: 'Stop' }).click();
await page.getByRole('button', { name: 'Export' }).waitFor({ timeout: 30_000 });
await page.waitForTimeout(500);
await page.screenshot({ path: path.join(outDir, 'dashboard-done.png'), fullPage: true });

await page.goto(join('panel=features'));
await page.waitForTimeout(1500);
await page.screenshot({ path: path.join(outDir, 'features-untrained.png'), fullPage: true });
const canvas = page.getByRole('img', { name: /^conv1:/ });
const box = await canvas.boundingBox();
if (box) await page.mouse.move(box.x + box.width * 0.4, box.y + 10);
await page.waitForTimeout(200);
await page.screenshot({ path: path.join(outDir, 'features-hover.png'), fullPage: true });
await page.goto(join('panel=features&select=conv2'));
await page.waitForTimeout(1500);
await page.screenshot({ path: path.join(outDir, 'features-selected.png'), fullPage: true });
await browser.close();
