/** Dataset step 5: a short run on the image folder, through the augmentation layers, to its result. */
import { expect } from 'vitest';
import { dashboard, runButton, runStatus } from '../support/dashboard';
import { screenshot, type Journey } from '../support/journey';
import { until } from '../support/waitFor';
import { openDashboard } from './imageFolder';

export async function trainOnFolder(j: Journey): Promise<void> {
  const { page } = j;
  await openDashboard(page);
  const d = dashboard(page);
  // More room for the result, as one does to read it.
  for (let i = 0; i < 3; i++) await page.getByRole('separator', { name: 'Resize the dock' }).press('ArrowUp');
  await d.getByLabel('Epochs', { exact: true }).fill('3');
  await d.getByLabel('Batch size', { exact: true }).fill('16');
  expect(await runStatus(page)).toBe('Ready to train');
  const started = Date.now();
  await runButton(page, 'Train').click();
  await until(
    () => runStatus(page),
    s => s.startsWith('Finished in'),
    'the run on the image folder to finish',
    120_000,
  );
  j.facts.trainingSeconds = (Date.now() - started) / 1000;

  const result = d.getByRole('region', { name: 'Test results of this run' });
  await result.waitFor();
  const accuracy = await result.locator('.tp-kpi').filter({ hasText: 'Test accuracy' }).locator('strong').textContent();
  expect(accuracy).toMatch(/^\d+(\.\d)? %$/);
  j.facts.testAccuracy = Number(accuracy!.replace(/\s*%$/, '')) / 100;
  const cells = await result
    .getByRole('table', { name: 'Confusion matrix' })
    .locator('tbody tr')
    .evaluateAll(rows => rows.map(r => [...r.querySelectorAll('td')].map(td => Number(td.textContent || '0'))));
  expect(cells).toHaveLength(3);
  const images = Number(
    (await result.locator('.tp-kpi').filter({ hasText: 'Test images' }).locator('strong').textContent())!.replace(
      /,/g,
      '',
    ),
  );
  expect(cells.flat().reduce((a, b) => a + b, 0)).toBe(images);
  // The corrupt PNG the report listed is left out of the run, with a warning naming it.
  const skipped = d.getByRole('note', { name: 'Skipped files' });
  await skipped.locator('summary').click();
  await until(
    () => skipped.textContent(),
    t => !!t?.includes('broken.png'),
    'the skipped corrupt file to be named',
  );
  await result.scrollIntoViewIfNeeded();
  await screenshot(j, 'dataset-training.png');
}
