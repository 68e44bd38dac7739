import { listDirectory } from '../directoryListing';
import { createFolder } from '../newFolder';
import type { HostHandlers, ServiceContext } from '../serviceContext';

/** Native dialogs where the host has them; elsewhere the UI browses with listDirectory. */
export function registerFileHandlers(
  ctx: ServiceContext,
): Pick<HostHandlers, 'listDirectory' | 'createDirectory' | 'pickPath'> {
  return {
    listDirectory: ({ path, extensions }) => listDirectory(path, extensions),
    createDirectory: async ({ path }) => ({ path: await createFolder(path) }),
    pickPath: async params => (ctx.pickPath ? ctx.pickPath(params) : { path: null, supported: false }),
  };
}
