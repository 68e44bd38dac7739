/**
 * The service in the caller's own process: what the CLI hosts, as the shell and the desktop app host it
 * over their transports. Every call goes through `dispatch` (zod validation, the one error mapping).
 */
import { HOST_METHOD_NAMES, type HostApi, type HostMethod, type HostResults } from '../contract/hostApi';
import { fromHostError } from './hostErrors';
import { createHostService, type HostServiceOptions } from './hostService';

export type LocalHost = HostApi & {
  /** Ends training runs (see HostService.close) and drops listeners. */
  close(options?: { graceMs?: number }): Promise<void>;
};

/**
 * @example
 * const host = createLocalHost();
 * const off = host.onEvent(e => e.type === 'train' && progress.handle(e.event));
 * const { sessionId } = await host.startTraining({ project, baseDir }); // a failure throws a ConvasError
 */
export function createLocalHost(options: HostServiceOptions = { host: 'cli' }): LocalHost {
  const service = createHostService(options);
  const call = async <M extends HostMethod>(method: M, params: unknown): Promise<HostResults[M]> => {
    const reply = await service.dispatch(method, params);
    if (!reply.ok) throw fromHostError(reply.error);
    return reply.result as HostResults[M];
  };
  const methods = Object.fromEntries(
    HOST_METHOD_NAMES.map(method => [method, (params: unknown) => call(method, params)]),
  );
  return {
    ...(methods as Omit<HostApi, 'onEvent'>),
    onEvent: listener => service.onEvent(listener),
    close: closing => service.close(closing),
  };
}
