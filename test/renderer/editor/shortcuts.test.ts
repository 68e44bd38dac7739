import { expect, test } from 'vitest';
import { shortcutText } from '../../../renderer/components/shortcuts';
import { chordOf } from '../../../renderer/editor/useShortcuts';

test('shortcuts read in each platform’s notation', () => {
  expect(shortcutText('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
  expect(shortcutText('Mod+Shift+Z', true)).toBe('⇧⌘Z');
  expect(shortcutText('Mod+Enter', true)).toBe('⌘↩');
  expect(shortcutText('Delete', false)).toBe('Delete');
});

test('key events map to one chord whether Ctrl or Cmd is held', () => {
  const key = (k: string, o: Partial<KeyboardEvent> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...o,
  });
  expect(chordOf(key('z', { ctrlKey: true }))).toBe('Mod+z');
  expect(chordOf(key('Z', { metaKey: true, shiftKey: true }))).toBe('Mod+Shift+z');
  expect(chordOf(key('Enter', { ctrlKey: true }))).toBe('Mod+Enter');
  expect(chordOf(key('Delete'))).toBe('Delete');
});
