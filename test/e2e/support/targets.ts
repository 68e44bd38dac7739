/**
 * The two hosts the same specs run against: the browser shell (started in this process, driven by
 * Debian's Chromium) and the Electron desktop app (where its binary is installed).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _electron, chromium, type BrowserContext, type ElectronApplication, type Page } from 'playwright-core';
import { startShell, type RunningShell } from '../../../electron/shell/startShell';
import { answerFileBrowser, type PathPurpose } from './fileBrowser';
import { observeLongTasks } from './longTasks';
import { PageErrors } from './pageErrors';
import { RENDERER_DIR } from './rendererBuild';
import { UI_TIMEOUT } from './waitFor';

export const VIEWPORT = { width: 1280, height: 800 };

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface AppTarget {
  name: 'browser shell' | 'electron';
  page: Page;
  /** CONVAS_CONFIG_DIR of the app under test: recent.json and training runs live here. */
  configDir: string;
  /** What the main-process side logged (errors the UI may not show). */
  logs: string[];
  /** Uncaught page exceptions and console errors, which fail a journey's step unless it expects them. */
  pageErrors: PageErrors;
  /** Answers the file or folder question `trigger` makes the app ask with `target`. */
  answerPath(purpose: PathPurpose, target: string, trigger: () => Promise<unknown>): Promise<void>;
  close(): Promise<void>;
}

/** A browser shell on a free port with its own config folder, and a fresh Chromium profile. */
export async function launchBrowserShell(root: string): Promise<AppTarget> {
  const configDir = path.join(root, 'config');
  const logs: string[] = [];
  // The service reads CONVAS_CONFIG_DIR once, when startShell creates it.
  const previous = process.env.CONVAS_CONFIG_DIR;
  process.env.CONVAS_CONFIG_DIR = configDir;
  let shell: RunningShell;
  try {
    shell = await startShell({
      port: 0,
      rendererDir: RENDERER_DIR,
      log: (message, error) => logs.push(`${message}: ${String(error)}`),
    });
  } finally {
    if (previous === undefined) delete process.env.CONVAS_CONFIG_DIR;
    else process.env.CONVAS_CONFIG_DIR = previous;
  }
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(path.join(root, 'chromium-profile'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
    });
  } catch (e) {
    await shell.close();
    throw e;
  }
  await context.addInitScript(observeLongTasks);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(UI_TIMEOUT);
  page.on('pageerror', e => logs.push(`pageerror: ${e.message}`));
  page.on('console', m => {
    if (m.type() === 'error') logs.push(`console: ${m.text()}`);
  });
  const pageErrors = new PageErrors();
  pageErrors.watch(page);
  await page.goto(shell.url);
  return {
    name: 'browser shell',
    page,
    configDir,
    logs,
    pageErrors,
    answerPath: (purpose, target, trigger) => answerFileBrowser(page, purpose, target, trigger),
    async close() {
      await context.close().catch(() => undefined);
      await shell.close();
    },
  };
}

/** Why the Electron specs cannot run here, or null when its binary is installed. */
export function electronUnavailable(): string | null {
  try {
    const binary: unknown = createRequire(import.meta.url)('electron');
    if (typeof binary !== 'string') return `require('electron') gave a ${typeof binary}, not the path of the binary`;
    return existsSync(binary) ? null : `${binary} does not exist`;
  } catch (e) {
    return (e as Error).message;
  }
}

/** The desktop app, bundled as `npm start` does, with its own config folder; native dialogs are stubbed per question. */
export async function launchElectron(root: string): Promise<AppTarget> {
  const binary = createRequire(import.meta.url)('electron') as string;
  const { bundleDesktop } = await import('../../../electron/desktop/bundle');
  const outdir = await bundleDesktop();
  const configDir = path.join(root, 'config');
  await mkdir(configDir, { recursive: true });
  const logs: string[] = [];
  const app: ElectronApplication = await _electron.launch({
    executablePath: binary,
    args: [path.join(outdir, 'main.mjs')],
    env: { ...process.env, CONVAS_CONFIG_DIR: configDir } as Record<string, string>,
  });
  app.process().stderr?.on('data', chunk => logs.push(String(chunk)));
  const page = await app.firstWindow();
  page.setDefaultTimeout(UI_TIMEOUT);
  await app.evaluate(
    ({ BrowserWindow }, size) => BrowserWindow.getAllWindows()[0]?.setContentSize(size.width, size.height),
    VIEWPORT,
  );
  page.on('pageerror', e => logs.push(`pageerror: ${e.message}`));
  const pageErrors = new PageErrors();
  pageErrors.watch(page);
  // The window loaded before the observer could be added: load it again with it.
  await page.addInitScript(observeLongTasks);
  await page.reload();
  return {
    name: 'electron',
    page,
    configDir,
    logs,
    pageErrors,
    async answerPath(purpose, target, trigger) {
      await app.evaluate(
        ({ dialog }, answer) => {
          const d = dialog as unknown as Record<string, unknown>;
          const method = answer.purpose === 'saveProject' ? 'showSaveDialog' : 'showOpenDialog';
          const original = d[method];
          d[method] = async () => {
            d[method] = original;
            return answer.purpose === 'saveProject'
              ? { canceled: false, filePath: answer.target }
              : { canceled: false, filePaths: [answer.target] };
          };
        },
        { purpose, target },
      );
      await trigger();
    },
    async close() {
      await app.close().catch(() => undefined);
    },
  };
}
