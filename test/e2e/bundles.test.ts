/**
 * Bundles in the app (browser shell): Project → Save as bundle… writes a .convas that opens in
 * Node, and Open… lists .convas files and opens one into the app's data folder.
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBundle } from '../../engine/bundle';
import { launchBrowserShell, type AppTarget } from './support/targets';
import { until } from './support/waitFor';
import { REPO } from './support/paths';

const projectMenu = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Project' });
const menuItem = (page: Page, name: string | RegExp) =>
  page.getByRole('menu', { name: 'Project' }).getByRole('menuitem', { name });
const fileLabel = (page: Page) => page.getByRole('banner').locator('.project-title__file');

let app: AppTarget;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'convas-e2e-bundles-'));
  await mkdir(path.join(root, 'projects'));
  await copyFile(path.join(REPO, 'templates/mlp-mnist.convas.json'), path.join(root, 'projects', 'mlp.convas.json'));
  app = await launchBrowserShell(root);
});
afterAll(async () => {
  const errors = app?.pageErrors.take() ?? [];
  await app?.close();
  await rm(path.join(root, 'chromium-profile'), { recursive: true, force: true });
  // As in every journey: an uncaught exception or console.error anywhere fails it.
  expect(errors, 'page and console errors').toEqual([]);
});

describe('bundles in the browser shell', () => {
  it('saves the open project as a bundle and opens the bundle from Open…', async () => {
    const { page } = app;
    const projects = path.join(root, 'projects');
    await app.answerPath('openProject', path.join(projects, 'mlp.convas.json'), async () => {
      await projectMenu(page).click();
      await menuItem(page, /^Open…/).click();
    });
    await until(
      () => fileLabel(page).textContent(),
      t => t === 'mlp.convas.json',
      'the project to open',
    );

    await projectMenu(page).click();
    await menuItem(page, 'Save as bundle…').click();
    const save = page.getByRole('dialog', { name: 'Save as bundle' });
    await save.getByRole('textbox', { name: 'Folder' }).fill(projects);
    await save.getByRole('textbox', { name: 'Folder' }).press('Enter');
    await save.getByRole('textbox', { name: 'File name' }).fill('hand-in');
    await save.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved bundle hand-in.convas').waitFor();
    const check = await openBundle(
      path.join(projects, 'hand-in.convas'),
      await mkdtemp(path.join(os.tmpdir(), 'convas-check-')),
    );
    expect(check.project.name).toBe('mlp-mnist');

    await app.answerPath('openProject', path.join(projects, 'hand-in.convas'), async () => {
      await projectMenu(page).click();
      await menuItem(page, /^Open…/).click();
    });
    await page.getByText('Opened hand-in.convas').waitFor();
    await until(
      () => fileLabel(page).textContent(),
      t => t === 'project.convas.json',
      'the unpacked project to open',
    );
    await projectMenu(page).click();
    expect(await menuItem(page, 'project.convas.json').getAttribute('title')).toMatch(
      new RegExp(`^${app.configDir}/bundles/mlp-mnist-`),
    );
    await page.keyboard.press('Escape');
    expect(app.logs).toEqual([]);
  });
});
