/**
 * Importing a model in the app (browser shell): Project → Import model… opens a TensorFlow.js
 * model.json as an editable graph, and unticking "Train this layer" freezes a node, shown on the canvas.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../engine/core/graph/analyze';
import { parseProjectText } from '../../engine/core/project/parse';
import { selectBackend } from '../../engine/tf/backend';
import { compileGraph } from '../../engine/tf/compile';
import { saveModel } from '../../engine/tf/modelFiles';
import { node } from './support/canvas';
import { REPO } from './support/paths';
import { launchBrowserShell, type AppTarget } from './support/targets';
import { SCREENSHOTS_WANTED } from './support/journey';

const projectMenu = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Project' });
const menuItem = (page: Page, name: string | RegExp) =>
  page.getByRole('menu', { name: 'Project' }).getByRole('menuitem', { name });

let app: AppTarget;
let root: string;
let modelJson: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'convas-e2e-import-'));
  const lenet = parseProjectText(await readFile(path.join(REPO, 'templates/lenet5-mnist.convas.json'), 'utf8'));
  await selectBackend('cpu');
  const { model } = compileGraph(
    analyzeGraph(lenet, { dataset: { imageShape: [28, 28, 1], classNames: [...'0123456789'] } }),
    { numClasses: 10 },
  );
  const dir = path.join(root, 'models', 'lenet');
  await mkdir(dir, { recursive: true });
  await saveModel(model, dir);
  model.dispose();
  modelJson = path.join(dir, 'model.json');
  app = await launchBrowserShell(root);
}, 120_000);
afterAll(async () => {
  const errors = app?.pageErrors.take() ?? [];
  await app?.close();
  await rm(path.join(root, 'chromium-profile'), { recursive: true, force: true });
  // As in every journey: an uncaught exception or console.error anywhere fails it.
  expect(errors, 'page and console errors').toEqual([]);
});

describe('importing a model in the browser shell', () => {
  it('opens a model.json as a graph with its layers, and freezes conv1 from the inspector', async () => {
    const { page } = app;
    await projectMenu(page).click();
    await menuItem(page, /^Import model/).click();
    const picker = page.getByRole('dialog', { name: /^Import a model/ });
    const folder = picker.getByRole('textbox', { name: 'Folder' });
    await folder.fill(path.dirname(modelJson));
    await folder.press('Enter');
    await picker.getByRole('option', { name: 'model.json' }).click();
    await picker.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByText(/^Imported \d+ layers from model\.json/).waitFor();
    for (const [label, id] of [
      ['Input', 'input'],
      ['Conv 2D', 'conv1'],
      ['Conv 2D', 'conv2'],
      ['Output', 'output'],
    ]) {
      await node(page, label!, id!).waitFor();
    }
    const conv1 = node(page, 'Conv 2D', 'conv1');
    await conv1.locator('.layer-node__head').click();
    const trainable = page.getByRole('checkbox', { name: 'Train this layer' });
    expect(await trainable.isChecked()).toBe(true);
    expect(await conv1.getByRole('img', { name: 'Frozen' }).count()).toBe(0);
    await trainable.uncheck();
    await conv1.getByRole('img', { name: 'Frozen' }).waitFor();
    expect(await node(page, 'Conv 2D', 'conv2').getByRole('img', { name: 'Frozen' }).count()).toBe(0);
    const shot = path.join(root, 'import-frozen.png');
    await page.screenshot({ path: shot });
    if (SCREENSHOTS_WANTED) await copyFile(shot, path.join(REPO, 'test/e2e/screenshots/import-frozen.png'));
    expect(app.logs).toEqual([]);
    expect(tf.getBackend()).toBeTruthy();
  }, 120_000);
});
