/** Number fields that state and enforce their range, and a project name that says why it is refused. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { nodeFace, numberField, selectNode } from '../support/canvas';
import { dashboard, dockTab, featureMaps } from '../support/dashboard';
import { closeAnyDialog, describedText } from '../support/focus';
import { screenshot, type Journey } from '../support/journey';

const POLL = { timeout: 5000 };

async function openDockTab(page: Page, tab: 'Train' | 'Feature maps'): Promise<void> {
  if (!(await dockTab(page, tab).isVisible()))
    await page.getByRole('banner').getByRole('button', { name: 'Training', exact: true }).click();
  await dockTab(page, tab).click();
}

async function rangesStatedAndEnforced(j: Journey): Promise<void> {
  const { page } = j;
  await closeAnyDialog(page);
  await openDockTab(page, 'Train');
  const d = dashboard(page);
  const epochs = d.getByLabel('Epochs', { exact: true });
  expect(await describedText(epochs), 'Epochs states its range').toContain('1–10,000');
  expect([await epochs.getAttribute('aria-valuemin'), await epochs.getAttribute('aria-valuemax')]).toEqual([
    '1',
    '10000',
  ]);
  await epochs.fill('20000');
  await expect.poll(() => describedText(epochs), POLL).toContain('At most 10,000');
  expect(await epochs.getAttribute('aria-invalid')).toBe('true');
  await epochs.fill('3');
  await expect.poll(() => epochs.getAttribute('aria-invalid'), POLL).toBe(null);
  expect(await describedText(d.getByLabel('Learning rate', { exact: true }))).toContain('more than 0, at most 10');

  await selectNode(page, 'Conv 2D', 'conv1');
  const filters = numberField(page, 'Filters');
  expect(await describedText(filters), 'Filters states its range').toContain('1–4,096');
  const before = await nodeFace(page, 'Conv 2D', 'conv1').textContent();
  await filters.fill('5000');
  // Every number field of the app says the same thing for the same mistake.
  await expect.poll(() => describedText(filters), POLL).toContain('At most 4,096');
  expect(await nodeFace(page, 'Conv 2D', 'conv1').textContent(), 'the refused value does not reach the node').toBe(
    before,
  );
  await filters.press('Escape');

  await openDockTab(page, 'Feature maps');
  const probe = featureMaps(page).getByRole('spinbutton', { name: /^Probe image index/ });
  await expect
    .poll(() => probe.getAttribute('max'), { ...POLL, message: 'the probe index to have the test split as its range' })
    .toBe('1999');
  expect(await describedText(probe)).toContain('0–1,999');
  await probe.fill('5000');
  await probe.press('Enter');
  await expect.poll(() => describedText(probe), POLL).toMatch(/2,000 test images/);
  expect(await probe.getAttribute('aria-invalid')).toBe('true');
  await screenshot(j, 'probe-out-of-range.png');
  await probe.fill('1999');
  await probe.press('Enter');
  await expect
    .poll(() => featureMaps(page).getByRole('button', { name: 'Next probe image' }).isDisabled(), POLL)
    .toBe(true);
  expect(await probe.getAttribute('aria-invalid')).toBe(null);
}

async function longProjectNames(j: Journey): Promise<void> {
  const { page } = j;
  await closeAnyDialog(page);
  const bar = page.getByRole('banner');
  const name = bar.getByRole('textbox', { name: /^Project name/ });
  const original = await name.inputValue();
  await name.fill('n'.repeat(230));
  const tooLong = bar.getByText('Names are at most 200 characters (this one has 230)');
  await tooLong.waitFor({ timeout: 5000 });
  expect(await name.getAttribute('aria-invalid')).toBe('true');
  await name.press('Enter');
  expect(await tooLong.isVisible(), 'Enter keeps the refused name and its message').toBe(true);
  await screenshot(j, 'name-too-long.png');
  await name.press('Escape');
  await expect.poll(() => name.inputValue(), POLL).toBe(original);

  const long = 'A small convolutional network for handwritten digits, with augmentation and early stopping (run 7)';
  await name.fill(long);
  await name.press('Enter');
  await expect.poll(() => name.getAttribute('title'), POLL).toBe(long);
  expect(
    await bar.getByRole('textbox', { name: new RegExp(long.replace(/[()]/g, '\\$&')) }).count(),
    'the accessible name holds the full name',
  ).toBe(1);
  const shown = await name.evaluate(el => ({
    overflow: getComputedStyle(el).textOverflow,
    clipped: el.scrollWidth > el.clientWidth,
  }));
  expect(shown).toEqual({ overflow: 'ellipsis', clipped: true });
  await screenshot(j, 'name-long.png');
}

export const fieldSteps = { rangesStatedAndEnforced, longProjectNames };
