import { expect, test } from 'vitest';
import { nextFocus } from '../../../renderer/components/focusTrap';

const items = ['close', 'list', 'cancel', 'save'];

test('Tab wraps at either end of the dialog and enters it from outside', () => {
  expect(nextFocus(items, 'save', false)).toBe('close');
  expect(nextFocus(items, 'close', true)).toBe('save');
  expect(nextFocus(items, null, false)).toBe('close');
  expect(nextFocus(items, null, true)).toBe('save');
  expect(nextFocus(items, 'outside', false)).toBe('close');
});

test('inside the dialog the browser moves focus itself', () => {
  expect(nextFocus(items, 'list', false)).toBeNull();
  expect(nextFocus(items, 'list', true)).toBeNull();
  expect(nextFocus([], null, false)).toBeNull();
});
