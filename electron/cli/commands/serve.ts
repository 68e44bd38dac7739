import { InvalidArgumentError, type Command } from 'commander';

/** `--port` values: 0 means "a free port". */
export function portNumber(value: string): number {
  const port = Number(value);
  if (value.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('must be a whole number from 0 to 65535.');
  return port;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the Convas app to a browser on this machine (127.0.0.1 only, with a session token in the URL)')
    .option('--port <n>', 'port to listen on (default: a free one)', portNumber)
    .option('--open', 'open the URL in the system browser')
    .action(async (opts: { port?: number; open?: boolean }) => {
      // Loaded on use: other commands need neither the server nor the service.
      const { runShellUntilStopped } = await import('../../shell/runShell');
      await runShellUntilStopped({ ...(opts.port !== undefined && { port: opts.port }), open: !!opts.open });
    });
}
