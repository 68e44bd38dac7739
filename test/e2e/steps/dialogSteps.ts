/** Dialogs by keyboard: focus moves in, Tab stays in, Escape closes, focus goes back to what opened it; and New folder. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { node } from '../support/canvas';
import { dashboard, dockTab } from '../support/dashboard';
import { closeAnyDialog, focusInside, hasFocus, tabStaysInside } from '../support/focus';
import { screenshot, type Journey } from '../support/journey';

const POLL = { timeout: 5000 };
export const projectButton = (page: Page) =>
  page.getByRole('banner').getByRole('button', { name: 'Project', exact: true });
const projectMenu = (page: Page) => page.getByRole('menu', { name: 'Project' });

/** A Project menu item by its label (its accessible name also holds the shortcut, e.g. "Save As… Ctrl+Shift+S"). */
async function chooseFromProjectMenu(page: Page, item: string): Promise<void> {
  await projectButton(page).click();
  await projectMenu(page)
    .getByRole('menuitem', { name: new RegExp(`^${item}`) })
    .click();
}

async function escapeGivesFocusBack(
  page: Page,
  dialogName: string,
  opener: ReturnType<Page['getByRole']>,
): Promise<void> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect.poll(() => focusInside(dialog), { ...POLL, message: `focus to move into "${dialogName}"` }).toBe(true);
  await tabStaysInside(page, dialog, 8);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden', timeout: 5000 });
  await expect
    .poll(() => hasFocus(opener), { ...POLL, message: `focus to return to what opened "${dialogName}"` })
    .toBe(true);
}

async function templatesByKeyboard(j: Journey): Promise<void> {
  const { page } = j;
  await page.getByRole('banner').waitFor();
  // With the mouse first: open LeNet-5, which the later steps use.
  await chooseFromProjectMenu(page, 'Templates…');
  const dialog = page.getByRole('dialog', { name: 'Start from a template' });
  await dialog.getByRole('button', { name: 'Open template lenet5-mnist' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await node(page, 'Conv 2D', 'conv1').waitFor();

  await projectButton(page).focus();
  await page.keyboard.press('Enter');
  await projectMenu(page).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => hasFocus(projectMenu(page).getByRole('menuitem', { name: 'Templates…' })), POLL).toBe(true);
  await page.keyboard.press('Enter');
  await dialog
    .getByRole('button', { name: /^Open template / })
    .first()
    .waitFor();
  await screenshot(j, 'templates-dialog.png');
  await escapeGivesFocusBack(page, 'Start from a template', projectButton(page));
}

async function newFolder(j: Journey): Promise<void> {
  const { page } = j;
  await closeAnyDialog(page);
  await chooseFromProjectMenu(page, 'Save As…');
  const dialog = page.getByRole('dialog', { name: 'Save project as' });
  const folderBox = dialog.getByRole('textbox', { name: 'Folder' });
  await folderBox.fill(j.dirs.projects);
  await folderBox.press('Enter');
  await expect.poll(() => folderBox.inputValue(), POLL).toBe(j.dirs.projects);

  // Keyboard: the button comes right after the Folder box.
  await folderBox.focus();
  await page.keyboard.press('Tab');
  const button = dialog.getByRole('button', { name: 'New folder' });
  await expect
    .poll(() => hasFocus(button), { ...POLL, message: 'Tab from the Folder box to reach "New folder"' })
    .toBe(true);
  await page.keyboard.press('Enter');
  const name = dialog.getByRole('textbox', { name: 'New folder name' });
  await expect.poll(() => hasFocus(name), POLL).toBe(true);
  await page.keyboard.type('experiments');
  await page.keyboard.press('Enter');
  const made = path.join(j.dirs.projects, 'experiments');
  await expect
    .poll(() => folderBox.inputValue(), { ...POLL, message: 'the browser to enter the new folder' })
    .toBe(made);
  expect((await stat(made)).isDirectory()).toBe(true);
  await dialog.getByText('This folder is empty.').waitFor();

  // The same name again, one level up: the reason shows next to the action, in the dialog.
  await dialog.getByRole('button', { name: 'Parent folder' }).click();
  await dialog.getByRole('option', { name: 'experiments' }).waitFor();
  await button.click();
  await name.fill('experiments');
  await name.press('Enter');
  const form = dialog.getByRole('group', { name: 'New folder' });
  await expect.poll(() => form.getByRole('alert').textContent(), POLL).toMatch(/exists already/);
  await screenshot(j, 'new-folder-error.png');
  await name.press('Escape');
  await name.waitFor({ state: 'hidden' });
  expect(await dialog.isVisible()).toBe(true);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => hasFocus(projectButton(page)), POLL).toBe(true);
}

async function reportAndUnsaved(j: Journey): Promise<void> {
  const { page } = j;
  await closeAnyDialog(page);
  if (!(await dockTab(page, 'Train').isVisible()))
    await page.getByRole('banner').getByRole('button', { name: 'Training', exact: true }).click();
  await dockTab(page, 'Train').click();
  const report = dashboard(page).getByRole('button', { name: 'Report…' });
  await report.click();
  await page.getByRole('dialog', { name: 'Dataset report' }).waitFor();
  await escapeGivesFocusBack(page, 'Dataset report', report);

  // The dot has no height of its own (line-height 0): count it rather than wait for it to be "visible".
  const dirty = page.getByRole('banner').getByLabel('Unsaved changes');
  if (!(await dirty.count())) {
    const name = page.getByRole('banner').getByRole('textbox', { name: /^Project name/ });
    await name.fill('dialogs-journey');
    await name.press('Enter');
    await expect.poll(() => dirty.count(), POLL).toBe(1);
  }
  await chooseFromProjectMenu(page, 'New project');
  await page.getByRole('dialog', { name: 'Unsaved changes' }).waitFor();
  await escapeGivesFocusBack(page, 'Unsaved changes', projectButton(page));
  await node(page, 'Conv 2D', 'conv1').waitFor();
}

export const dialogSteps = { templatesByKeyboard, newFolder, reportAndUnsaved };
