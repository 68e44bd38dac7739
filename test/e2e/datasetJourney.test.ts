/**
 * End to end with a folder of images: pick it, read its report, add augmentation layers and watch
 * their preview, train on it, then train on the same images as a regression from a CSV — in the
 * browser shell (Debian's Chromium).
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Journey } from './support/journey';
import { tempDir } from './support/paths';
import { ensureRendererBuilt } from './support/rendererBuild';
import { writeOffsetsCsv, writeShapesFolder } from './support/shapesFolder';
import { launchBrowserShell } from './support/targets';
import { insertAugmentations, watchAugmentationPreview } from './steps/augmentations';
import { pickImageFolder, readDatasetReport } from './steps/imageFolder';
import { trainRegression } from './steps/regression';
import { trainOnFolder } from './steps/trainOnFolder';

const PER_CLASS = 40;

describe('a folder of images in the browser shell', () => {
  let j: Journey | undefined;
  let broken: string | null = null;
  let folder = '';
  let files = 0;

  beforeAll(async () => {
    await ensureRendererBuilt();
    const root = await tempDir('convas-e2e-dataset-');
    folder = path.join(root, 'shapes');
    const dirs = { root, projects: path.join(root, 'projects'), exports: path.join(root, 'exports'), shots: path.join(root, 'screenshots') };
    await Promise.all([dirs.projects, dirs.exports, dirs.shots].map(d => mkdir(d, { recursive: true })));
    files = await writeShapesFolder(folder, PER_CLASS);
    await writeOffsetsCsv(path.join(root, 'offsets.csv'), 'shapes', PER_CLASS);
    const target = await launchBrowserShell(root);
    j = { target, page: target.page, dirs, commitScreenshots: true, facts: {} };
  }, 180_000);

  afterAll(async () => {
    if (!j) return;
    await j.target.close();
    console.log(`[dataset journey] training ${j.facts.trainingSeconds?.toFixed(1) ?? '—'} s, test accuracy ${j.facts.testAccuracy === undefined ? '—' : `${(j.facts.testAccuracy * 100).toFixed(1)} %`}`);
    if (broken || j.target.logs.length) {
      console.log(`[dataset journey] screenshots and files kept in ${j.dirs.root}`);
      if (j.target.logs.length) console.log(`[dataset journey] logged by the app:\n${j.target.logs.join('\n')}`);
    } else {
      console.log(`[dataset journey] screenshots: ${j.dirs.shots}`);
      await rm(path.join(j.dirs.root, 'chromium-profile'), { recursive: true, force: true });
    }
  });

  /** One step; skipped when an earlier one failed (its failure would only echo). */
  const step = (name: string, run: (j: Journey) => Promise<void>, timeout = 90_000) =>
    it(name, async ctx => {
      if (broken) ctx.skip(`an earlier step failed: ${broken}`);
      try {
        await run(j!);
      } catch (e) {
        broken = name;
        await j?.page.screenshot({ path: path.join(j.dirs.shots, `failed-${name.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
        throw e;
      }
    }, timeout);

  step('picks the image folder with the path picker and previews it at the Input shape', j => pickImageFolder(j, folder));
  step('reads the dataset report: progress, images per class and split, sizes, samples, the corrupt file', j => readDatasetReport(j, files, PER_CLASS));
  step('inserts Random Flip and Random Rotation between the Input and conv1', insertAugmentations);
  step('previews the rotation: the images change with its factor and on Re-roll', watchAugmentationPreview);
  step('trains a short run on the folder through the augmentation layers to its result', trainOnFolder, 150_000);
  step('trains the same images as a regression from a CSV: MAE curves, scatter and worst predictions', j => trainRegression(j, path.join(j.dirs.root, 'offsets.csv')), 150_000);
});
