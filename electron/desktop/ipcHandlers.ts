/** ipcMain → service: one handler per contract method, each on its own channel. */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { HOST_METHOD_NAMES, type HostReply } from '../contract/hostApi';
import { badRequest } from '../service/hostErrors';
import type { HostService } from '../service/hostService';
import { APP_ORIGIN, channelOf } from './channels';

/** Only our own page may call the service (not a frame or page that got in some other way). */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url ?? '';
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

/**
 * @example registerIpcHandlers(ipcMain, service); // 'convas:openProject' → service.dispatch('openProject', params)
 */
export function registerIpcHandlers(
  ipc: Pick<IpcMain, 'handle'>,
  service: HostService,
  trusted = isTrustedSender,
): void {
  for (const method of HOST_METHOD_NAMES) {
    ipc.handle(
      channelOf(method),
      (event, params: unknown): Promise<HostReply> =>
        trusted(event)
          ? service.dispatch(method, params)
          : Promise.resolve({ ok: false, error: badRequest(`${method}: refused a call from an untrusted page`) }),
    );
  }
}
