/** `convas serve` and the browser fallback of `npm start`: build the UI if needed, run the shell until Ctrl-C. */
import { openBrowser } from './openBrowser';
import { prepareRenderer } from './prepareRenderer';
import { startShell } from './startShell';

export interface RunShellOptions {
  port?: number;
  open?: boolean;
}

/** Builds the UI if needed, starts the shell, prints its URL, and resolves when a signal has shut it down cleanly. */
export async function runShellUntilStopped(options: RunShellOptions): Promise<void> {
  const rendererProblem = await prepareRenderer();
  let shell: Awaited<ReturnType<typeof startShell>>;
  try {
    shell = await startShell({ port: options.port ?? 0, rendererProblem });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      console.error(
        `convas: port ${options.port} is ${code === 'EADDRINUSE' ? 'already in use' : 'not allowed'}; choose another with --port, or leave --port out to use a free one.`,
      );
      process.exitCode = 2;
      return;
    }
    throw e;
  }
  // Listening for Ctrl-C before printing the URL: whoever reads the URL may stop us at once.
  const stopped = new Promise<void>(resolve => {
    let stopping = false;
    const stop = () => {
      if (stopping) process.exit(130);
      stopping = true;
      console.log('\nStopping Convas… (training runs save their model; Ctrl-C again to quit at once)');
      void shell.close().finally(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  console.log(`Convas is running at ${shell.url}`);
  console.log("Open that URL (it carries this session's token) in a browser on this machine. Press Ctrl-C to stop.");
  if (options.open)
    await openBrowser(shell.url, why =>
      console.error(`Could not open a browser (${why}); open the URL above yourself.`),
    );
  await stopped;
  // tfjs' backends can keep helper threads alive; the server is closed, so end here.
  process.exit(0);
}
