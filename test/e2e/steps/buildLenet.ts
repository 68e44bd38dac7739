/**
 * Steps 1–3: LeNet-5 from a blank canvas with palette drags, Enter-to-add and handle wiring; the
 * shapes on the edges; a wiring mistake, its red error and hint, and its fix.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import {
  addWithEnter,
  canvasOf,
  chooseOption,
  clickEdge,
  connect,
  dragFromPalette,
  dragWire,
  dropBelow,
  edgeLabel,
  edgeTexts,
  inspector,
  node,
  nodeFace,
  nodeNames,
  numberField,
  paletteItem,
  selectNode,
  setNumber,
  settled,
} from '../support/canvas';
import { screenshot, type Journey } from '../support/journey';
import { until } from '../support/waitFor';
import { LENET_PARAMS, lenetEdgeTexts, lenetNodeNames } from './lenet';

const DANGER = 'rgb(242, 109, 109)';

const sidebarTab = (page: Page, name: 'Inspector' | 'Summary' | 'Problems') =>
  page.getByRole('complementary', { name: 'Details' }).getByRole('tab', { name });
const problemsList = (page: Page) => page.getByRole('list', { name: 'Problems' });
const statusPill = (page: Page) => canvasOf(page).getByRole('button', { name: /error|Ready to train/ });

/** Adds with Enter and waits for the view to finish centring on the new node. */
async function enterAdd(page: Page, label: string, id: string): Promise<void> {
  await addWithEnter(page, label);
  await settled(node(page, label, id));
}

/** The error a node shows: red outline, its message on the face, message and fix in the hover title. */
async function expectNodeError(page: Page, label: string, id: string, message: string, hint: string): Promise<void> {
  const face = nodeFace(page, label, id);
  await until(
    () => face.getAttribute('class'),
    c => !!c?.includes('has-error'),
    `${id} to be marked as an error`,
  );
  expect(await face.evaluate(el => getComputedStyle(el).borderTopColor)).toBe(DANGER);
  await expect.poll(() => face.locator('.layer-node__problem').textContent()).toContain(message);
  await face.locator('.layer-node__head').hover();
  const title = await face.getAttribute('title');
  expect(title).toContain(message);
  expect(title).toContain(`Fix: ${hint}`);
}

/** The problem card of `code` in the Problems tab: its message and hint. */
async function expectProblem(page: Page, code: string, message: string, hint: string) {
  await sidebarTab(page, 'Problems').click();
  const card = problemsList(page)
    .getByRole('button')
    .filter({ hasText: `Error · ${code}` });
  await card.waitFor();
  expect(await card.locator('.problem-card__message').textContent()).toBe(message);
  expect(await card.locator('.problem-card__hint').textContent()).toBe(hint);
  return card;
}

