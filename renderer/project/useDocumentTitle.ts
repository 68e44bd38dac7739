import { useEffect } from 'react';
import { useApp } from '../store';
import { selectDirty } from '../store/projectSelectors';

/** Mirrors the project name and unsaved marker into the window title, and warns before the page is left with unsaved work. */
export function useDocumentTitle(): void {
  const name = useApp(s => s.meta.name);
  const dirty = useApp(selectDirty);
  useEffect(() => {
    document.title = `${dirty ? '• ' : ''}${name} — Convas`;
  }, [name, dirty]);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}
