/** What the file browser's confirm button would return, from its state. Pure, so it is unit-tested. */
import type { PathPurpose } from './pathRequest';
import { joinPath, PROJECT_EXTENSION, withExtension } from '../shared/paths';

interface BrowserState {
  purpose: PathPurpose;
  /** The folder shown. */
  dir: string;
  selected: { name: string; kind: 'file' | 'directory' } | undefined;
  /** Typed file name (save only). */
  fileName: string;
  extensions?: string[];
}

/** The chosen path, or null while the state does not name one (the button is then disabled). */
export function browserChoice({ purpose, dir, selected, fileName, extensions }: BrowserState): string | null {
  switch (purpose) {
    case 'chooseFolder':
      return selected?.kind === 'directory' ? joinPath(dir, selected.name) : dir;
    case 'saveProject': {
      const name = fileName.trim();
      return name ? joinPath(dir, withExtension(name, extensions?.[0] ?? PROJECT_EXTENSION)) : null;
    }
    default:
      return selected?.kind === 'file' ? joinPath(dir, selected.name) : null;
  }
}
