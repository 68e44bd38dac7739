/** Building the UI on demand: when it is needed, what a failure says, and that no reader sees half a build. */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConvasError } from '../../../engine/core/errors';
import { prepareRenderer } from '../../../electron/shell/prepareRenderer';
import { buildRenderer, ensureRendererBuilt } from '../../../electron/shell/rendererBuild';
import { rendererFreshness } from '../../../electron/shell/rendererFreshness';
import { BUILD_COMMAND, rendererBuildFailed, rendererMissing } from '../../../electron/shell/rendererMissing';
import { startShell } from '../../../electron/shell/startShell';
import { createHarness, REPO, tempDir } from '../service/serviceHarness';
import { rawGet } from './shellHarness';

const VITE_CONFIG =
  "export default { root: 'renderer', base: './', build: { outDir: '../dist/renderer', emptyOutDir: true } };\n";
const PAGE = '<!doctype html><title>tiny</title><div id="root"></div><script type="module" src="./main.js"></script>\n';

/** A checkout-shaped folder with a one-file UI; `withVite` links the repository's node_modules. */
async function tinyCheckout(options: { withVite?: boolean; main?: string } = {}): Promise<string> {
  const root = await tempDir('convas-build-');
  await mkdir(path.join(root, 'renderer'), { recursive: true });
  await writeFile(path.join(root, 'package.json'), '{ "type": "module" }\n');
  await writeFile(path.join(root, 'vite.config.mjs'), VITE_CONFIG);
  await writeFile(path.join(root, 'renderer', 'index.html'), PAGE);
  await writeFile(path.join(root, 'renderer', 'main.js'), options.main ?? 'document.title = "built";\n');
  if (options.withVite !== false)
    await symlink(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'junction');
  return root;
}

const distEntries = async (root: string) => (await readdir(path.join(root, 'dist'))).sort();
const silent = () => undefined;

describe('rendererFreshness', () => {
  it('is missing, then fresh after a build, stale after a source edit, and development for a React dev bundle', async () => {
    const root = await tinyCheckout();
    expect(await rendererFreshness(root)).toBe('missing');
    await buildRenderer(root);
    expect(await rendererFreshness(root)).toBe('fresh');
    const later = new Date(Date.now() + 5_000);
    await utimes(path.join(root, 'renderer', 'main.js'), later, later);
    expect(await rendererFreshness(root)).toBe('stale');
    await buildRenderer(root);
    const assets = path.join(root, 'dist', 'renderer', 'assets');
    await writeFile(path.join(assets, 'react-dev.js'), '// see https://react.dev/link/wrap-tests-with-act');
    const built = path.join(root, 'dist', 'renderer', 'index.html');
    const after = new Date(Date.now() + 10_000);
    await utimes(built, after, after);
    expect(await rendererFreshness(root)).toBe('development');
  });
});

describe('buildRenderer', () => {
  it('builds a production bundle into dist/renderer and leaves no scratch folder', async () => {
    const root = await tinyCheckout();
    await buildRenderer(root);
    const page = await readFile(path.join(root, 'dist', 'renderer', 'index.html'), 'utf8');
    expect(page).toMatch(/<script type="module" crossorigin src="\.\/assets\/[\w-]+\.js">/);
    expect(await distEntries(root)).toEqual(['renderer']);
  });

  it('says what vite reported when the build fails, and keeps the previous build', async () => {
    const root = await tinyCheckout();
    await buildRenderer(root);
    const before = await readFile(path.join(root, 'dist', 'renderer', 'index.html'), 'utf8');
    await writeFile(path.join(root, 'renderer', 'main.js'), 'document.title = (;\n');
    const failure = await buildRenderer(root).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConvasError);
    expect((failure as ConvasError).message).toMatch(/^Building the Convas UI failed: [\s\S]*main\.js/);
    expect((failure as ConvasError).hint).toContain(`\`${BUILD_COMMAND}\` in ${root}`);
    expect(await readFile(path.join(root, 'dist', 'renderer', 'index.html'), 'utf8')).toBe(before);
    expect(await distEntries(root)).toEqual(['renderer']);
  });

  it('lets two builds run at once: both finish and dist/renderer is one complete build', async () => {
    const root = await tinyCheckout();
    await Promise.all([buildRenderer(root), buildRenderer(root)]);
    const page = await readFile(path.join(root, 'dist', 'renderer', 'index.html'), 'utf8');
    const script = /src="\.\/(assets\/[\w-]+\.js)"/.exec(page)![1]!;
    expect(existsSync(path.join(root, 'dist', 'renderer', script))).toBe(true);
    expect(await distEntries(root)).toEqual(['renderer']);
  });

  it("removes scratch folders of builds whose process died, not a running build's", async () => {
    const root = await tinyCheckout();
    const dead = path.join(root, 'dist', 'renderer.build-999999999-abcd1234');
    const running = path.join(root, 'dist', `renderer.build-${process.pid}-abcd1234`);
    await Promise.all([mkdir(dead, { recursive: true }), mkdir(running, { recursive: true })]);
    await buildRenderer(root);
    expect(await distEntries(root)).toEqual(['renderer', path.basename(running)]);
  });
});

