import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { HostHandlers, ServiceContext } from '../serviceContext';

async function appVersion(appRoot: string): Promise<string> {
  try {
    return (
      (JSON.parse(await readFile(path.join(appRoot, 'package.json'), 'utf8')) as { version?: string }).version ??
      'unknown'
    );
  } catch {
    return 'unknown';
  }
}

/** @example const { host, backend } = await handlers.getInfo({}); // 'browser', 'wasm' */
export function registerInfoHandlers(ctx: ServiceContext): Pick<HostHandlers, 'getInfo'> {
  return {
    async getInfo() {
      // A backend that cannot start is information for the badge, not a failure of getInfo.
      const backend = await ctx.backend().then(
        b => ({ backend: b.name as string, backendDetail: b.detail }),
        (e: Error) => ({ backend: 'unavailable', backendDetail: e.message }),
      );
      return {
        host: ctx.host,
        version: await appVersion(ctx.appRoot),
        platform: process.platform,
        homeDir: os.homedir(),
        ...backend,
      };
    },
  };
}
