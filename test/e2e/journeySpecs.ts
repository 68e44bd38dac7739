/**
 * The new-user journey as specs, defined once and run against each host. Steps share one app and
 * build on each other; after a failed step the later ones are skipped (their failure would only echo it).
 */
import { journeyRun } from './support/journeyRun';
import type { AppTarget } from './support/targets';
import { buildLenet } from './steps/buildLenet';
import { exportModel, loadExportedModel, saveReloadReopen } from './steps/saveAndExport';
import { trainOneEpoch } from './steps/train';

export interface JourneyOptions {
  launch(root: string): Promise<AppTarget>;
  /** Whether this host writes the committed screenshots (with CONVAS_SCREENSHOTS=1). */
  commitScreenshots: boolean;
}

export function defineJourney({ launch, commitScreenshots }: JourneyOptions): void {
  const { step } = journeyRun({
    prefix: 'convas-e2e-',
    launch,
    commitScreenshots,
    summary: ({ facts: f }) =>
      `training ${f.trainingSeconds?.toFixed(1) ?? '—'} s, longest renderer task while training ${
        f.maxLongTaskMs === undefined
          ? '—'
          : `${Math.round(f.maxLongTaskMs)} ms (most CPU in one: ${Math.round(f.maxLongTaskCpuMs ?? 0)} ms)`
      }, test accuracy ${f.testAccuracy === undefined ? '—' : `${(f.testAccuracy * 100).toFixed(1)} %`}; project ${f.savedPath ?? '—'}; model ${f.exportDir ?? '—'}`,
  });

  step('builds LeNet-5 from a blank canvas, sees every shape, makes a wiring mistake and fixes it', buildLenet);
  step(
    'trains one epoch on a subset: live curve and feature maps, pause and resume, no long task, test accuracy',
    trainOneEpoch,
    150_000,
  );
  step('exports the trained model into a folder through the Export button', exportModel);
  step(
    'saves as a file, reloads the page, reopens it from Recent (and Open…) and finds it identical',
    saveReloadReopen,
  );
  step('loads the exported model back with tfjs (cpu): output [null, 10], and it predicts', loadExportedModel);
}
