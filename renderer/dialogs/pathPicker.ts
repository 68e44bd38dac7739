/**
 * Asks the user for a file or folder: the host's native dialog where it has one (Electron),
 * else the in-app file browser over host.listDirectory (browser shell).
 */
import type { ActionDeps } from '../store/storeAccess';
import type { PathRequest } from './pathRequest';

/** @example const path = await pickPath({ purpose: 'saveProject', extensions: ['.convas.json'] }); // null if cancelled */
export type PickPath = (request: PathRequest) => Promise<string | null>;

export function createPathPicker({ get, host }: Pick<ActionDeps, 'get' | 'host'>): PickPath {
  return async request => {
    try {
      const native = await host.pickPath({
        purpose: request.purpose,
        ...(request.defaultPath && { defaultPath: request.defaultPath }),
      });
      if (native.supported) return native.path;
    } catch {
      // A host without dialogs, or one that failed to open: the in-app browser still works.
    }
    return get().browseForPath(request);
  };
}
