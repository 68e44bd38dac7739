/** Driving the browser shell's in-app file browser (Open, Save As, Choose a folder) as a person does. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { until } from './waitFor';

export type PathPurpose = 'saveProject' | 'openProject' | 'chooseFolder';

const TITLES: Record<PathPurpose, string> = {
  saveProject: 'Save project as',
  openProject: 'Open project',
  chooseFolder: 'Choose a folder',
};

/** Types `folder` into the dialog's Folder box, presses Enter, and waits until the listing shows it. */
async function goTo(page: Page, dialogName: string, folder: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  const box = dialog.getByRole('textbox', { name: 'Folder', exact: true });
  await box.fill(folder);
  await box.press('Enter');
  await until(
    () => box.inputValue(),
    v => v === folder,
    `the file browser to show ${folder}`,
  );
}

/**
 * Answers the file browser that `trigger` opens with `target` (a file for save/open, a folder to choose).
 * @example await answerFileBrowser(page, 'saveProject', '/tmp/p/lenet.convas.json', () => menuItem.click());
 */
export async function answerFileBrowser(
  page: Page,
  purpose: PathPurpose,
  target: string,
  trigger: () => Promise<unknown>,
): Promise<void> {
  await trigger();
  const name = TITLES[purpose];
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  const folder = purpose === 'chooseFolder' ? target : path.dirname(target);
  await goTo(page, name, folder);
  if (purpose === 'saveProject') {
    await dialog.getByRole('textbox', { name: 'File name' }).fill(path.basename(target));
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  } else if (purpose === 'openProject') {
    await dialog.getByRole('option', { name: path.basename(target) }).click();
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  } else {
    await dialog.getByRole('button', { name: 'Choose folder', exact: true }).click();
  }
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * Answers "Choose a folder" with a new folder `name` inside `parent`, made with the browser's New folder, as a person does;
 * `inside` runs while the browser shows the new folder (e.g. a screenshot).
 * @example await chooseNewFolder(page, '/tmp/exports', 'lenet-tfjs', () => exportButton.click());
 */
export async function chooseNewFolder(
  page: Page,
  parent: string,
  name: string,
  trigger: () => Promise<unknown>,
  inside?: () => Promise<unknown>,
): Promise<string> {
  await trigger();
  const dialog = page.getByRole('dialog', { name: TITLES.chooseFolder });
  await dialog.waitFor();
  await goTo(page, TITLES.chooseFolder, parent);
  await dialog.getByRole('button', { name: 'New folder' }).click();
  await dialog.getByRole('textbox', { name: 'New folder name' }).fill(name);
  await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  const target = path.join(parent, name);
  await until(
    () => dialog.getByRole('textbox', { name: 'Folder', exact: true }).inputValue(),
    v => v === target,
    `the browser to enter ${target}`,
  );
  await inside?.();
  await dialog.getByRole('button', { name: 'Choose folder', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  return target;
}
