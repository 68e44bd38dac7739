/** Keyboard focus kept inside a dialog: what can take focus, and where Tab goes next. */

const FOCUSABLE = ':is(button, input, select, textarea, a[href], [tabindex]):not([tabindex="-1"]):not(:disabled)';

/** The elements inside `box` that Tab visits, in order (hidden ones excluded). */
export function focusables(box: HTMLElement): HTMLElement[] {
  return [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(el => el.getClientRects().length > 0);
}

/**
 * Where Tab (or Shift+Tab) should move focus instead of the browser, or null to let the browser move
 * it: from outside the dialog it enters, from either end it wraps.
 */
export function nextFocus<T>(items: readonly T[], active: T | null, backwards: boolean): T | null {
  if (!items.length) return null;
  const first = items[0]!,
    last = items.at(-1)!;
  const at = active === null ? -1 : items.indexOf(active);
  if (at < 0) return backwards ? last : first;
  if (backwards && at === 0) return last;
  if (!backwards && at === items.length - 1) return first;
  return null;
}

/** The element to focus when a dialog opens: one marked data-autofocus, else the first field or button in its body (not the body itself). */
export function initialFocus(box: HTMLElement): HTMLElement {
  return (
    box.querySelector<HTMLElement>('[data-autofocus]') ??
    focusables(box).find(el => el.closest('.modal__body') && !el.matches('.modal__body')) ??
    box
  );
}
