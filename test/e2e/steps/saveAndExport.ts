/**
 * Steps 6–7: export the trained model into a folder; Save As through the file browser, reload the
 * page, reopen the project from Recent and find it identical; load the exported model with tfjs.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import type { Page } from 'playwright-core';
import { loadDataset } from '../../../engine/data/load';
import { projectSchema, type Project } from '../../../engine/core/project/schema';
import { loadModel } from '../../../engine/tf/modelFiles';
import { canvasOf, edgeTexts, inspector, node, nodeNames, numberField, selectNode } from '../support/canvas';
import { dashboard, runButton } from '../support/dashboard';
import { chooseNewFolder } from '../support/fileBrowser';
import type { Journey } from '../support/journey';
import { REPO } from '../support/paths';
import { until } from '../support/waitFor';
import { LENET_EDGES, LENET_NODES, lenetEdgeTexts, lenetNodeNames } from './lenet';
import { SUBSET } from './train';

const projectMenu = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Project' });
const menuItem = (page: Page, name: string | RegExp) =>
  page.getByRole('menu', { name: 'Project' }).getByRole('menuitem', { name });
const fileLabel = (page: Page) => page.getByRole('banner').locator('.project-title__file');
const dirtyMarker = (page: Page) => page.getByRole('banner').getByLabel('Unsaved changes');

async function readProject(file: string): Promise<Project> {
  return projectSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

/** The graph as a person built it: ids, kinds, params and edges, whatever the order in the file. */
function graphOf(p: Project) {
  return {
    nodes: p.nodes.map(({ id, kind, params }) => ({ id, kind, params })).sort((a, b) => a.id.localeCompare(b.id)),
    edges: p.edges.map(e => `${e.source}→${e.target}`).sort(),
  };
}

async function saveAs(j: Journey, file: string): Promise<void> {
  const { page } = j;
  await j.target.answerPath('saveProject', file, async () => {
    await projectMenu(page).click();
    await menuItem(page, /^Save As…/).click();
  });
  await until(
    () => fileLabel(page).textContent(),
    t => t === path.basename(file),
    `the title to name ${path.basename(file)}`,
  );
  expect(await dirtyMarker(page).count()).toBe(0);
}

/** Into a new folder: made with the file browser's New folder (a native dialog makes it itself). */
export async function exportModel(j: Journey): Promise<void> {
  const { page } = j;
  const folder = path.join(j.dirs.exports, 'lenet-tfjs');
  const open = () => runButton(page, 'Export…').click();
  if (j.target.name === 'browser shell') await chooseNewFolder(page, j.dirs.exports, 'lenet-tfjs', open);
  else await j.target.answerPath('chooseFolder', folder, open);
  const done = dashboard(page).getByRole('status').filter({ hasText: 'Exported TensorFlow.js model to' });
  await done.waitFor({ timeout: 30_000 });
  expect(await done.textContent()).toContain(folder);
  const files = await readdir(folder);
  expect(files).toContain('model.json');
  expect(files.some(f => /^weights.*\.bin$/.test(f))).toBe(true);
  j.facts.exportDir = folder;
}

