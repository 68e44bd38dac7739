/**
 * The one implementation of the host contract. Electron's ipc handlers, the browser shell's
 * WebSocket and tests all call `dispatch`, which validates the payload before any handler runs.
 */
import os from 'node:os';
import { createRunIndex } from '../../engine/runs/runIndex';
import { HOST_METHODS, type HostEvent, type HostMethod, type HostReply } from '../contract/hostApi';
import { appDirs, APP_ROOT, type AppDirs } from './appDirs';
import { registerAugmentHandlers } from './handlers/augmentHandlers';
import { registerBundleHandlers } from './handlers/bundleHandlers';
import { registerDatasetHandlers } from './handlers/datasetHandlers';
import { registerExportHandlers } from './handlers/exportHandlers';
import { registerFileHandlers } from './handlers/fileHandlers';
import { registerImportHandlers } from './handlers/importHandlers';
import { registerInfoHandlers } from './handlers/infoHandlers';
import { registerProjectHandlers } from './handlers/projectHandlers';
import { registerReportHandlers } from './handlers/reportHandlers';
import { registerRunHandlers } from './handlers/runHandlers';
import { registerTrainingHandlers } from './handlers/trainingHandlers';
import { badParams, badRequest, consoleLogger, toHostError, type ServiceLogger } from './hostErrors';
import { createRecentProjects } from './recentProjects';
import { processBackend } from './processBackend';
import type { HostHandlers, PathPicker, ServiceContext } from './serviceContext';
import { createTrainingSessions } from './trainingSessions';

export interface HostServiceOptions {
  /** The CLI runs the service in its own process. */
  host: 'electron' | 'browser' | 'cli';
  /** Folder holding templates/ and package.json; defaults to the source tree's root. */
  appRoot?: string;
  /** Defaults to appDirs(): CONVAS_CONFIG_DIR, else the XDG folders. */
  dirs?: AppDirs;
  /** Where relative dataset paths resolve when a request names no baseDir; defaults to the home folder. */
  defaultBaseDir?: string;
  /** Native file dialogs (Electron); without one, pickPath answers { supported: false }. */
  pickPath?: PathPicker;
  log?: ServiceLogger;
}

export interface HostService {
  /** Validates `rawParams` against HOST_METHODS[method] and runs the handler; never throws. */
  dispatch(method: string, rawParams: unknown): Promise<HostReply>;
  /** Every event (training progress, feature maps…) goes to every listener. */
  onEvent(listener: (event: HostEvent) => void): () => void;
  /** Stops training runs (each saves its model within `graceMs`, default 5 s, else is ended) and drops listeners. */
  close(options?: { graceMs?: number }): Promise<void>;
}

const isHostMethod = (name: string): name is HostMethod => Object.hasOwn(HOST_METHODS, name);

/**
 * @example
 * const service = createHostService({ host: 'browser' });
 * service.onEvent(e => console.log(e.event.type));
 * const reply = await service.dispatch('listTemplates', {});
 * if (reply.ok) console.log(reply.result); // TemplateSummary[]
 */
export function createHostService(options: HostServiceOptions): HostService {
  const log = options.log ?? consoleLogger;
  const dirs = options.dirs ?? appDirs();
  const listeners = new Set<(event: HostEvent) => void>();
  const emit = (event: HostEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (e) {
        log('convas: an event listener failed', e);
      }
    }
  };
  const ctx: ServiceContext = {
    host: options.host,
    appRoot: options.appRoot ?? APP_ROOT,
    dirs,
    defaultBaseDir: options.defaultBaseDir ?? os.homedir(),
    recent: createRecentProjects(dirs.config, log),
    sessions: createTrainingSessions(dirs.data, emit),
    runs: createRunIndex(),
    backend: processBackend,
    ...(options.pickPath && { pickPath: options.pickPath }),
    emit,
    log,
  };
  const handlers: HostHandlers = {
    ...registerInfoHandlers(ctx),
    ...registerProjectHandlers(ctx),
    ...registerFileHandlers(ctx),
    ...registerDatasetHandlers(ctx),
    ...registerAugmentHandlers(ctx),
    ...registerReportHandlers(ctx),
    ...registerTrainingHandlers(ctx),
    ...registerRunHandlers(ctx),
    ...registerExportHandlers(ctx),
    ...registerBundleHandlers(ctx),
    ...registerImportHandlers(ctx),
  };

  async function dispatch(method: string, rawParams: unknown): Promise<HostReply> {
    if (typeof method !== 'string' || !isHostMethod(method))
      return { ok: false, error: badRequest(`unknown method ${JSON.stringify(method)}`) };
    const parsed = HOST_METHODS[method].safeParse(rawParams ?? {});
    if (!parsed.success) return { ok: false, error: badParams(method, parsed.error) };
    try {
      const handler = handlers[method] as (params: unknown) => Promise<unknown>;
      return { ok: true, result: await handler(parsed.data) } as HostReply;
    } catch (e) {
      return { ok: false, error: toHostError(method, e, log) };
    }
  }

  return {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async close(closing = {}) {
      await ctx.sessions.closeAll(closing.graceMs);
      listeners.clear();
    },
  };
}
