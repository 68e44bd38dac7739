import { listDirectory } from '../directoryListing';
import type { HostHandlers, ServiceContext } from '../serviceContext';

/** Native dialogs where the host has them; elsewhere the UI browses with listDirectory. */
export function registerFileHandlers(ctx: ServiceContext): Pick<HostHandlers, 'listDirectory' | 'pickPath'> {
  return {
    listDirectory: ({ path, extensions }) => listDirectory(path, extensions),
    pickPath: async params => (ctx.pickPath ? ctx.pickPath(params) : { path: null, supported: false }),
  };
}
