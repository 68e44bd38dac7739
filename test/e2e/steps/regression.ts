/**
 * Dataset step 6: the same images as a regression (a CSV of each shape's vertical offset): the
 * curves and progress follow MAE, and the result shows MAE/RMSE/R², predicted vs true, the worst misses.
 */
import { expect } from 'vitest';
import { canvasOf, chooseOption, selectNode } from '../support/canvas';
import { chartPoints, dashboard, progressStat, runButton, runStatus } from '../support/dashboard';
import { screenshot, type Journey } from '../support/journey';
import { until } from '../support/waitFor';
import { openDashboard } from './imageFolder';

export async function trainRegression(j: Journey, csv: string): Promise<void> {
  const { page } = j;
  const d = dashboard(page);
  await d.getByRole('radio', { name: 'CSV file' }).check();
  // Typed rather than browsed: the form takes a path either way.
  const csvPath = d.getByRole('textbox', { name: 'CSV file path' });
  await csvPath.fill(csv);
  await csvPath.press('Enter');
  await d.getByRole('combobox', { name: 'Task' }).selectOption('regression');
  await d.getByRole('textbox', { name: 'Image column' }).fill('file');
  const target = d.getByRole('textbox', { name: 'Target column(s), comma separated' });
  await target.fill('offset');
  await target.press('Enter');
  await until(
    () => d.locator('.tp-preview .tp-meta').textContent(),
    t => !!t?.includes('regression: offset'),
    'the CSV preview as a regression',
    60_000,
  );
  // Its report summarises the target instead of classes.
  await d.getByRole('button', { name: 'Report…' }).click();
  const report = page.getByRole('dialog', { name: 'Dataset report' });
  const targets = report.getByRole('table', { name: 'Targets' });
  await targets.waitFor({ timeout: 60_000 });
  const [name, min, mean, max] = await targets.locator('tbody tr').first().locator('th, td').allTextContents();
  expect(name).toBe('offset');
  expect(Number(min)).toBeLessThan(Number(mean));
  expect(Number(mean)).toBeLessThan(Number(max));
  await screenshot(j, 'regression-report.png');
  await page.keyboard.press('Escape');
  await report.waitFor({ state: 'hidden' });

  // The Output node predicts a number now.
  await page.getByRole('button', { name: 'Fold the dock' }).click();
  await selectNode(page, 'Output', 'output');
  await chooseOption(page, 'Task', 'regression');
  await openDashboard(page);
  await until(
    () =>
      canvasOf(page)
        .getByRole('button', { name: /error|Ready to train/ })
        .textContent(),
    t => t?.trim() === 'Ready to train',
    'the regression graph to be valid',
  );
  await runButton(page, 'Train').click();
  await until(
    () => runStatus(page),
    s => !s.startsWith('Finished'),
    'the new run to start',
  );
  await until(
    () => runStatus(page),
    s => s.startsWith('Finished in'),
    'the regression run to finish',
    120_000,
  );
  expect(await progressStat(page, 'Batch MAE')).toMatch(/^\d/);
  await until(
    () => chartPoints(page, 'MAE per epoch'),
    n => n >= 3,
    'the MAE curve to get its three points',
  );
  expect(await page.getByRole('figure', { name: 'Accuracy per epoch' }).count()).toBe(0);

  const result = d.getByRole('region', { name: 'Test results of this run' });
  const kpi = (name: string) => result.locator('.tp-kpi').filter({ hasText: name }).locator('strong').textContent();
  for (const name of ['Test MAE', 'Test RMSE', 'Test R²']) expect(await kpi(name)).toMatch(/^-?\d/);
  expect(await result.getByRole('table', { name: 'Confusion matrix' }).count()).toBe(0);
  const images = Number(await kpi('Test images'));
  const scatter = result.getByRole('figure', { name: 'Predicted vs true offset' });
  await until(
    () => scatter.locator('.recharts-scatter circle').count(),
    n => n === images,
    `a dot per test image (${images})`,
  );
  expect(await scatter.locator('.recharts-reference-line').count()).toBe(1);
  const worst = result.getByRole('region', { name: 'Worst predictions' }).getByRole('img');
  expect(await worst.count()).toBeGreaterThan(0);
  expect(await worst.first().getAttribute('aria-label')).toMatch(
    /^Test image \d+: true -?[\d.]+ · predicted -?[\d.e+-]+$/,
  );
  await result.scrollIntoViewIfNeeded();
  await screenshot(j, 'regression-result.png');
}
