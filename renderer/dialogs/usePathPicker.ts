/**
 * Asks the user for a file or folder: the host's native dialog where it has one (Electron),
 * else the in-app file browser over host.listDirectory (browser shell).
 */
import { useCallback } from 'react';
import { host } from '../host';
import { useApp } from '../store';
import type { PathRequest } from './pathRequest';

export type { PathPurpose, PathRequest } from './pathRequest';

/** @example const path = await pickPath({ purpose: 'saveProject', extensions: ['.convas.json'] }); // null if cancelled */
export async function pickPath(request: PathRequest): Promise<string | null> {
  try {
    const native = await host.pickPath({
      purpose: request.purpose,
      ...(request.defaultPath && { defaultPath: request.defaultPath }),
    });
    if (native.supported) return native.path;
  } catch {
    // A host without dialogs, or one that failed to open: the in-app browser still works.
  }
  return useApp.getState().browseForPath(request);
}

/** The path picker as a hook, for components. */
export const usePathPicker = (): ((request: PathRequest) => Promise<string | null>) => useCallback(pickPath, []);
