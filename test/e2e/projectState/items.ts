/** The faults new users met when they switched projects (issue 9, items 1–5), each as a person would meet it. */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { openBundle } from '../../../engine/bundle';
import { dashboard, featureMaps, runButton, runStatus } from '../support/dashboard';
import { screenshot, type Journey } from '../support/journey';
import { chooseNewFolder } from '../support/fileBrowser';
import { until } from '../support/waitFor';
import { conv1Maps, menuItem, openFile, runsCard, showPanel } from './app';
import type { ProjectFact, ProjectName } from './fixtures';

type Facts = Record<ProjectName, ProjectFact>;

const runControls = (page: Page) => dashboard(page).getByRole('region', { name: 'Run controls' });

/** The chance band of a k-class test set of n images: two standard errors above 1/k (an independent count, not the app's code). */
function chanceBand(classes: number, images: number): number {
  const p = 1 / classes;
  return p + 2 * Math.sqrt((p * (1 - p)) / images);
}

async function trainHere(page: Page): Promise<void> {
  await showPanel(page, 'Train');
  // Ready, or showing this project's last run: either way Train may start another.
  await until(
    () => runButton(page, 'Train').isEnabled(),
    ok => ok,
    'the Train button to be enabled',
  );
  await runButton(page, 'Train').click();
  await until(
    () => runStatus(page),
    s => !s.startsWith('Finished in'),
    'the new run to start',
  );
  await until(
    () => runStatus(page),
    s => s.startsWith('Finished in'),
    'the run to finish',
    120_000,
  );
}

/** Item 5: the test score stands first, beside the progress; batch figures say they are a batch's; colour follows chance. */
export async function trainShapesAndReadTheScore(j: Journey, facts: Facts): Promise<void> {
  const { page } = j;
  await openFile(j, facts.shapes.file);
  await trainHere(page);
  const names = await runControls(page).locator('.tp-stats dt').allTextContents();
  expect(names).toContain('Batch accuracy');
  expect(names).not.toContain('Accuracy');
  const headline = runControls(page).locator('.tp-headline');
  await headline.waitFor();
  const text = (await headline.textContent()) ?? '';
  const accuracy = Number(/Test accuracy\s*([\d.]+) %/.exec(text)?.[1]) / 100;
  const images = Number(/on ([\d,]+) test images/.exec(text)?.[1]?.replace(/,/g, ''));
  expect(accuracy).toBeGreaterThanOrEqual(0);
  expect(images).toBeGreaterThan(0);
  const tone = await headline.getAttribute('data-tone');
  if (accuracy <= chanceBand(3, images))
    expect(tone, `${accuracy} on ${images} images is chance level for 3 classes`).toBe('chance');
  else expect(tone).not.toBe('chance');
  await screenshot(j, 'result-beside-progress.png');
}

/** Item 1: another project's Train panel shows none of the last run, and Export writes this project's own run. */
export async function switchAndExport(j: Journey, facts: Facts): Promise<void> {
  const { page } = j;
  await openFile(j, facts.digits.file);
  await showPanel(page, 'Train');
  await until(
    () => runStatus(page),
    s => s === 'Ready to train',
    'the digits project to show no run in progress',
    10_000,
  );
  expect(await dashboard(page).textContent()).not.toContain(`${facts.shapes.params.toLocaleString('en-US')} params`);
  const target = await chooseNewFolder(
    page,
    j.dirs.exports,
    'digits-model',
    async () => {
      await dashboard(page)
        .getByRole('button', { name: /^Export/ })
        .click();
    },
    () => screenshot(j, 'export-new-folder.png'),
  );
  await dashboard(page)
    .getByRole('status')
    .filter({ hasText: 'Exported TensorFlow.js model to' })
    .waitFor({ timeout: 30_000 });
  const model = JSON.parse(await readFile(path.join(target, 'model.json'), 'utf8')) as {
    modelTopology: { config: { layers: { config: { batch_input_shape?: number[] } }[] } };
    weightsManifest: { weights: { shape: number[] }[] }[];
  };
  const inputShape = model.modelTopology.config.layers.find(l => l.config.batch_input_shape)?.config.batch_input_shape;
  expect(inputShape, "the exported model is the digits project's").toEqual([null, 28, 28, 1]);
  const params = model.weightsManifest
    .flatMap(g => g.weights)
    .reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);
  expect(params).toBe(facts.digits.params);
  await runsCard(page).scrollIntoViewIfNeeded();
  await screenshot(j, 'switched-project.png');
}

