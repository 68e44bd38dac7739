/**
 * End to end with a folder of images: pick it, read its report, add augmentation layers and watch
 * their preview, train on it, then train on the same images as a regression from a CSV — in the
 * browser shell (Debian's Chromium).
 */
import path from 'node:path';
import { describe } from 'vitest';
import { journeyRun } from './support/journeyRun';
import { writeOffsetsCsv, writeShapesFolder } from './support/shapesFolder';
import { launchBrowserShell } from './support/targets';
import { insertAugmentations, watchAugmentationPreview } from './steps/augmentations';
import { pickImageFolder, readDatasetReport } from './steps/imageFolder';
import { trainRegression } from './steps/regression';
import { trainOnFolder } from './steps/trainOnFolder';

const PER_CLASS = 40;

describe('a folder of images in the browser shell', () => {
  let folder = '';
  let files = 0;
  const { step } = journeyRun({
    prefix: 'convas-e2e-dataset-',
    launch: launchBrowserShell,
    commitScreenshots: true,
    async prepare(root) {
      folder = path.join(root, 'shapes');
      files = await writeShapesFolder(folder, PER_CLASS);
      await writeOffsetsCsv(path.join(root, 'offsets.csv'), 'shapes', PER_CLASS);
    },
    summary: ({ facts: f }) =>
      `dataset journey: training ${f.trainingSeconds?.toFixed(1) ?? '—'} s, test accuracy ${f.testAccuracy === undefined ? '—' : `${(f.testAccuracy * 100).toFixed(1)} %`}`,
  });

  step('picks the image folder with the path picker and previews it at the Input shape', j =>
    pickImageFolder(j, folder),
  );
  step('reads the dataset report: progress, images per class and split, sizes, samples, the corrupt file', j =>
    readDatasetReport(j, files, PER_CLASS),
  );
  step('inserts Random Flip and Random Rotation between the Input and conv1', insertAugmentations);
  step('previews the rotation: the images change with its factor and on Re-roll', watchAugmentationPreview);
  step('trains a short run on the folder through the augmentation layers to its result', trainOnFolder, 150_000);
  step(
    'trains the same images as a regression from a CSV: MAE curves, scatter and worst predictions',
    j => trainRegression(j, path.join(j.dirs.root, 'offsets.csv')),
    150_000,
  );
});
