/** What the steps of one user journey share: the app, folders, and facts found on the way. */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './paths';
import type { AppTarget } from './targets';

export interface Journey {
  target: AppTarget;
  page: Page;
  dirs: { root: string; projects: string; exports: string; shots: string };
  /** Whether this journey may write the committed screenshots (one host does). */
  commitScreenshots: boolean;
  /** Set by earlier steps, read by later ones. */
  facts: {
    savedPath?: string;
    exportDir?: string;
    maxLongTaskMs?: number;
    /** The most main-thread CPU any of those long tasks used. */
    maxLongTaskCpuMs?: number;
    trainingSeconds?: number;
    testAccuracy?: number;
  };
}

export const SCREENSHOTS_WANTED = process.env.CONVAS_SCREENSHOTS === '1';

/** The screenshots the README shows; others are for debugging only. */
const COMMITTED = new Set([
  'canvas.png',
  'training.png',
  'feature-maps.png',
  'dataset-report.png',
  'augmentation-preview.png',
  'dataset-training.png',
  'regression-result.png',
  'result-beside-progress.png',
  'switched-project.png',
  'conv-pool-maps.png',
  'export-new-folder.png',
]);

/** A 1280×800 screenshot into the run's temp folder and, for the README's, with CONVAS_SCREENSHOTS=1 into test/e2e/screenshots/. */
export async function screenshot(j: Journey, name: string): Promise<string> {
  const file = path.join(j.dirs.shots, name);
  await j.page.screenshot({ path: file });
  if (j.commitScreenshots && SCREENSHOTS_WANTED && COMMITTED.has(name)) {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await copyFile(file, path.join(SCREENSHOT_DIR, name));
  }
  return file;
}