describe('ensureRendererBuilt', () => {
  it('builds once with a line before and after, then finds the build fresh', async () => {
    const root = await tinyCheckout();
    const lines: string[] = [];
    expect(await ensureRendererBuilt({ root, log: line => lines.push(line) })).toBe('built');
    expect(lines[0]).toBe('Building the Convas UI (first start, a few seconds)…');
    expect(lines[1]).toMatch(/^Built the Convas UI in \d+\.\d s\.$/);
    expect(await ensureRendererBuilt({ root, log: silent })).toBe('fresh');
  });

  it('leaves things as they are where vite is not installed (an installed app)', async () => {
    const root = await tinyCheckout({ withVite: false });
    expect(await ensureRendererBuilt({ root, log: silent })).toBe('unchecked');
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
  });
});

describe('prepareRenderer (what serve and start do before showing the UI)', () => {
  it('prints a failed first build and hands the problem to the page', async () => {
    const root = await tinyCheckout({ main: 'document.title = (;\n' });
    const lines: string[] = [];
    const problem = await prepareRenderer(root, line => lines.push(line));
    expect(problem?.message).toMatch(/^Building the Convas UI failed: [\s\S]*main\.js/);
    expect(lines.at(-1)).toBe(`convas: UI_NOT_BUILT: ${problem!.message} — ${problem!.hint}`);
  });

  it('serves the previous build when a rebuild fails', async () => {
    const root = await tinyCheckout();
    await buildRenderer(root);
    const later = new Date(Date.now() + 5_000);
    await writeFile(path.join(root, 'renderer', 'main.js'), 'document.title = (;\n');
    await utimes(path.join(root, 'renderer', 'main.js'), later, later);
    const lines: string[] = [];
    expect(await prepareRenderer(root, line => lines.push(line))).toBeUndefined();
    expect(lines.at(-1)).toBe('convas: serving the previous build of the UI meanwhile.');
  });
});

describe('the message for a missing UI', () => {
  it('names a package.json script that exists, in a source checkout', () => {
    const scripts = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const problem = rendererMissing(path.join(REPO, 'dist', 'renderer'));
    expect(problem.hint).toContain(`\`${BUILD_COMMAND}\``);
    for (const [, script] of `${problem.message} ${problem.hint}`.matchAll(/npm run ([\w:-]+)/g))
      expect(scripts).toHaveProperty(script!);
    expect(scripts.build).toContain('build:renderer');
    expect(scripts['build:renderer']).toContain('electron/shell/rendererBuildScript.ts');
  });

  it('says to reinstall where there are no sources to build from', async () => {
    const root = await tempDir('convas-installed-');
    expect(rendererMissing(path.join(root, 'dist', 'renderer')).hint).toBe('Reinstall Convas.');
  });

  it("shows the shell's page with the build's failure and the command, escaped", async () => {
    const root = await tempDir('convas-failed-');
    const { service } = await createHarness();
    const shell = await startShell({
      port: 0,
      rendererDir: path.join(root, 'dist', 'renderer'),
      service,
      rendererProblem: rendererBuildFailed(root, 'renderer/main.tsx (3:1): Unexpected <token>'),
    });
    try {
      const res = await rawGet(shell.port, `/?token=${shell.token}`);
      expect(res.status).toBe(503);
      expect(res.body).toContain('Building the Convas UI failed: renderer/main.tsx (3:1): Unexpected &#60;token&#62;');
      expect(res.body).toContain(`<code>${BUILD_COMMAND}</code>`);
    } finally {
      await shell.close();
    }
  });
});
