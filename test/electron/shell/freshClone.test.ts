/**
 * The README's promise from a fresh clone: after `npm install`, `convas serve` serves the real UI,
 * building it first (no other step). The clone holds the committed tree: uncommitted edits are not in it.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { rawGet } from './shellHarness';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const URL_LINE = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+)/;

let root: string | undefined;
let child: ChildProcessWithoutNullStreams | undefined;

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise(resolve => child!.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  }
  if (root) await rm(root, { recursive: true, force: true });
}, 30_000);

/** Resolves with the URL's port and token once the server prints it; rejects if it exits first. */
function printedUrl(
  server: ChildProcessWithoutNullStreams,
  output: { text: string },
): Promise<{ port: number; token: string }> {
  return new Promise((resolve, reject) => {
    server.stdout.on('data', (_chunk: string) => {
      const m = URL_LINE.exec(output.text);
      if (m) resolve({ port: Number(m[1]), token: m[2]! });
    });
    server.once('exit', code =>
      reject(new Error(`convas serve exited (${code}) before printing its URL:\n${output.text}`)),
    );
  });
}

describe('a fresh clone', () => {
  it('serves the built UI with `convas serve`, building it on the way', async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'convas-clone-'));
    const clone = path.join(root, 'convas');
    await promisify(execFile)('git', ['clone', '--quiet', REPO, clone]);
    // What `npm install` would give the clone, without a minute of installing.
    await symlink(path.join(REPO, 'node_modules'), path.join(clone, 'node_modules'), 'junction');

    const output = { text: '' };
    child = spawn(process.execPath, ['bin/convas.js', 'serve', '--port', '0'], {
      cwd: clone,
      env: { ...process.env, CONVAS_CONFIG_DIR: path.join(root, 'config') },
    });
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output.text += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      output.text += chunk;
    });
    const { port, token } = await printedUrl(child, output);

    const page = await rawGet(port, `/?token=${token}`);
    expect(page.status, page.body).toBe(200);
    expect(page.body).toContain('<div id="root"></div>');
    const script = /<script type="module" crossorigin src="\.\/(assets\/[\w-]+\.js)"/.exec(page.body);
    expect(script, page.body).not.toBeNull();
    const asset = await rawGet(port, `/${script![1]}?token=${token}`);
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    // React's production bundle: the test runner's NODE_ENV=test must not leak into the build.
    expect(asset.body).not.toContain('react.dev/link/wrap-tests-with-act');
    expect(output.text).toContain('Building the Convas UI');
  }, 85_000);
});
