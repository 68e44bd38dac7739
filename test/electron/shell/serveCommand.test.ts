/** `convas serve` and `npm start`'s browser fallback, run as a user would, stopped with Ctrl-C. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary, NO_ELECTRON_LINE } from '../../../electron/cli/commands/start';
import { REPO, tempDir } from '../service/serviceHarness';
import { rawGet } from './shellHarness';

interface Running {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  url: Promise<string>;
  exit: Promise<number | null>;
}

async function runConvas(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [path.join(REPO, 'bin/convas.js'), ...args], {
    cwd: REPO,
    env: { ...process.env, CONVAS_CONFIG_DIR: await tempDir('convas-serve-') },
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const m = /Convas is running at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', () => reject(new Error(`exited before printing a URL: ${out}`)));
  });
  url.catch(() => undefined); // a run expected to fail never prints one
  return { child, stdout: () => out, url, exit: new Promise(resolve => child.once('exit', code => resolve(code))) };
}

describe('convas serve', () => {
  it('prints a tokened loopback URL, serves it, and stops cleanly on Ctrl-C', async () => {
    const run = await runConvas(['serve', '--port', '0']);
    const url = new URL(await run.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const port = Number(url.port);
    // It builds the UI first if it has to: the page is the UI, never the not-built page.
    expect((await rawGet(port, `${url.pathname}${url.search}`)).status).toBe(200);
    expect((await rawGet(port, '/')).status).toBe(403);
    run.child.kill('SIGINT');
    expect(await run.exit).toBe(0);
    expect(run.stdout()).toContain('Stopping Convas');
  });

  it('refuses a bad --port with exit 2', async () => {
    const run = await runConvas(['serve', '--port', 'eighty']);
    expect(await run.exit).toBe(2);
  });
});

describe('npm start without the Electron binary', () => {
  it('finds no Electron binary here', () => {
    // ELECTRON_SKIP_BINARY_DOWNLOAD: the package is installed, its binary is not.
    expect(electronBinary()).toBeNull();
    expect(NO_ELECTRON_LINE.split('\n')).toHaveLength(1);
  });

  it('says so in one line and starts the browser shell', async () => {
    const run = await runConvas(['start']);
    await run.url;
    expect(run.stdout().split('\n')[0]).toBe(NO_ELECTRON_LINE);
    run.child.kill('SIGINT');
    expect(await run.exit).toBe(0);
  });
});
