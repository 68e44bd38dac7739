/**
 * The browser shell: the built UI over HTTP and the host contract over a WebSocket, on one
 * loopback port, behind a random session token. For machines without Electron's binary,
 * classrooms and end-to-end tests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ConvasError } from '../../engine/core/errors';
import { APP_ROOT } from '../service/appDirs';
import { consoleLogger, type ServiceLogger } from '../service/hostErrors';
import { createHostService, type HostService } from '../service/hostService';
import { createHttpHandler, type ShellSettings } from './httpHandler';
import { newSessionToken } from './shellSecurity';
import { attachSocketServer } from './socketServer';
import { TOKEN_PARAM } from '../contract/wireProtocol';

export interface ShellOptions {
  /** 0 or absent: a free port. */
  port?: number;
  /** Loopback only: the shell has no other protection than its token. */
  host?: '127.0.0.1';
  /** Defaults to <app root>/dist/renderer. */
  rendererDir?: string;
  /** Why the UI could not be built (prepareRenderer): the page says it while index.html is missing. */
  rendererProblem?: ConvasError;
  /** Keeps a token across a restart so open pages reconnect; default: a new random one. */
  token?: string;
  /** Defaults to a new browser-host service; pass one to share it (tests). */
  service?: HostService;
  log?: ServiceLogger;
}

export interface RunningShell {
  /** `http://127.0.0.1:PORT/?token=…`: what a person opens. */
  url: string;
  port: number;
  token: string;
  service: HostService;
  /** Closes sockets and the server, and stops training runs of a service it created. */
  close(): Promise<void>;
}

/**
 * @example
 * const shell = await startShell({ port: 0 });
 * console.log(`Convas is at ${shell.url}`);
 * process.on('SIGINT', () => void shell.close());
 */
export async function startShell(options: ShellOptions = {}): Promise<RunningShell> {
  const log = options.log ?? consoleLogger;
  const ownService = !options.service;
  const service = options.service ?? createHostService({ host: 'browser', log });
  const settings: ShellSettings = {
    rendererDir: path.resolve(options.rendererDir ?? path.join(APP_ROOT, 'dist', 'renderer')),
    token: options.token ?? newSessionToken(),
    port: 0,
    rendererProblem: options.rendererProblem,
  };
  const handle = createHttpHandler(settings);
  const server = http.createServer((req, res) => {
    handle(req, res).catch(e => {
      log('convas: the shell failed to answer a request', e);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal error.\n');
    });
  });
  server.on('clientError', (_e, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  settings.port = (server.address() as AddressInfo).port;
  const sockets = attachSocketServer(server, settings, service, log);
  return {
    url: `http://127.0.0.1:${settings.port}/?${TOKEN_PARAM}=${settings.token}`,
    port: settings.port,
    token: settings.token,
    service,
    async close() {
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>(resolve => server.close(() => resolve()));
      if (ownService) await service.close();
    },
  };
}
