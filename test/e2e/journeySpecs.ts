/**
 * The new-user journey as specs, defined once and run against each host. Steps share one app and
 * build on each other; after a failed step the later ones are skipped (their failure would only echo it).
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import type { Journey } from './support/journey';
import { tempDir } from './support/paths';
import { ensureRendererBuilt } from './support/rendererBuild';
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
  let j: Journey | undefined;
  let broken: string | null = null;

  beforeAll(async () => {
    await ensureRendererBuilt();
    const root = await tempDir('convas-e2e-');
    const dirs = { root, projects: path.join(root, 'projects'), exports: path.join(root, 'exports'), shots: path.join(root, 'screenshots') };
    await Promise.all([dirs.projects, dirs.exports, dirs.shots].map(d => mkdir(d, { recursive: true })));
    const target = await launch(root);
    j = { target, page: target.page, dirs, commitScreenshots, facts: {} };
  }, 180_000);

  afterAll(async () => {
    if (!j) return;
    await j.target.close();
    const f = j.facts;
    console.log(`[${j.target.name}] training ${f.trainingSeconds?.toFixed(1) ?? '—'} s, longest renderer task while training ${
      f.maxLongTaskMs === undefined ? '—' : `${Math.round(f.maxLongTaskMs)} ms (most CPU in one: ${Math.round(f.maxLongTaskCpuMs ?? 0)} ms)`}, test accuracy ${f.testAccuracy === undefined ? '—' : `${(f.testAccuracy * 100).toFixed(1)} %`}; project ${f.savedPath ?? '—'}; model ${f.exportDir ?? '—'}`);
    if (broken || j.target.logs.length) {
      console.log(`[${j.target.name}] screenshots and files kept in ${j.dirs.root}`);
      if (j.target.logs.length) console.log(`[${j.target.name}] logged by the app:\n${j.target.logs.join('\n')}`);
    } else {
      console.log(`[${j.target.name}] screenshots: ${j.dirs.shots}`);
      await rm(path.join(j.dirs.root, 'chromium-profile'), { recursive: true, force: true });
    }
  });

  /** One step of the journey; skipped when an earlier one failed. */
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

  step('builds LeNet-5 from a blank canvas, sees every shape, makes a wiring mistake and fixes it', buildLenet);
  step('trains one epoch on a subset: live curve and feature maps, pause and resume, no long task, test accuracy', trainOneEpoch, 150_000);
  step('exports the trained model into a folder through the Export button', exportModel);
  step('saves as a file, reloads the page, reopens it from Recent (and Open…) and finds it identical', saveReloadReopen);
  step('loads the exported model back with tfjs (cpu): output [null, 10], and it predicts', loadExportedModel);
}
