/**
 * A panel that fails alone. The failure is forced with the app's test hook (a `convas:test-crash`
 * event naming a panel, which makes that panel throw while rendering): it is inert unless a page
 * script dispatches it, and it spares the app a planted bug.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { canvasOf, inspector, node, selectNode } from '../support/canvas';
import { dashboard, dockTab } from '../support/dashboard';
import { closeAnyDialog } from '../support/focus';
import { screenshot, type Journey } from '../support/journey';

const crash = (page: Page, area: string) =>
  page.evaluate(a => window.dispatchEvent(new CustomEvent('convas:test-crash', { detail: a })), area);
const failure = (page: Page, title: string) => page.getByRole('alert').filter({ hasText: title });

async function panelFailsAlone(j: Journey): Promise<void> {
  const { page } = j;
  await closeAnyDialog(page);
  if (!(await dockTab(page, 'Train').isVisible()))
    await page.getByRole('banner').getByRole('button', { name: 'Training', exact: true }).click();
  await dockTab(page, 'Train').click();
  await dashboard(page).waitFor();

  await crash(page, 'Train panel');
  const trainFailed = failure(page, 'The Train panel stopped working');
  await trainFailed.waitFor({ timeout: 5000 });
  expect(await trainFailed.textContent()).toContain('Forced crash of the Train panel (test hook)');
  await j.target.pageErrors.expect(/Forced crash of the Train panel/);
  await screenshot(j, 'panel-failed.png');

  // The rest works: the canvas, the inspector, and Save.
  await selectNode(page, 'Conv 2D', 'conv1');
  await inspector(page).getByRole('heading', { name: 'Conv 2D' }).waitFor();
  const file = path.join(j.dirs.projects, 'after-crash.convas.json');
  await j.target.answerPath('saveProject', file, () => page.keyboard.press('Control+s'));
  await page.getByRole('banner').getByText('after-crash.convas.json').waitFor();
  j.facts.savedPath = file;

  await trainFailed.getByRole('button', { name: 'Reload this panel' }).click();
  await dashboard(page).waitFor();
  expect(await trainFailed.count()).toBe(0);

  // The canvas itself: it fails alone too, and comes back with the same graph.
  await crash(page, 'Canvas');
  const canvasFailed = failure(page, 'The Canvas stopped working');
  await canvasFailed.waitFor({ timeout: 5000 });
  await j.target.pageErrors.expect(/Forced crash of the Canvas/);
  await dashboard(page).waitFor();
  await canvasFailed.getByRole('button', { name: 'Reload this panel' }).click();
  await canvasOf(page).waitFor();
  await node(page, 'Conv 2D', 'conv1').waitFor();

  // A sidebar tab fails alone; switching tabs and back gives a fresh one.
  await crash(page, 'Inspector panel');
  await failure(page, 'The Inspector panel stopped working').waitFor({ timeout: 5000 });
  await j.target.pageErrors.expect(/Forced crash of the Inspector panel/);
  const details = page.getByRole('tablist', { name: 'Details' });
  await details.getByRole('tab', { name: 'Summary' }).click();
  await page.getByRole('tabpanel', { name: 'Summary' }).waitFor();
  await details.getByRole('tab', { name: 'Inspector' }).click();
  await inspector(page).getByRole('heading', { name: 'Conv 2D' }).waitFor();

  // A dialog: its failure shows in a dialog that Escape closes.
  await page.getByRole('banner').getByRole('button', { name: 'Project', exact: true }).click();
  await page.getByRole('menu', { name: 'Project' }).getByRole('menuitem', { name: 'Templates…' }).click();
  await page.getByRole('dialog', { name: 'Start from a template' }).waitFor();
  await crash(page, 'Templates dialog');
  const failedDialog = page.getByRole('dialog', { name: 'This dialog stopped working' });
  await failedDialog.getByText('Forced crash of the Templates dialog (test hook)').waitFor({ timeout: 5000 });
  await j.target.pageErrors.expect(/Forced crash of the Templates dialog/);
  await page.keyboard.press('Escape');
  await failedDialog.waitFor({ state: 'hidden' });
  await node(page, 'Conv 2D', 'conv1').waitFor();
}

async function pageErrorsBlankNothing(j: Journey): Promise<void> {
  const { page } = j;
  await page.evaluate(() => {
    void Promise.reject(new Error('Forced rejection (test)'));
    setTimeout(() => {
      throw new Error('Forced page error (test)');
    }, 50);
  });
  await page.getByRole('alert').filter({ hasText: 'Forced page error (test)' }).waitFor({ timeout: 5000 });
  await j.target.pageErrors.expect(/Forced page error \(test\)|Forced rejection \(test\)/);
  await node(page, 'Conv 2D', 'conv1').waitFor();
  await page.getByRole('banner').getByRole('button', { name: 'Project', exact: true }).waitFor();
  await screenshot(j, 'page-error-notice.png');
}

export const crashSteps = { panelFailsAlone, pageErrorsBlankNothing };
