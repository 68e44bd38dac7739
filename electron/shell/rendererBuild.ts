/**
 * Builds the UI (dist/renderer) with vite when it is missing, older than its sources or a development
 * build: for `convas serve`, `convas start`, `npm run build` and the tests, one way for all.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, utimes } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { APP_ROOT } from '../service/appDirs';
import { rendererDirOf, rendererFreshness, type RendererFreshness } from './rendererFreshness';
import { isSourceCheckout, rendererBuildFailed, rendererMissing } from './rendererMissing';

/** 'unchecked': no vite or no sources here (an installed app), so what is there is served as it is. */
export type RendererBuildOutcome = 'fresh' | 'built' | 'unchecked';

const WHY: Record<Exclude<RendererFreshness, 'fresh'>, string> = {
  missing: 'first start',
  stale: 'its sources changed',
  development: 'replacing a development build',
};

const stderrLine = (line: string) => {
  process.stderr.write(`${line}\n`);
};

/** vite's command-line script, or null where vite is not installed (it is a dev dependency). */
export function viteCli(root: string): string | null {
  try {
    const manifest = createRequire(path.join(root, 'package.json')).resolve('vite/package.json');
    const bin = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: { vite: string } }).bin.vite;
    return path.join(path.dirname(manifest), bin);
  } catch {
    return null;
  }
}

/** vite's report without colours or its own stack trace: what names the file and line at fault. */
const STACK_LINE = /^\s+at \S|^\s*errors: \[Getter\/Setter\]$|^\}$/;
const lastLines = (output: string) =>
  output
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colour codes (ESC) from the build log
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .filter(line => !STACK_LINE.test(line))
    .join('\n')
    .replace(/ \{$/m, '')
    .trim()
    .split('\n')
    .slice(-20)
    .join('\n');

function runVite(cli: string, root: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Any NODE_ENV but production (vitest sets `test`) makes vite bundle React's slow development build.
    const child = spawn(process.execPath, [cli, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', e => reject(rendererBuildFailed(root, `could not run vite: ${e.message}`)));
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(rendererBuildFailed(root, lastLines(output) || `vite exited with ${signal ?? code}`));
    });
  });
}

const SCRATCH = /^renderer\.(?:build|old)-(\d+)-[0-9a-f]+$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Scratch folders of builds whose process died (Ctrl-C mid-build); a live build's are left alone. */
async function removeAbandoned(distDir: string): Promise<void> {
  const names = await readdir(distDir).catch(() => [] as string[]);
  await Promise.all(
    names.map(name => {
      const pid = SCRATCH.exec(name)?.[1];
      return pid && !alive(Number(pid)) ? rm(path.join(distDir, name), { recursive: true, force: true }) : undefined;
    }),
  );
}

/**
 * Renames a complete build into place rather than holding a lock: vite empties its output folder
 * first, so building in place would pull the files from under a shell serving them (or another test
 * run reading them). With renames a reader sees the old build or the new one, never half of one, and
 * a start killed mid-build leaves no lock to go stale. Two starts at once may both build; both builds
 * are complete, and either may end up in place.
 */
async function moveIntoPlace(built: string, target: string, suffix: string): Promise<void> {
  const old = `${target}.old-${suffix}`;
  await rename(target, old).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  try {
    await rename(built, target);
  } catch (e) {
    if (!existsSync(path.join(target, 'index.html'))) throw e;
  } finally {
    await rm(old, { recursive: true, force: true });
  }
}

/**
 * A production build of the UI into dist/renderer, now; rejects with a ConvasError naming vite's error,
 * and then leaves the previous build in place.
 * @example await buildRenderer('/home/ada/convas');
 */
export async function buildRenderer(root: string = APP_ROOT): Promise<void> {
  const cli = viteCli(root);
  const target = rendererDirOf(root);
  if (!cli) throw rendererMissing(target);
  await mkdir(path.dirname(target), { recursive: true });
  await removeAbandoned(path.dirname(target));
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const scratch = `${target}.build-${suffix}`;
  const started = new Date();
  try {
    await runVite(cli, root, scratch);
    // Dated when the build began: a source saved during the build is newer, so the next start rebuilds.
    await utimes(path.join(scratch, 'index.html'), started, started);
    await moveIntoPlace(scratch, target, suffix);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Builds dist/renderer unless it is a fresh production build; prints one line before and after.
 * @example
 * await ensureRendererBuilt(); // stderr: Building the Convas UI (first start, a few seconds)…
 */
export async function ensureRendererBuilt(
  options: { root?: string; log?: (line: string) => void } = {},
): Promise<RendererBuildOutcome> {
  const root = options.root ?? APP_ROOT;
  const log = options.log ?? stderrLine;
  if (!isSourceCheckout(root) || !viteCli(root)) return 'unchecked';
  const freshness = await rendererFreshness(root);
  if (freshness === 'fresh') return 'fresh';
  log(`Building the Convas UI (${WHY[freshness]}, a few seconds)…`);
  const started = Date.now();
  await buildRenderer(root);
  log(`Built the Convas UI in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return 'built';
}