export async function buildLenet(j: Journey): Promise<void> {
  const { page } = j;
  const input = node(page, 'Input', 'input');
  await input.waitFor();
  expect(await nodeNames(page)).toEqual(['Input input']);

  // conv1: dragged from the palette, wired by hand, set up in the inspector.
  await dropBelow(page, 'Conv 2D', input);
  await node(page, 'Conv 2D', 'conv1').waitFor();
  await connect(page, 'input', 'conv1');
  await setNumber(page, 'Filters', 6);
  await setNumber(page, 'Kernel size', 5);
  await chooseOption(page, 'Padding', 'same');
  await until(
    () => edgeLabel(page, 'input', 'conv1').textContent(),
    t => t === '28×28×1',
    'the input edge to carry 28×28×1',
  );
  await expect
    .poll(() => nodeFace(page, 'Conv 2D', 'conv1').locator('.layer-node__summary').textContent())
    .toBe('6 × 5×5, same, relu');

  // pool1: Enter on the palette item adds it under the selection, already wired.
  await enterAdd(page, 'Max Pooling 2D', 'pool1');
  expect(await edgeLabel(page, 'conv1', 'pool1').textContent()).toBe('28×28×6');

  // conv2: another drag, and Output of pool1 → Input of conv2.
  await dropBelow(page, 'Conv 2D', node(page, 'Max Pooling 2D', 'pool1'));
  await node(page, 'Conv 2D', 'conv2').waitFor();
  await connect(page, 'pool1', 'conv2');
  await setNumber(page, 'Filters', 16);
  await setNumber(page, 'Kernel size', 5);
  expect(await edgeLabel(page, 'pool1', 'conv2').textContent()).toBe('14×14×6');
  await enterAdd(page, 'Max Pooling 2D', 'pool2');
  expect(await edgeLabel(page, 'conv2', 'pool2').textContent()).toBe('10×10×16');

  // The mistake: Dense straight after the last pooling layer.
  await enterAdd(page, 'Dense', 'fc1');
  expect(await edgeLabel(page, 'pool2', 'fc1').textContent()).toBe('5×5×16');
  const flatHint = 'Add Flatten or GlobalAveragePooling2D before this layer.';
  await expectNodeError(page, 'Dense', 'fc1', 'expects a flat vector but receives 5×5×16', flatHint);
  const card = await expectProblem(
    page,
    'NEEDS_FLAT',
    'fc1 (Dense): expects a flat vector but receives 5×5×16',
    flatHint,
  );
  await selectNode(page, 'Max Pooling 2D', 'pool2');
  await card.click(); // choosing the problem selects its node
  await until(
    () => nodeFace(page, 'Dense', 'fc1').getAttribute('class'),
    c => !!c?.includes('is-selected'),
    'the problem to select fc1',
  );

  // A first try at fixing it: Flatten wired into fc1 beside the old edge is refused, and the reason shows beside the pointer.
  await settled(node(page, 'Dense', 'fc1'));
  const pool2Box = (await node(page, 'Max Pooling 2D', 'pool2').boundingBox())!;
  const fc1Box = (await node(page, 'Dense', 'fc1').boundingBox())!;
  await dragFromPalette(page, 'Flatten', {
    x: fc1Box.x + fc1Box.width * 1.5 + 20,
    y: (pool2Box.y + pool2Box.height + fc1Box.y) / 2,
  });
  await node(page, 'Flatten', 'flatten').waitFor();
  await connect(page, 'pool2', 'flatten');
  await dragWire(page, 'flatten', 'fc1');
  await until(
    () => canvasOf(page).locator('.connection-refusal').textContent(),
    t => !!t?.startsWith('Dense takes one input, and fc1 already has one (from pool2).'),
    'the refusal beside the pointer',
  );
  await screenshot(j, 'mistake.png');

  // The fix: select the wrong edge on the canvas, delete it, and wire Flatten in.
  await clickEdge(page, 'pool2', 'fc1');
  await page.keyboard.press('Delete');
  await edgeLabel(page, 'pool2', 'fc1').waitFor({ state: 'detached' });
  await connect(page, 'flatten', 'fc1');
  await until(
    () => nodeFace(page, 'Dense', 'fc1').getAttribute('class'),
    c => !c?.includes('has-error'),
    'fc1 to lose its error',
  );
  expect(await problemsList(page).getByRole('button').filter({ hasText: 'fc1' }).count()).toBe(0);
  expect(await edgeLabel(page, 'flatten', 'fc1').textContent()).toBe('400');

  // The dense head: units in the inspector, then two more layers with Enter.
  await selectNode(page, 'Dense', 'fc1');
  await sidebarTab(page, 'Inspector').click();
  await setNumber(page, 'Units', 120);
  await enterAdd(page, 'Dense', 'fc2');
  await setNumber(page, 'Units', 84);
  await enterAdd(page, 'Output', 'output');
  await expect.poll(() => inspector(page).getByRole('heading').first().textContent()).toBe('Output');

  // Tidy up and look at the whole network.
  await canvasOf(page).getByRole('button', { name: 'Auto layout' }).click();
  await settled(node(page, 'Dense', 'fc1'));
  await canvasOf(page).getByRole('button', { name: 'Fit View' }).click();
  await settled(node(page, 'Output', 'output'));
  await until(
    () => statusPill(page).textContent(),
    t => t?.trim() === 'Ready to train',
    'the canvas to say "Ready to train"',
  );
  await sidebarTab(page, 'Problems').click();
  await page.getByText('No problems: the network is ready to train.').waitFor();

  // Step 2: every tensor shape on the edges, on the nodes and in the summary.
  expect(await nodeNames(page)).toEqual(lenetNodeNames());
  expect(await edgeTexts(page)).toEqual(lenetEdgeTexts());
  const conv1 = nodeFace(page, 'Conv 2D', 'conv1');
  expect(await conv1.getByLabel('Output shape').textContent()).toBe('28×28×6');
  expect(await conv1.locator('.layer-node__params').textContent()).toBe('156 params');
  expect(await nodeFace(page, 'Output', 'output').getByLabel('Output shape').textContent()).toBe('10');
  await sidebarTab(page, 'Summary').click();
  const totals = page.getByRole('tabpanel', { name: 'Summary' }).locator('.summary__totals');
  await expect.poll(() => totals.textContent()).toContain(`Total params${LENET_PARAMS}`);
  await selectNode(page, 'Conv 2D', 'conv1');
  await sidebarTab(page, 'Inspector').click();
  expect(await numberField(page, 'Filters').inputValue()).toBe('6');
  await paletteItem(page, 'Input').scrollIntoViewIfNeeded(); // the palette scrolled down to Output
  await screenshot(j, 'canvas.png');
}
