/**
 * Every main view audited with axe-core (issue 9): the canvas, the Train panel before and after a
 * run, Feature maps, the menus and the dialogs. Any serious or critical violation fails its view.
 */
import path from 'node:path';
import { describe, expect } from 'vitest';
import { auditPage } from './support/axeAudit';
import { dashboard, featureMaps, runButton, runStatus } from './support/dashboard';
import { screenshot } from './support/journey';
import { journeyRun } from './support/journeyRun';
import { launchBrowserShell, VIEWPORT } from './support/targets';
import { until } from './support/waitFor';
import { menuItem, openFile, showPanel } from './projectState/app';
import { writeProjects, type ProjectFact, type ProjectName } from './projectState/fixtures';

describe('accessibility of every main view', () => {
  let facts: Record<ProjectName, ProjectFact>;
  const { step } = journeyRun({
    prefix: 'convas-e2e-a11y-',
    launch: launchBrowserShell,
    commitScreenshots: false,
    async prepare(root) {
      facts = await writeProjects(path.join(root, 'projects'));
    },
    summary: () => 'accessibility audit',
  });
  /** Views are audited as the journey reaches them; the last step fails listing every view's violations. */
  const found = new Map<string, string[]>();
  const audit = async (j: Parameters<Parameters<typeof step>[1]>[0], view: string) => {
    found.set(view, await auditPage(j.page));
    // Each view at both sizes people use most, to be looked at for overlap, clipping and unreadable text.
    await screenshot(j, `view-${view}-1280x800.png`);
    await j.page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(j, `view-${view}-1440x900.png`);
    await j.page.setViewportSize(VIEWPORT);
  };

  step('the canvas with a project open', async j => {
    await openFile(j, facts.digits.file);
    await j.page.locator('.react-flow__node').first().waitFor();
    await audit(j, 'canvas');
  });
  step('the inspector of a selected layer, and the unsaved-changes dialog', async j => {
    await j.page.locator('.react-flow__node[data-id="conv1"]').click();
    const filters = j.page.getByRole('spinbutton', { name: /^Filters/ });
    await filters.waitFor();
    await audit(j, 'inspector');
    await filters.fill('7');
    await filters.press('Tab');
    await j.page.getByRole('banner').getByRole('button', { name: 'Project' }).click();
    await menuItem(j.page, /^New/).click();
    const unsaved = j.page.getByRole('dialog', { name: 'Unsaved changes' });
    await unsaved.waitFor();
    await audit(j, 'unsaved-dialog');
    await unsaved.getByRole('button', { name: 'Cancel' }).click();
    await j.page.keyboard.press('Control+z');
  });
  step('the Project menu', async j => {
    await j.page.getByRole('banner').getByRole('button', { name: 'Project' }).click();
    await menuItem(j.page, /^Open…/).waitFor();
    await audit(j, 'menu');
    await j.page.keyboard.press('Escape');
  });
  step('the templates dialog', async j => {
    await j.page.getByRole('banner').getByRole('button', { name: 'Project' }).click();
    await menuItem(j.page, /^Templates/).click();
    await j.page
      .getByRole('dialog', { name: 'Start from a template' })
      .getByRole('button', { name: /^Open template/ })
      .first()
      .waitFor();
    await audit(j, 'templates');
    await j.page.keyboard.press('Escape');
  });
  step('the file browser', async j => {
    await j.page.getByRole('banner').getByRole('button', { name: 'Project' }).click();
    await menuItem(j.page, /^Open…/).click();
    await j.page.getByRole('dialog', { name: 'Open project' }).getByRole('listbox').waitFor();
    await audit(j, 'file-browser');
    await j.page.keyboard.press('Escape');
  });
  step('the Train panel before a run', async j => {
    await showPanel(j.page, 'Train');
    await dashboard(j.page).locator('.tp-classes').waitFor();
    await audit(j, 'train');
  });
  step(
    'the Train panel after a run, with its results',
    async j => {
      await dashboard(j.page).getByRole('checkbox', { name: 'Train on a subset' }).check();
      await dashboard(j.page).getByLabel('Subset size (images)', { exact: true }).fill('300');
      await runButton(j.page, 'Train').click();
      await until(
        () => runStatus(j.page),
        s => s.startsWith('Finished in'),
        'the run to finish',
        120_000,
      );
      await dashboard(j.page).getByRole('table', { name: 'Confusion matrix' }).waitFor();
      await audit(j, 'results');
    },
    150_000,
  );
  step('Feature maps', async j => {
    await showPanel(j.page, 'Feature maps');
    await featureMaps(j.page)
      .getByRole('img', { name: /^conv1: / })
      .waitFor();
    await audit(j, 'feature-maps');
  });
  step(
    'the dataset report dialog',
    async j => {
      await showPanel(j.page, 'Train');
      await dashboard(j.page).getByRole('button', { name: 'Report…' }).click();
      const report = j.page.getByRole('dialog', { name: /report/i });
      await report.getByRole('table').first().waitFor({ timeout: 60_000 });
      await audit(j, 'dataset-report');
      await j.page.keyboard.press('Escape');
    },
    120_000,
  );

  step('no view has a serious or critical violation', async () => {
    expect(found.size).toBe(10);
    const failing = [...found].filter(([, v]) => v.length).map(([view, v]) => `${view}:\n    ${v.join('\n    ')}`);
    expect(failing, 'serious or critical accessibility violations').toEqual([]);
  });
});
