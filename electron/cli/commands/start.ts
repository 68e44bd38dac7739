import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Command } from 'commander';
import { APP_ROOT } from '../../service/appDirs';
import { portNumber } from './serve';

export const NO_ELECTRON_LINE =
  "Electron's binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD); starting the browser shell instead.";

/** The Electron executable when its binary was downloaded, else null (the package alone throws or names a missing file). */
export function electronBinary(): string | null {
  try {
    const binary: unknown = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise(resolve => {
    const child = spawn(command, args, { cwd: APP_ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    child.once('error', e => {
      console.error(`convas: could not run ${command}: ${e.message}`);
      resolve(1);
    });
    child.once('exit', code => resolve(code ?? 1));
  });
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description("open the Convas desktop app; without Electron's binary, serve the app to a browser instead")
    .option('--port <n>', 'browser shell only: port to listen on (default: a free one)', portNumber)
    .action(async (opts: { port?: number }) => {
      const electron = electronBinary();
      if (!electron) {
        console.log(NO_ELECTRON_LINE);
        // It builds the UI first when needed, as `convas serve` does.
        const { runShellUntilStopped } = await import('../../shell/runShell');
        await runShellUntilStopped({ ...(opts.port !== undefined && { port: opts.port }) });
        return;
      }
      const { prepareRenderer } = await import('../../shell/prepareRenderer');
      // The window would only show an error box: the reason is already printed.
      if (await prepareRenderer()) {
        process.exitCode = 1;
        return;
      }
      const { bundleDesktop } = await import('../../desktop/bundle');
      const outdir = await bundleDesktop();
      process.exitCode = await run(electron, [path.join(outdir, 'main.mjs')]);
    });
}