export async function saveReloadReopen(j: Journey): Promise<void> {
  const { page } = j;
  const file = path.join(j.dirs.projects, 'lenet.convas.json');
  await saveAs(j, file);
  const saved = await readProject(file);
  j.facts.savedPath = file;

  // What was built is what was written.
  expect(saved.name).toBe('lenet');
  expect(graphOf(saved)).toEqual({
    nodes: LENET_NODES.map(({ id, kind, params }) => ({ id, kind, params })).sort((a, b) => a.id.localeCompare(b.id)),
    edges: LENET_EDGES.map(([source, target]) => `${source}→${target}`).sort(),
  });
  expect(saved.training.epochs).toBe(1);
  expect(saved.dataset).toEqual({ kind: 'builtin', name: 'mnist' });

  // A reload forgets everything but the disk: a blank project again.
  await page.reload();
  await node(page, 'Input', 'input').waitFor();
  await until(
    () => nodeNames(page),
    names => names.length === 1,
    'a blank canvas after the reload',
  );
  expect(await fileLabel(page).textContent()).toBe('not saved');

  // Reopen it from the Recent list.
  await projectMenu(page).click();
  const recent = menuItem(page, 'lenet.convas.json');
  await recent.waitFor();
  expect(await recent.getAttribute('title')).toBe(file);
  await recent.click();
  await until(
    () => nodeNames(page),
    names => names.length === LENET_NODES.length,
    'the reopened project on the canvas',
  );
  expect(await nodeNames(page)).toEqual(lenetNodeNames());
  expect(await edgeTexts(page)).toEqual(lenetEdgeTexts());
  expect(await fileLabel(page).textContent()).toBe('lenet.convas.json');
  expect(await page.getByRole('textbox', { name: 'Project name' }).inputValue()).toBe('lenet');
  await until(
    () =>
      canvasOf(page)
        .getByRole('button', { name: /error|Ready to train/ })
        .textContent(),
    t => t?.trim() === 'Ready to train',
    'the reopened graph to be valid',
  );
  await selectNode(page, 'Conv 2D', 'conv1');
  expect(await numberField(page, 'Filters').inputValue()).toBe('6');
  expect(await inspector(page).getByRole('spinbutton', { name: 'Kernel size' }).inputValue()).toBe('5');
  expect(await inspector(page).getByRole('combobox', { name: 'Padding', exact: true }).inputValue()).toBe('same');

  // Saved again under another file from the reopened project: the same graph, positions and settings
  // included, as a new project (its own id, so its runs are its own) named after the new file.
  const copy = path.join(j.dirs.projects, 'lenet-again.convas.json');
  await saveAs(j, copy);
  const again = await readProject(copy);
  expect({ ...again, id: saved.id, name: saved.name }).toEqual(saved);
  expect(again.id).not.toBe(saved.id);
  expect(again.name).toBe('lenet-again');

  // And the first file opens through Open… as well.
  await j.target.answerPath('openProject', file, async () => {
    await projectMenu(page).click();
    await menuItem(page, /^Open…/).click();
  });
  await until(
    () => fileLabel(page).textContent(),
    t => t === 'lenet.convas.json',
    'Open… to load lenet.convas.json',
  );
  expect(await nodeNames(page)).toEqual(lenetNodeNames());
  expect(await edgeTexts(page)).toEqual(lenetEdgeTexts());
}

export async function loadExportedModel(j: Journey): Promise<void> {
  const folder = j.facts.exportDir;
  if (!folder) throw new Error('no export folder: the export step did not run');
  await tf.setBackend('cpu');
  const model = await loadModel(folder);
  try {
    expect(model.outputs[0]!.shape).toEqual([null, 10]);
    expect(model.inputs[0]!.shape).toEqual([null, 28, 28, 1]);
    // It predicts: the held-out digits the dashboard scored are mostly classified right.
    const { test } = await loadDataset({ kind: 'builtin', name: 'mnist' }, REPO, {
      validationSplit: 0.1,
      seed: 42,
      limit: SUBSET,
    });
    const n = 200;
    const x = tf.tidy(() =>
      tf.tensor4d(
        Float32Array.from(test.images.subarray(0, n * 784), v => v / 255),
        [n, 28, 28, 1],
      ),
    );
    const probs = model.predict(x) as tf.Tensor;
    const sums = tf.sum(probs, 1),
      classes = tf.argMax(probs, 1);
    const [rows, predicted] = [await sums.data(), await classes.data()];
    tf.dispose([x, probs, sums, classes]);
    for (const s of rows) expect(s).toBeCloseTo(1, 4);
    const correct = [...predicted].filter((p, i) => p === test.labels[i]).length;
    expect(correct / n).toBeGreaterThan(0.6);
  } finally {
    model.dispose();
  }
}