/** Items 2 and 3: a fresh copy of a template trained in another project has no run to bundle, and its maps are random. */
export async function untrainedTwinHasNothing(j: Journey): Promise<void> {
  const { page } = j;
  const template = async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Project' }).click();
    await menuItem(page, /^Templates/).click();
    // Nothing was edited, so no unsaved-work prompt comes between.
    await page
      .getByRole('dialog', { name: 'Start from a template' })
      .getByRole('button', { name: 'Open template lenet5-mnist' })
      .click();
  };
  await template();
  await showPanel(page, 'Train');
  await dashboard(page).getByRole('checkbox', { name: 'Train on a subset' }).check();
  await dashboard(page).getByLabel('Subset size (images)', { exact: true }).fill('300');
  await trainHere(page);
  await template();
  const file = path.join(j.dirs.projects, 'lenet-copy.convas');
  await page.getByRole('banner').getByRole('button', { name: 'Project' }).click();
  await menuItem(page, 'Save as bundle…').click();
  const save = page.getByRole('dialog', { name: 'Save as bundle' });
  await save.getByRole('textbox', { name: 'Folder', exact: true }).fill(j.dirs.projects);
  await save.getByRole('textbox', { name: 'Folder', exact: true }).press('Enter');
  await save.getByRole('textbox', { name: 'File name' }).fill('lenet-copy');
  await save.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Saved bundle lenet-copy.convas').waitFor();
  const opened = await openBundle(file, await mkdtemp(path.join(os.tmpdir(), 'convas-check-')));
  expect(opened.runs, 'a project never trained bundles no run').toEqual([]);
  // Its maps are of random weights, not the other copy's trained ones.
  await showPanel(page, 'Feature maps');
  await until(
    () => featureMaps(page).locator('.fm-bar__source').textContent(),
    t => !!t?.includes('Untrained'),
    'untrained maps of the new copy',
  );
}

/** Item 3: a teacher's conv → pool graph, with no Output at all, shows its maps. */
export async function convPoolDemoMaps(j: Journey, facts: Facts): Promise<void> {
  const { page } = j;
  await openFile(j, facts.demo.file);
  await showPanel(page, 'Feature maps');
  await conv1Maps(page, facts.demo).waitFor({ timeout: 30_000 });
  const pool1 = featureMaps(page).getByRole('img', { name: 'pool1: 4 tiles of 14 × 14', exact: true });
  await pool1.waitFor();
  expect(await featureMaps(page).getByRole('alert').count()).toBe(0);
  // The previous step's notice, if still there, is dismissed; and room is made to see the maps, as a teacher showing them would.
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  if (await dismiss.isVisible()) await dismiss.click();
  for (let i = 0; i < 3; i++) await page.getByRole('separator', { name: 'Resize the dock' }).press('ArrowUp');
  await pool1.scrollIntoViewIfNeeded();
  await screenshot(j, 'conv-pool-maps.png');
}

/** Item 4: Feature maps open on a 32×32×3 project, then a 28×28×1 project opens: its maps, and no blank screen. */
export async function mapsSurviveAnotherShape(j: Journey, facts: Facts): Promise<void> {
  const { page } = j;
  await openFile(j, facts.shapes.file);
  await showPanel(page, 'Feature maps');
  await conv1Maps(page, facts.shapes).waitFor({ timeout: 30_000 });
  await openFile(j, facts.digits.file);
  await conv1Maps(page, facts.digits).waitFor({ timeout: 30_000 });
  await page.getByRole('banner').waitFor();
  expect((await page.getByRole('application').count()) + (await page.locator('.react-flow').count())).toBeGreaterThan(
    0,
  );
}

