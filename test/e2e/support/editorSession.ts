/** One fresh editor per test (its own browser shell), with the page's errors collected so the test can fail on them. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import type { Page } from 'playwright-core';
import { node } from './canvas';
import { tempDir } from './paths';
import { launchBrowserShell, type AppTarget } from './targets';

export interface EditorSession {
  page: Page;
  /** Uncaught page errors and console errors seen so far. */
  errors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Where the screenshots of the fixed states go (a temp folder, kept after the run). */
export const EDITING_SHOTS = path.join(os.tmpdir(), 'convas-editing-shots');

export async function openEditor(): Promise<EditorSession> {
  const root = await tempDir('convas-editing-');
  const app: AppTarget = await launchBrowserShell(root);
  const { page } = app;
  const errors: string[] = [];
  page.on('pageerror', e => errors.push(`pageerror: ${e.message}`));
  page.on('console', m => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await node(page, 'Input', 'input').waitFor();
  await mkdir(EDITING_SHOTS, { recursive: true });
  return {
    page,
    // The target logged errors from before these listeners existed (page load) too.
    get errors() {
      return [...new Set([...app.logs, ...errors])];
    },
    async screenshot(name) {
      const file = path.join(EDITING_SHOTS, name);
      await page.screenshot({ path: file });
      return file;
    },
    close: () => app.close(),
  };
}
