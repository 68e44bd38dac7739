/** App-wide keyboard shortcuts. Plain Delete/Backspace are React Flow's own (deleteKeyCode on the canvas). */
import { useEffect } from 'react';
import type { AppActions } from '../app/appActions';
import { useActions } from '../app/ActionsProvider';
import { useApp } from '../store';

type Action = () => void;

const deleteAndReconnectSelection: Action = () => {
  const s = useApp.getState();
  s.deleteAndReconnect(s.selectedNodeIds, s.selectedEdgeIds);
};

/** Keys that act even while typing in a field. */
const globalKeys = (actions: AppActions): Record<string, Action> => ({
  'Mod+s': () => void actions.saveProject(),
  'Mod+Shift+s': () => void actions.saveProjectAs(),
  'Mod+o': () => void actions.openProject(),
  'Mod+Enter': () => {
    useApp.getState().setDockTab('train');
    void actions.startTraining();
  },
});

/** Keys for the canvas; inside text fields the browser's own editing keys win. */
const CANVAS: Record<string, Action> = {
  'Mod+z': () => useApp.temporal.getState().undo(),
  'Mod+Shift+z': () => useApp.temporal.getState().redo(),
  'Mod+y': () => useApp.temporal.getState().redo(),
  'Mod+c': () => useApp.getState().copySelection(),
  'Mod+v': () => useApp.getState().pasteClipboard(),
  'Mod+d': () => useApp.getState().duplicateSelection(),
  'Mod+a': () => useApp.getState().select(useApp.getState().nodes.map(n => n.id)),
  Escape: () => useApp.getState().select([]),
  'Mod+Delete': deleteAndReconnectSelection,
  'Mod+Backspace': deleteAndReconnectSelection,
};

export function chordOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): string {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return `${e.ctrlKey || e.metaKey ? 'Mod+' : ''}${e.altKey ? 'Alt+' : ''}${e.shiftKey ? 'Shift+' : ''}${key}`;
}

const isTextTarget = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

export function useShortcuts(): void {
  const actions = useActions();
  useEffect(() => {
    const GLOBAL = globalKeys(actions);
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || useApp.getState().dialog) return;
      const chord = chordOf(e);
      const action = GLOBAL[chord] ?? (isTextTarget(e.target) ? undefined : CANVAS[chord]);
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
