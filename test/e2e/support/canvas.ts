/** The editor as a person uses it: palette drags and Enter, handle-to-handle wiring, the inspector. */
import type { Locator, Page } from 'playwright-core';
import { until } from './waitFor';

export type Point = { x: number; y: number };

export const canvasOf = (page: Page): Locator => page.getByRole('application', { name: 'Network canvas' });
export const paletteItem = (page: Page, label: string): Locator =>
  page.getByRole('navigation', { name: 'Layer palette' }).getByRole('button', { name: label, exact: true });
/** A node by its accessible name, e.g. node(page, 'Conv 2D', 'conv1'). */
export const node = (page: Page, label: string, id: string): Locator =>
  page.getByRole('group', { name: `${label} ${id}`, exact: true });
/** The node's face (the element carrying its classes and hover title). */
export const nodeFace = (page: Page, label: string, id: string): Locator =>
  node(page, label, id).locator('.layer-node');
export const handle = (page: Page, side: 'Input' | 'Output', id: string): Locator =>
  page.getByTitle(`${side} of ${id}`, { exact: true });
/** The shape label of the edge source → target. */
export const edgeLabel = (page: Page, source: string, target: string): Locator =>
  page.locator(`[data-edge="${source}→${target}"]`);
export const inspector = (page: Page): Locator => page.getByRole('tabpanel', { name: 'Inspector' });

export async function centerOf(locator: Locator): Promise<Point> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} has no box (not rendered)`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags a palette item (HTML5 drag and drop) and drops it at `at` (page coordinates) on the canvas. */
export async function dragFromPalette(page: Page, label: string, at: Point): Promise<void> {
  const canvas = canvasOf(page);
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the canvas is not rendered');
  if (at.x < box.x || at.y < box.y || at.x > box.x + box.width || at.y > box.y + box.height) {
    throw new Error(`drop point ${JSON.stringify(at)} is outside the canvas ${JSON.stringify(box)}`);
  }
  await paletteItem(page, label).dragTo(canvas, { targetPosition: { x: at.x - box.x, y: at.y - box.y } });
}

/** Adds a layer with the keyboard: focus its palette item and press Enter (it goes below the selection, wired to it). */
export async function addWithEnter(page: Page, label: string): Promise<void> {
  const item = paletteItem(page, label);
  await item.focus();
  await item.press('Enter');
}

/** Wires source → target by dragging the mouse from "Output of source" to "Input of target". */
export async function connect(page: Page, source: string, target: string): Promise<void> {
  await dragWire(page, source, target);
  await edgeLabel(page, source, target).waitFor();
}

/** Clicks the edge source → target on its line (away from its label, which sits in the middle). */
export async function clickEdge(page: Page, source: string, target: string): Promise<void> {
  const edge = page.getByRole('group', { name: `Edge from ${source} to ${target}`, exact: true });
  const point = await edge.evaluate(g => {
    const path =
      g.querySelector<SVGPathElement>('path.react-flow__edge-interaction') ?? g.querySelector<SVGPathElement>('path');
    if (!path) return null;
    const p = path.getPointAtLength(path.getTotalLength() * 0.28);
    const m = path.getScreenCTM();
    if (!m) return null;
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  });
  if (!point) throw new Error(`edge ${source} → ${target} has no path to click`);
  await page.mouse.click(point.x, point.y);
  await until(
    () => edge.getAttribute('class'),
    c => !!c?.includes('selected'),
    `edge ${source} → ${target} to be selected`,
  );
}

/** Clicks a node on its header (its handles are at the edges). */
export async function selectNode(page: Page, label: string, id: string): Promise<void> {
  // Fit view and layout animate the nodes: click one once it stands still, where a person's eye has found it.
  await settled(node(page, label, id));
  await node(page, label, id).locator('.layer-node__head').click();
  await until(
    () => nodeFace(page, label, id).getAttribute('class'),
    c => !!c?.includes('is-selected'),
    `${id} to be selected`,
  );
}

/** The inspector's number field whose label starts with `label` (labels carry a range hint after the name). */
export const numberField = (page: Page, label: string): Locator =>
  inspector(page).getByRole('spinbutton', { name: new RegExp(`^${label}(?![A-Za-z])`) });

/** Types a value into an inspector field of the selected node, as a person would. */
export async function setNumber(page: Page, label: string, value: number): Promise<void> {
  const field = numberField(page, label);
  await field.fill(String(value));
  await until(
    () => field.getAttribute('aria-valuenow'),
    v => v === String(value),
    `${label} to read ${value}`,
  );
}

export async function chooseOption(page: Page, label: string, value: string): Promise<void> {
  await inspector(page).getByRole('combobox', { name: label, exact: true }).selectOption(value);
}

/** The accessible names of the nodes on the canvas, e.g. ["Input input", "Conv 2D conv1", …]. */
export const nodeNames = (page: Page): Promise<string[]> =>
  canvasOf(page)
    .locator('.react-flow__node')
    .evaluateAll(els => els.map(e => e.getAttribute('aria-label') ?? '').sort());

/** Every edge label on the canvas as "source→target: text". */
export const edgeTexts = (page: Page): Promise<string[]> =>
  canvasOf(page)
    .locator('[data-edge]')
    .evaluateAll(els => els.map(e => `${e.getAttribute('data-edge')}: ${e.textContent}`).sort());

/** Waits until `locator` stops moving (the view animates when it centres on a new node). */
export async function settled(locator: Locator): Promise<void> {
  let previous = '';
  await until(
    async () => {
      const box = JSON.stringify(await locator.boundingBox());
      const same = box === previous && box !== 'null';
      previous = box;
      return same;
    },
    same => same,
    `${locator} to stop moving`,
  );
}

/** Drops a palette item `below` px under `anchor`'s bottom edge, on the anchor's centre line. */
export async function dropBelow(page: Page, label: string, anchor: Locator, below = 110): Promise<void> {
  await settled(anchor);
  const box = await anchor.boundingBox();
  if (!box) throw new Error(`${anchor} is not rendered`);
  await dragFromPalette(page, label, { x: box.x + box.width / 2, y: box.y + box.height + below });
}

/** Clicks a palette item with the mouse (it adds the layer below the selected node). */
export async function clickPaletteItem(page: Page, label: string): Promise<void> {
  await paletteItem(page, label).click();
}

/** Drags a wire from "Output of source" to "Input of target" and lets go there, whether or not the editor accepts it. */
export async function dragWire(page: Page, source: string, target: string): Promise<Point> {
  // A node just added may still be sliding into place (insert, focus scroll): aim once both ends stand still.
  await settled(handle(page, 'Output', source));
  await settled(handle(page, 'Input', target));
  const from = await centerOf(handle(page, 'Output', source));
  const to = await centerOf(handle(page, 'Input', target));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 });
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
  return to;
}

/** The canvas zoom factor, read from React Flow's viewport transform. */
export const viewportZoom = (page: Page): Promise<number> =>
  canvasOf(page)
    .locator('.react-flow__viewport')
    .evaluate(el => new DOMMatrix(getComputedStyle(el).transform).a);

/** The on-screen height in px of a node's kind label (its text size as the user sees it). */
export const kindTextHeight = (page: Page, label: string, id: string): Promise<number> =>
  nodeFace(page, label, id)
    .locator('.layer-node__kind')
    .evaluate(el => {
      const zoom = new DOMMatrix(getComputedStyle(el.closest('.react-flow__viewport')!).transform).a;
      return parseFloat(getComputedStyle(el).fontSize) * zoom;
    });
