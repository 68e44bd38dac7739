/**
 * Dataset steps 1–2: an image folder picked with the path picker and previewed at the Input's shape;
 * its report read: progress while scanning, images per class and split, sizes, samples, the corrupt file.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { selectNode, setNumber, node } from '../support/canvas';
import { dashboard, readCanvas } from '../support/dashboard';
import { screenshot, type Journey } from '../support/journey';
import { CORRUPT_FILE, SHAPE_CLASSES } from '../support/shapesFolder';
import { until } from '../support/waitFor';

export const INPUT_SHAPE = [32, 32, 3] as const;

export const openDashboard = async (page: Page) => {
  await page.getByRole('banner').getByRole('button', { name: 'Training', exact: true }).click();
  await dashboard(page).waitFor();
};

export async function pickImageFolder(j: Journey, folder: string): Promise<void> {
  const { page } = j;
  await node(page, 'Input', 'input').waitFor();
  await selectNode(page, 'Input', 'input');
  for (const [i, part] of ['height', 'width', 'channels'].entries())
    await setNumber(page, `Shape ${part}`, INPUT_SHAPE[i]!);
  await openDashboard(page);
  const d = dashboard(page);
  await d.getByRole('radio', { name: 'Image folder' }).check();
  await j.target.answerPath('chooseFolder', folder, () =>
    d.getByRole('button', { name: 'Browse for folder path' }).click(),
  );
  await until(
    () => d.getByRole('textbox', { name: 'Folder path' }).inputValue(),
    v => v === folder,
    'the folder path to be filled in',
  );
  // The preview is read at the Input node's shape, in colour.
  const meta = d.locator('.tp-preview .tp-meta');
  await until(
    () => meta.textContent(),
    t => !!t?.includes('32 × 32 × 3') && t.includes('3 classes'),
    'the folder preview at 32 × 32 × 3',
    60_000,
  );
  const classes = d.getByRole('table', { name: 'Sample images and images per class' });
  expect(await classes.locator('tbody th').allTextContents()).toEqual([...SHAPE_CLASSES]);
  expect(
    (await readCanvas(classes.getByRole('img', { name: 'Sample images of class wedge' }))).colours,
  ).toBeGreaterThan(8);
}

/** Records each text the report's progress line shows (a scan may be over between two polls). */
const recordProgress = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { reportProgress: seen });
    new MutationObserver(() => {
      const text = document.querySelector('.dr-progress__text')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

export async function readDatasetReport(j: Journey, files: number, perClass: number): Promise<void> {
  const { page } = j;
  await recordProgress(page);
  await dashboard(page).getByRole('button', { name: 'Report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dataset report' });
  const table = dialog.getByRole('table', { name: 'Images per class and split' });
  await table.waitFor({ timeout: 60_000 });
  const progress = await page.evaluate(() => (window as unknown as { reportProgress: string[] }).reportProgress);
  expect(progress, 'the progress line while scanning').toContainEqual(
    expect.stringMatching(new RegExp(`^Reading files… [\\d,]+ of ${files}$`)),
  );

  const rows = await table
    .locator('tbody tr')
    .evaluateAll(trs => trs.map(tr => [...tr.children].map(c => c.textContent ?? '')));
  expect(rows.map(r => r[0])).toEqual([...SHAPE_CLASSES]);
  for (const [, train, val, test, total] of rows) {
    expect(Number(total)).toBe(perClass);
    expect(Number(train) + Number(val) + Number(test)).toBe(perClass);
    expect(Number(test)).toBeGreaterThan(0);
  }
  const summary = await dialog.locator('.dr-summary').textContent();
  expect(summary).toContain(`${files} files read`);
  expect(summary).toContain(`${files - 1} usable images`);
  expect(await dialog.locator('.dr-chips').textContent()).toContain('96×80');
  expect((await readCanvas(dialog.getByRole('img', { name: 'ring sample 1' }))).width).toBe(INPUT_SHAPE[1]);

  // The corrupt file: listed under its problem, which folds out with the keyboard and folds back with the mouse.
  const problem = dialog.getByRole('button', { name: /1 image is corrupt or truncated/ });
  expect(await problem.getAttribute('aria-expanded')).toBe('false');
  await problem.focus();
  await page.keyboard.press('Enter');
  const fileList = dialog.getByRole('list', { name: /^Files: 1 image is corrupt/ });
  await until(
    () => fileList.textContent(),
    t => !!t?.includes(CORRUPT_FILE),
    `${CORRUPT_FILE} to be listed`,
  );
  await screenshot(j, 'dataset-report.png');
  await problem.click();
  await fileList.waitFor({ state: 'detached' });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
}
