/** Opens a URL in the system browser; failing to is not an error (the URL is printed anyway). */
import { spawn } from 'node:child_process';

function opener(url: string): [string, string[]] {
  if (process.platform === 'darwin') return ['open', [url]];
  // `start` is a cmd builtin; its first quoted argument is a window title.
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]];
  return ['xdg-open', [url]];
}

/**
 * Resolves true once the opener started, false (with `onFail` told why) when it could not.
 * @example await openBrowser(shell.url, why => console.error(`Open it yourself (${why}).`));
 */
export function openBrowser(url: string, onFail: (reason: string) => void = () => undefined): Promise<boolean> {
  const [command, args] = opener(url);
  return new Promise(resolve => {
    try {
      const child = spawn(command, args, { stdio: 'ignore', detached: true });
      child.once('error', e => {
        onFail(`${command}: ${e.message}`);
        resolve(false);
      });
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch (e) {
      onFail(`${command}: ${(e as Error).message}`);
      resolve(false);
    }
  });
}
