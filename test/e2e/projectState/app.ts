/** Driving the app as the project-switching specs need: open a project, show a panel, read what it shows. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { dashboard, featureMaps } from '../support/dashboard';
import type { Journey } from '../support/journey';
import { until } from '../support/waitFor';
import type { ProjectFact } from './fixtures';

export type Panel = 'Train' | 'Feature maps';

const projectMenu = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Project' });
export const menuItem = (page: Page, name: string | RegExp) =>
  page.getByRole('menu', { name: 'Project' }).getByRole('menuitem', { name });
const fileLabel = (page: Page) => page.getByRole('banner').locator('.project-title__file');

/** Project → Open… → the file, as a person does; waits until the title names it. */
export async function openFile(j: Journey, file: string): Promise<void> {
  const { page } = j;
  await j.target.answerPath('openProject', file, async () => {
    await projectMenu(page).click();
    await menuItem(page, /^Open…/).click();
  });
  await until(
    () => fileLabel(page).textContent(),
    t => t === path.basename(file),
    `${path.basename(file)} to open`,
  );
}

export async function showPanel(page: Page, panel: Panel): Promise<void> {
  const tab = page.getByRole('tablist', { name: 'Training' }).getByRole('tab', { name: panel, exact: true });
  if (!(await tab.isVisible()))
    await page.getByRole('banner').getByRole('button', { name: 'Training', exact: true }).click();
  await tab.click();
  await (panel === 'Train' ? dashboard(page) : featureMaps(page)).waitFor();
}

export const runsCard = (page: Page) => dashboard(page).getByRole('region', { name: /^Runs of this project/ });
export const conv1Maps = (page: Page, f: Pick<ProjectFact, 'conv1'>) =>
  featureMaps(page).getByRole('img', {
    name: `conv1: ${f.conv1.channels} tiles of ${f.conv1.size} × ${f.conv1.size}`,
    exact: true,
  });

/** The Train panel shows this project and its runs only: its id, its run, its parameter count, nobody else's. */
export async function expectTrainPanelOf(
  page: Page,
  f: ProjectFact,
  others: ProjectFact[],
  seenId: string | null,
): Promise<string> {
  const d = dashboard(page);
  const id = await until(
    () => d.getAttribute('data-project-id'),
    v => !!v,
    'the Train panel to name its project',
  );
  if (seenId) expect(id, 'the same project keeps its id').toBe(seenId);
  if (f.id) expect(id).toBe(f.id);
  const card = runsCard(page);
  if (f.runId) {
    const select = card.getByRole('combobox', { name: 'Run to export or bundle' });
    const offered = await until(
      () =>
        select
          .locator('option')
          .evaluateAll(os => os.map(o => (o as HTMLOptionElement).value))
          .catch(() => [] as string[]),
      v => v.includes(f.runId!),
      `the run list to offer ${f.runId}`,
    );
    const foreign = others.flatMap(o => [...o.runs]).filter(r => offered.includes(r));
    expect(foreign, `runs of other projects offered for ${path.basename(f.file)}`).toEqual([]);
    offered.forEach(r => f.runs.add(r));
    expect(await select.locator('option:checked').textContent()).toContain(
      `${f.params.toLocaleString('en-US')} params`,
    );
  } else {
    await card.getByText('No trained run of this project yet').waitFor();
  }
  const text = (await d.textContent()) ?? '';
  for (const other of others) {
    if (other.params !== f.params)
      expect(text, `another project's parameter count in the Train panel of ${path.basename(f.file)}`).not.toContain(
        `${other.params.toLocaleString('en-US')} params`,
      );
  }
  return id!;
}

/** Feature maps of this project's graph: its conv1 at its own size, no one else's. */
export async function expectMapsOf(page: Page, f: ProjectFact, others: ProjectFact[], id: string): Promise<void> {
  expect(await featureMaps(page).getAttribute('data-project-id')).toBe(id);
  await conv1Maps(page, f).waitFor({ timeout: 30_000 });
  for (const other of others) {
    if (other.conv1.channels !== f.conv1.channels || other.conv1.size !== f.conv1.size)
      expect(await conv1Maps(page, other).count()).toBe(0);
  }
}
