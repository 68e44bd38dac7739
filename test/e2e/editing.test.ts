/**
 * Issue 9, editing items, as a person meets them in the browser shell: selection after undo (7), palette click
 * vs Enter (8), adding into an edge, deleting and reconnecting, refused wires explained (9), readable Fit/Auto layout (10).
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  canvasOf,
  clickPaletteItem,
  dragWire,
  inspector,
  kindTextHeight,
  node,
  nodeFace,
  nodeNames,
  paletteItem,
  selectNode,
  settled,
  viewportZoom,
} from './support/canvas';
import { EDITING_SHOTS, openEditor, type EditorSession } from './support/editorSession';
import { ensureRendererBuilt } from './support/rendererBuild';

const POLL = { timeout: 8_000 };
let s: EditorSession;
let page: Page;

const edgeKeys = () =>
  canvasOf(page)
    .locator('[data-edge]')
    .evaluateAll(els => els.map(e => e.getAttribute('data-edge')).sort());
const inspectorHeading = () => inspector(page).getByRole('heading').first().textContent();
const selectedCount = () => canvasOf(page).locator('.layer-node.is-selected').count();
/** The hint the canvas shows beside the pointer when it refuses a wire. */
const refusalHint = () => canvasOf(page).locator('.connection-refusal');

async function expectHintNear(text: RegExp, at: { x: number; y: number }): Promise<void> {
  await expect
    .poll(
      () =>
        refusalHint()
          .textContent({ timeout: 1000 })
          .catch(() => 'no hint on the canvas'),
      POLL,
    )
    .toMatch(text);
  expect(await refusalHint().getAttribute('aria-live')).toBe('polite');
  const box = (await refusalHint().boundingBox())!;
  expect(Math.hypot(box.x - at.x, box.y - at.y)).toBeLessThan(80);
}

beforeAll(() => ensureRendererBuilt(), 180_000);
beforeEach(async () => {
  s = await openEditor();
  page = s.page;
}, 60_000);
afterEach(async () => {
  const errors = s.errors;
  await s.close();
  expect(errors, 'page errors and console errors').toEqual([]);
});

