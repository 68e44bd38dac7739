/** Where keyboard focus is, and what a field says about itself, read as assistive technology would. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const hasFocus = (locator: Locator): Promise<boolean> => locator.evaluate(el => el === document.activeElement);
export const focusInside = (locator: Locator): Promise<boolean> =>
  locator.evaluate(el => el.contains(document.activeElement));

/** Presses Tab `times` times (then Shift+Tab as often) and checks that focus never leaves `dialog`. */
export async function tabStaysInside(page: Page, dialog: Locator, times: number): Promise<void> {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < times; i++) {
      await page.keyboard.press(key);
      expect(await focusInside(dialog), `focus after ${key} ×${i + 1} is inside the dialog`).toBe(true);
    }
  }
}

/** The text of the elements a field's aria-describedby names, joined with " | ". */
export const describedText = (field: Locator): Promise<string> =>
  field.evaluate(el =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map(id => document.getElementById(id)?.textContent ?? '')
      .join(' | '),
  );

/** A step starts from a page without a dialog: one left open by an earlier failure is closed with its Close button. */
export async function closeAnyDialog(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog');
  if (await dialog.count()) {
    await dialog.first().getByRole('button', { name: 'Close', exact: true }).click();
    await dialog.first().waitFor({ state: 'hidden' });
  }
}
