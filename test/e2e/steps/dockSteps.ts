/** The dock beside the canvas, not over it: its own room, a splitter by keyboard and mouse, React Flow still usable. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { canvasOf, node, selectNode, viewportZoom } from '../support/canvas';
import { dashboard, dockTab } from '../support/dashboard';
import { closeAnyDialog } from '../support/focus';
import { screenshot, type Journey } from '../support/journey';

const POLL = { timeout: 5000 };

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator} is not rendered`);
  return b;
}

const height = async (locator: Locator) => (await box(locator)).height;

async function openDock(page: Page): Promise<void> {
  if (!(await dockTab(page, 'Train').isVisible()))
    await page.getByRole('banner').getByRole('button', { name: 'Training', exact: true }).click();
  if ((await dockTab(page, 'Train').getAttribute('aria-selected')) !== 'true') await dockTab(page, 'Train').click();
  await dashboard(page).waitFor();
}

async function dockSharesTheScreen(j: Journey): Promise<void> {
  const { page } = j;
  await closeAnyDialog(page);
  await openDock(page);
  const canvas = canvasOf(page);
  const dock = page.getByRole('region', { name: 'Training', exact: true });
  const sidebar = page.getByRole('complementary', { name: 'Details' });
  const [c, d, s] = [await box(canvas), await box(dock), await box(sidebar)];
  expect(d.y, 'the dock starts below the canvas').toBeGreaterThanOrEqual(c.y + c.height - 1);
  expect(c.height, 'the canvas keeps room to work at 1280×800').toBeGreaterThanOrEqual(300);
  expect(d.height, 'the dock has room for the dashboard').toBeGreaterThanOrEqual(300);
  expect(s.y + s.height, 'the sidebar (inspector, augmentation preview) keeps its full height').toBeGreaterThanOrEqual(
    799,
  );
  await screenshot(j, 'dock-default.png');

  const splitter = page.getByRole('separator', { name: 'Resize the dock' });
  const value = async () => Number(await splitter.getAttribute('aria-valuenow'));
  const min = Number(await splitter.getAttribute('aria-valuemin'));
  const max = Number(await splitter.getAttribute('aria-valuemax'));
  expect(max, 'the splitter states its largest height').toBeGreaterThan(min);
  const start = await value();
  const canvasStart = c.height;

  await splitter.focus();
  await page.keyboard.press('ArrowUp');
  await expect.poll(value, POLL).toBe(start + 40);
  await expect
    .poll(() => height(canvas), { ...POLL, message: 'the canvas to shrink as the dock grows' })
    .toBe(canvasStart - 40);
  await page.keyboard.press('ArrowDown');
  await expect.poll(value, POLL).toBe(start);
  await page.keyboard.press('End');
  await expect.poll(value, POLL).toBe(max);
  expect(await height(canvas), 'the canvas never disappears').toBeGreaterThanOrEqual(200);
  await page.keyboard.press('Home');
  await expect.poll(value, POLL).toBe(min);

  // The mouse: drag the splitter 150 px up.
  const grip = await box(splitter);
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2 - 150, { steps: 6 });
  await page.mouse.up();
  await expect.poll(value, POLL).toBe(min + 150);
  await expect
    .poll(async () => (await box(canvas)).y + (await box(canvas)).height, POLL)
    .toBeLessThanOrEqual((await box(dock)).y + 1);

  // React Flow follows its smaller box and still works in it: its pane fills the canvas, zoom and selection respond.
  await expect
    .poll(async () => Math.round((await box(canvas.locator('.react-flow__renderer'))).height), POLL)
    .toBe(Math.round(await height(canvas)));
  const zoom = await viewportZoom(page);
  await canvas.getByRole('button', { name: /zoom out/i }).click();
  await expect.poll(() => viewportZoom(page), POLL).toBeLessThan(zoom);
  await canvas.getByRole('button', { name: /fit view/i }).click();
  await selectNode(page, 'Conv 2D', 'conv1');
  const conv1 = await box(node(page, 'Conv 2D', 'conv1'));
  const area = await box(canvas);
  expect(conv1.y + conv1.height, 'the selected node is drawn inside the smaller canvas').toBeLessThanOrEqual(
    area.y + area.height + 1,
  );
  await splitter.focus();
  for (let i = 0; i < 20 && (await value()) < start; i++) await page.keyboard.press('ArrowUp');
  await screenshot(j, 'dock-resized.png');
}

export const dockSteps = { dockSharesTheScreen };
