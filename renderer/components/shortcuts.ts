/** Keyboard shortcut text for menus and tooltips, in the platform's own notation. */
const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

const MAC_KEYS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Enter: '↩', Delete: '⌫' };

/**
 * @example shortcutText('Mod+Shift+Z') // "Ctrl+Shift+Z" (Windows, Linux) or "⇧⌘Z" (macOS)
 */
export function shortcutText(keys: string, mac = IS_MAC): string {
  const parts = keys.split('+');
  if (!mac) return parts.map(p => (p === 'Mod' ? 'Ctrl' : p)).join('+');
  const order = ['Alt', 'Shift', 'Mod'];
  const mods = parts.filter(p => order.includes(p)).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const rest = parts.filter(p => !order.includes(p));
  return [...mods, ...rest].map(p => MAC_KEYS[p] ?? p).join('');
}

/** "Undo (Ctrl+Z)" for a button's title. */
export const withShortcut = (label: string, keys: string): string => `${label} (${shortcutText(keys)})`;