/** Item 12: after a second run with another learning rate, the legend says which line is which and what the earlier run did differently. */
export async function legendSaysWhatDiffered(j: Journey, facts: Facts): Promise<void> {
  const { page } = j;
  await openFile(j, facts.shapes.file);
  await trainHere(page);
  const rate = dashboard(page).getByLabel('Learning rate', { exact: true });
  await rate.fill('0.01');
  await rate.press('Tab');
  await runButton(page, 'Train').click();
  await until(
    () => runStatus(page),
    s => s.startsWith('Finished in'),
    'the second run to finish',
    120_000,
  );
  const legend = dashboard(page).getByRole('list', { name: 'What the lines are' });
  expect(await legend.getByRole('listitem').allTextContents()).toEqual([
    'training (this run)',
    'validation (this run)',
    'earlier runs, dashed in their colour: validation per epoch, training loss per batch',
  ]);
  const earlier = dashboard(page).getByRole('group', { name: /Compare with earlier runs/ });
  expect(await earlier.textContent()).toContain('differed: lr 0.003 (now 0.01)');
  await earlier.scrollIntoViewIfNeeded();
  await screenshot(j, 'runs-legend.png');
}

/** Item 11: Save As of a template names the project after the file (the exported page's title follows). */
export async function saveAsNamesTheProject(j: Journey): Promise<void> {
  const { page } = j;
  const dirty = (await page.getByRole('banner').getByLabel('Unsaved changes').count()) > 0;
  await page.getByRole('banner').getByRole('button', { name: 'Project' }).click();
  await menuItem(page, /^Templates/).click();
  await page
    .getByRole('dialog', { name: 'Start from a template' })
    .getByRole('button', { name: 'Open template lenet5-mnist' })
    .click();
  // A changed setting (the previous step's learning rate) is left unsaved, as a person moving on would.
  if (dirty)
    await page.getByRole('dialog', { name: 'Unsaved changes' }).getByRole('button', { name: "Don't save" }).click();
  const file = path.join(j.dirs.projects, 'my-digits.convas.json');
  await j.target.answerPath('saveProject', file, async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Project' }).click();
    await menuItem(page, /^Save As…/).click();
  });
  await until(
    () => page.getByRole('banner').locator('.project-title__file').textContent(),
    t => t === 'my-digits.convas.json',
    'the file name in the title',
  );
  const saved = JSON.parse(await readFile(file, 'utf8')) as { name: string };
  expect(saved.name).toBe('my-digits');
}

/** Item 10: at 1280×800 with the dock as it opens, the dataset, epochs, batch size, learning rate and Train are all in view. */
export async function mostUsedControlsInView(j: Journey, facts: Facts): Promise<void> {
  const { page } = j;
  await openFile(j, facts.digits.file);
  await showPanel(page, 'Train');
  const d = dashboard(page);
  // The dataset preview has been read (the class table is the tallest part of the panel).
  await d.locator('.tp-classes').waitFor();
  const controls = {
    Epochs: d.getByLabel('Epochs', { exact: true }),
    'Batch size': d.getByLabel('Batch size', { exact: true }),
    'Learning rate': d.getByLabel('Learning rate', { exact: true }),
    Train: runButton(page, 'Train'),
    'the dataset line': d.locator('.tp-trains-on').filter({ hasText: '10 classes' }),
  };
  for (const [name, control] of Object.entries(controls)) {
    // Wholly inside the window and inside the part of its scrolling column that shows, without scrolling.
    const seen = await control.evaluate(el => {
      const r = el.getBoundingClientRect();
      const column = el.closest('.tp-setup, .tp-run')!.getBoundingClientRect();
      return (
        r.top >= Math.max(0, column.top) &&
        r.bottom <= Math.min(window.innerHeight, column.bottom) &&
        r.left >= 0 &&
        r.right <= window.innerWidth
      );
    });
    expect(seen, `${name} in view at 1280×800 without scrolling`).toBe(true);
  }
}