describe('editing the canvas (issue 9)', () => {
  it('7: after undo and redo, a click selects exactly the clicked node', async () => {
    await selectNode(page, 'Input', 'input');
    await clickPaletteItem(page, 'Conv 2D');
    await node(page, 'Conv 2D', 'conv1').waitFor();
    await page.keyboard.press('Control+z');
    await node(page, 'Conv 2D', 'conv1').waitFor({ state: 'detached' });
    await selectNode(page, 'Input', 'input');
    await expect.poll(() => inspector(page).textContent(), POLL).not.toMatch(/nodes selected/);
    await expect.poll(inspectorHeading, POLL).toBe('Input');
    expect(await selectedCount()).toBe(1);

    await page.keyboard.press('Control+Shift+z');
    await selectNode(page, 'Conv 2D', 'conv1');
    await expect.poll(inspectorHeading, POLL).toBe('Conv 2D');
    expect(await selectedCount()).toBe(1);
    await s.screenshot('7-selection-after-undo-redo.png');
  });

  it('8: a palette click adds once, Enter after it adds nothing more, Enter on a focused item adds once; the footer says so', async () => {
    await selectNode(page, 'Input', 'input');
    await clickPaletteItem(page, 'Conv 2D');
    await node(page, 'Conv 2D', 'conv1').waitFor();
    await page.keyboard.press('Enter');
    await paletteItem(page, 'Max Pooling 2D').focus();
    await page.keyboard.press('Enter');
    await node(page, 'Max Pooling 2D', 'pool1').waitFor();
    await canvasOf(page).getByRole('button', { name: 'Fit View' }).click(); // only nodes in view are rendered
    await settled(node(page, 'Input', 'input'));
    expect(await nodeNames(page)).toEqual(['Conv 2D conv1', 'Input input', 'Max Pooling 2D pool1']);
    expect(await edgeKeys()).toEqual(['conv1→pool1', 'input→conv1']);

    // A held Enter (its keydown repeats) adds one layer too.
    await paletteItem(page, 'Dropout').focus();
    await page.keyboard.down('Enter');
    await page.keyboard.down('Enter');
    await page.keyboard.up('Enter');
    await paletteItem(page, 'Flatten').focus();
    await page.keyboard.press('Enter');
    await node(page, 'Flatten', 'flatten').waitFor();
    await expect.poll(edgeKeys, POLL).toEqual(['conv1→pool1', 'dropout1→flatten', 'input→conv1', 'pool1→dropout1']);
    expect(await page.locator('.palette__tip').textContent()).toBe(
      'Click or press Enter to add below the selected node; drag to place it anywhere.',
    );
    await s.screenshot('8-palette-click-then-enter.png');
  });

  /** Input → Random Flip → Conv 2D, built with palette clicks below the selection. */
  async function flipChain(): Promise<void> {
    await selectNode(page, 'Input', 'input');
    await clickPaletteItem(page, 'Random Flip');
    await node(page, 'Random Flip', 'flip1').waitFor();
    await clickPaletteItem(page, 'Conv 2D');
    await node(page, 'Conv 2D', 'conv1').waitFor();
    await expect.poll(edgeKeys, POLL).toEqual(['flip1→conv1', 'input→flip1']);
  }

  it('9a: adding below a node with one successor inserts the new node into that edge, as one undo step', async () => {
    await selectNode(page, 'Input', 'input');
    await clickPaletteItem(page, 'Conv 2D');
    await node(page, 'Conv 2D', 'conv1').waitFor();
    await selectNode(page, 'Input', 'input');
    await clickPaletteItem(page, 'Random Flip');
    await node(page, 'Random Flip', 'flip1').waitFor();
    await expect.poll(edgeKeys, POLL).toEqual(['flip1→conv1', 'input→flip1']);
    await settled(node(page, 'Conv 2D', 'conv1'));
    const flipBox = (await node(page, 'Random Flip', 'flip1').boundingBox())!;
    const convBox = (await node(page, 'Conv 2D', 'conv1').boundingBox())!;
    expect(convBox.y).toBeGreaterThan(flipBox.y + flipBox.height);
    expect(await nodeFace(page, 'Conv 2D', 'conv1').getAttribute('class')).not.toContain('has-error');
    await s.screenshot('9a-inserted-into-edge.png');

    await page.keyboard.press('Control+z');
    await expect.poll(edgeKeys, POLL).toEqual(['input→conv1']);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(edgeKeys, POLL).toEqual(['flip1→conv1', 'input→flip1']);
  });

  it('9b: Ctrl+Delete and the inspector\'s "Delete and reconnect" join the neighbours; plain Delete does not', async () => {
    await flipChain();
    await selectNode(page, 'Random Flip', 'flip1');
    await page.keyboard.press('Control+Delete');
    await expect.poll(edgeKeys, POLL).toEqual(['input→conv1']);
    await node(page, 'Random Flip', 'flip1').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await expect.poll(edgeKeys, POLL).toEqual(['flip1→conv1', 'input→flip1']);

    await selectNode(page, 'Random Flip', 'flip1');
    await inspector(page).getByRole('button', { name: 'Delete and reconnect' }).click();
    await expect.poll(edgeKeys, POLL).toEqual(['input→conv1']);
    await s.screenshot('9b-deleted-and-reconnected.png');
    await page.keyboard.press('Control+z');
    await expect.poll(edgeKeys, POLL).toEqual(['flip1→conv1', 'input→flip1']);

    await selectNode(page, 'Random Flip', 'flip1');
    await page.keyboard.press('Delete');
    await expect.poll(edgeKeys, POLL).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect.poll(edgeKeys, POLL).toEqual(['flip1→conv1', 'input→flip1']);
  });

  it('9c: a refused wire (a loop, a second input into a single-input layer) says why beside the pointer', async () => {
    await flipChain();
    let at = await dragWire(page, 'conv1', 'flip1');
    await expectHintNear(/loop/, at);
    expect(await edgeKeys()).toEqual(['flip1→conv1', 'input→flip1']);

    await page.keyboard.press('Escape');
    await clickPaletteItem(page, 'Conv 2D');
    await node(page, 'Conv 2D', 'conv2').waitFor();
    await settled(node(page, 'Conv 2D', 'conv2'));
    at = await dragWire(page, 'conv2', 'conv1');
    await expectHintNear(/takes one input/, at);
    await s.screenshot('9c-refused-second-input.png');
    expect(await edgeKeys()).toEqual(['flip1→conv1', 'input→flip1']);
  });

  it('wires by keyboard: the inspector connects a node the editor accepts, and disconnects it', async () => {
    await selectNode(page, 'Input', 'input');
    await clickPaletteItem(page, 'Conv 2D');
    await node(page, 'Conv 2D', 'conv1').waitFor();
    await expect.poll(edgeKeys, POLL).toEqual(['input→conv1']);
    const disconnect = inspector(page).getByRole('button', { name: 'Disconnect input from conv1' });
    await disconnect.focus();
    await page.keyboard.press('Enter');
    await expect.poll(edgeKeys, POLL).toEqual([]);
    const chooser = inspector(page).getByRole('combobox', { name: 'Connect an input to conv1' });
    // Only nodes the editor would accept are offered: conv1 cannot feed itself.
    expect(await chooser.locator('option').allTextContents()).toEqual(['Connect from…', 'input']);
    await chooser.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(edgeKeys, POLL).toEqual(['input→conv1']);
    // conv1 now has its one input: nothing more is offered.
    await expect.poll(() => chooser.count(), POLL).toBe(0);
    // Wiring from the inspector is one undo step, like a drag.
    await page.getByRole('banner').getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(edgeKeys, POLL).toEqual([]);
  });

  it('10: Fit view and Auto layout with the dock open keep node text readable', async () => {
    await selectNode(page, 'Input', 'input');
    for (const label of [
      'Conv 2D',
      'Max Pooling 2D',
      'Conv 2D',
      'Max Pooling 2D',
      'Flatten',
      'Dense',
      'Dropout',
      'Dense',
      'Output',
    ]) {
      await clickPaletteItem(page, label);
    }
    await node(page, 'Output', 'output').waitFor();
    await page.getByRole('banner').getByRole('button', { name: 'Training' }).click();
    await expect.poll(async () => (await canvasOf(page).boundingBox())!.height, POLL).toBeLessThan(500);

    for (const button of ['Fit View', 'Auto layout']) {
      await canvasOf(page).getByRole('button', { name: button }).click();
      await settled(node(page, 'Input', 'input'));
      expect(await viewportZoom(page), `zoom after ${button}`).toBeGreaterThanOrEqual(0.5);
      expect(
        await kindTextHeight(page, 'Input', 'input'),
        `Input's label after ${button}, px on screen`,
      ).toBeGreaterThanOrEqual(10);
      await expect.poll(() => nodeFace(page, 'Input', 'input').getByLabel('Output shape').isVisible(), POLL).toBe(true);
    }
    await s.screenshot('10-fit-with-dock-open.png');
    console.log(`screenshots of the fixed states: ${EDITING_SHOTS}`);
  });
});
