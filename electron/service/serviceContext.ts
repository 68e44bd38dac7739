/** What every handler file gets: the host's settings and shared state, and the handler types. */
import type { z } from 'zod';
import type { SelectedBackend } from '../../engine/tf/backend';
import type { HOST_METHODS, HostEvent, HostMethod, HostResults } from '../contract/hostApi';
import type { RunIndex } from '../../engine/runs/runIndex';
import type { AppDirs } from './appDirs';
import type { ServiceLogger } from './hostErrors';
import type { RecentProjects } from './recentProjects';
import type { TrainingSessions } from './trainingSessions';

/** Params after validation: defaults filled in. */
export type HostInput<M extends HostMethod> = z.output<(typeof HOST_METHODS)[M]>;
export type HostHandler<M extends HostMethod> = (params: HostInput<M>) => Promise<HostResults[M]>;
export type HostHandlers = { [M in HostMethod]: HostHandler<M> };

export type PathPicker = (params: HostInput<'pickPath'>) => Promise<HostResults['pickPath']>;

export interface ServiceContext {
  host: 'electron' | 'browser' | 'cli';
  /** Holds templates/ and package.json. */
  appRoot: string;
  dirs: AppDirs;
  /** Relative dataset paths resolve here when a request names no baseDir. */
  defaultBaseDir: string;
  recent: RecentProjects;
  sessions: TrainingSessions;
  /** Runs on disk by project id (run.json files, re-read when they change). */
  runs: RunIndex;
  /** The tfjs backend of this process (probe, export), chosen once. */
  backend(): Promise<SelectedBackend>;
  /** Native dialogs; absent where the host has none (browser shell). */
  pickPath?: PathPicker;
  emit(event: HostEvent): void;
  log: ServiceLogger;
}
