/** A host service on temporary config/data folders, and helpers to call it like a client. */
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Project } from '../../../engine/core/project/schema';
import type { HostError, HostEvent, HostMethod, HostReply, HostResults } from '../../../electron/contract/hostApi';
import { createHostService, type HostService, type HostServiceOptions } from '../../../electron/service/hostService';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export const tempDir = (prefix = 'convas-service-') => mkdtemp(path.join(os.tmpdir(), prefix));

export interface Harness {
  service: HostService;
  dir: string;
  events: HostEvent[];
  logged: string[];
  call<M extends HostMethod>(method: M, params: unknown): Promise<HostResults[M]>;
  fail(method: string, params: unknown): Promise<HostError>;
}

export async function createHarness(options: Partial<HostServiceOptions> = {}): Promise<Harness> {
  const dir = await tempDir();
  const events: HostEvent[] = [];
  const logged: string[] = [];
  const service = createHostService({
    host: 'browser',
    appRoot: REPO,
    dirs: { config: path.join(dir, 'config'), data: path.join(dir, 'data') },
    log: (message, error) => logged.push(`${message}: ${error instanceof Error ? error.stack : String(error)}`),
    ...options,
  });
  service.onEvent(e => events.push(e));
  return {
    service,
    dir,
    events,
    logged,
    async call(method, params) {
      const reply = await service.dispatch(method, params);
      if (!reply.ok) throw new Error(`${method} failed: ${reply.error.code}: ${reply.error.message}`);
      return reply.result as never;
    },
    async fail(method, params) {
      const reply: HostReply = await service.dispatch(method, params);
      expect(reply.ok, `${method} should fail`).toBe(false);
      return (reply as { error: HostError }).error;
    },
  };
}

export async function template(id: string): Promise<Project> {
  return JSON.parse(await readFile(path.join(REPO, 'templates', `${id}.convas.json`), 'utf8')) as Project;
}
