/**
 * Dataset steps 3–4: a small CNN, then Random Flip and Random Rotation inserted between the Input and
 * conv1; the inspector's preview of the rotation redraws when its factor changes and on Re-roll.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  addWithEnter,
  canvasOf,
  clickEdge,
  connect,
  edgeLabel,
  inspector,
  node,
  selectNode,
  setNumber,
  settled,
} from '../support/canvas';
import { screenshot, type Journey } from '../support/journey';
import { until } from '../support/waitFor';

const statusPill = (page: Page) => canvasOf(page).getByRole('button', { name: /error|Ready to train/ });

async function enterAdd(page: Page, label: string, id: string): Promise<void> {
  await addWithEnter(page, label);
  await settled(node(page, label, id));
}

export async function insertAugmentations(j: Journey): Promise<void> {
  const { page } = j;
  await page.getByRole('button', { name: 'Fold the dock' }).click();
  await selectNode(page, 'Input', 'input');
  for (const [label, id] of [
    ['Conv 2D', 'conv1'],
    ['Max Pooling 2D', 'pool1'],
    ['Flatten', 'flatten'],
    ['Output', 'output'],
  ] as const) {
    await enterAdd(page, label, id);
  }
  await until(
    () => statusPill(page).textContent(),
    t => t?.trim() === 'Ready to train',
    'the plain CNN to be valid',
  );
  await canvasOf(page).getByRole('button', { name: 'Fit View' }).click();
  await settled(node(page, 'Input', 'input'));

  // Between the Input and conv1: cut the edge, add both layers under the Input, wire the last into conv1.
  await clickEdge(page, 'input', 'conv1');
  await page.keyboard.press('Delete');
  await edgeLabel(page, 'input', 'conv1').waitFor({ state: 'detached' });
  await selectNode(page, 'Input', 'input');
  await enterAdd(page, 'Random Flip', 'flip1');
  await enterAdd(page, 'Random Rotation', 'rotate1');
  await connect(page, 'rotate1', 'conv1');
  await canvasOf(page).getByRole('button', { name: 'Auto layout' }).click();
  await settled(node(page, 'Conv 2D', 'conv1'));
  await canvasOf(page).getByRole('button', { name: 'Fit View' }).click();
  await settled(node(page, 'Output', 'output'));
  expect(await edgeLabel(page, 'input', 'flip1').textContent()).toBe('32×32×3');
  expect(await edgeLabel(page, 'rotate1', 'conv1').textContent()).toBe('32×32×3');
  await until(
    () => statusPill(page).textContent(),
    t => t?.trim() === 'Ready to train',
    'the augmented CNN to be valid',
  );
}

/** One FNV-1a hash over the pixels of every canvas in `grid`, and how many there are. */
const readGrid = (grid: Locator) =>
  grid.locator('canvas').evaluateAll((canvases: HTMLCanvasElement[]) => {
    let hash = 0x811c9dc5;
    for (const c of canvases) {
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      for (let i = 0; i < data.length; i++) hash = Math.imul(hash ^ data[i]!, 0x01000193) >>> 0;
    }
    return { hash, count: canvases.length, width: canvases[0]?.width ?? 0 };
  });

export async function watchAugmentationPreview(j: Journey): Promise<void> {
  const { page } = j;
  await selectNode(page, 'Random Rotation', 'rotate1');
  const preview = inspector(page).getByRole('region', { name: 'Augmentation preview' });
  const before = preview.getByRole('group', { name: 'Before' });
  const after = preview.getByRole('group', { name: 'After rotate1' });
  const settledPreview = async () => {
    await until(
      async () => [await preview.getAttribute('aria-busy'), await after.locator('canvas').count()] as const,
      ([busy, count]) => busy === 'false' && count > 0,
      'the preview to be drawn',
      60_000,
    );
    return { before: await readGrid(before), after: await readGrid(after) };
  };
  const first = await settledPreview();
  // 16 images: the dataset's 12 test images, then the first training images.
  expect(first.before).toMatchObject({ count: 16, width: 32 });
  expect(first.after).toMatchObject({ count: 16, width: 32 });
  expect(first.after.hash).not.toBe(first.before.hash);
  await preview.scrollIntoViewIfNeeded();
  await screenshot(j, 'augmentation-preview.png');

  // A larger turn: the same images, turned differently.
  await setNumber(page, 'Factor', 0.4);
  const turned = await until(
    settledPreview,
    p => p.after.hash !== first.after.hash,
    'the preview to redraw for factor 0.4',
  );
  expect(turned.before.hash).toBe(first.before.hash);

  // Re-roll: new random turns of the same images.
  await preview.getByRole('button', { name: 'Re-roll' }).click();
  const rerolled = await until(
    settledPreview,
    p => p.after.hash !== turned.after.hash,
    'the preview to redraw after Re-roll',
  );
  expect(rerolled.before.hash).toBe(first.before.hash);
}
