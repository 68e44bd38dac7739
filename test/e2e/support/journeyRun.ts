/**
 * What every journey spec shares: one app for all its steps (launched before, closed after), steps
 * that are skipped after the first failure (their failure would only echo it) with a screenshot of
 * the failure, a step failing on any page error or console error it did not expect, and a one-line
 * report at the end.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import type { Journey } from './journey';
import { tempDir } from './paths';
import { ensureRendererBuilt } from './rendererBuild';
import type { AppTarget } from './targets';

export interface JourneyRunOptions {
  /** Prefix of the temporary folder holding the app's files and the screenshots. */
  prefix: string;
  launch(root: string): Promise<AppTarget>;
  /** Whether this run writes the committed screenshots (with CONVAS_SCREENSHOTS=1). */
  commitScreenshots: boolean;
  /** Writes what the journey needs into its folder before the app starts. */
  prepare?(root: string): Promise<void>;
  /** Steps that each start from a known state: a failure does not skip the ones after it. */
  independentSteps?: boolean;
  /** The facts printed at the end, after the target's name. */
  summary(j: Journey): string;
}

/**
 * Registers the before/after hooks and returns `step`, which defines one `it` of the journey.
 * @example
 * const { step } = journeyRun({ prefix: 'convas-e2e-', launch: launchBrowserShell, commitScreenshots: true, summary: () => '' });
 * step('builds LeNet-5', buildLenet);
 */
export function journeyRun(options: JourneyRunOptions) {
  let j: Journey | undefined;
  let broken: string | null = null;
  let failed = false;

  beforeAll(async () => {
    await ensureRendererBuilt();
    const root = await tempDir(options.prefix);
    const dirs = {
      root,
      projects: path.join(root, 'projects'),
      exports: path.join(root, 'exports'),
      shots: path.join(root, 'screenshots'),
    };
    await Promise.all([dirs.projects, dirs.exports, dirs.shots].map(d => mkdir(d, { recursive: true })));
    await options.prepare?.(root);
    const target = await options.launch(root);
    j = { target, page: target.page, dirs, commitScreenshots: options.commitScreenshots, facts: {} };
  }, 180_000);

  afterAll(async () => {
    if (!j) return;
    // What the page reported after the last step (a late rejection, an error while idle).
    const late = failed ? [] : j.target.pageErrors.take();
    await j.target.close();
    const name = j.target.name;
    console.log(`[${name}] ${options.summary(j)}`);
    if (failed || j.target.logs.length) {
      console.log(`[${name}] screenshots and files kept in ${j.dirs.root}`);
      if (j.target.logs.length) console.log(`[${name}] logged by the app:\n${j.target.logs.join('\n')}`);
    } else {
      console.log(`[${name}] screenshots: ${j.dirs.shots}`);
      await rm(path.join(j.dirs.root, 'chromium-profile'), { recursive: true, force: true });
    }
    if (late.length) throw new Error(pageErrorText('after the last step', late));
  });

  const step = (name: string, run: (j: Journey) => Promise<void>, timeout = 90_000) =>
    it(
      name,
      async ctx => {
        if (broken) ctx.skip(`an earlier step failed: ${broken}`);
        try {
          await run(j!);
          const errors = j!.target.pageErrors.take();
          if (errors.length) throw new Error(pageErrorText('during this step', errors));
        } catch (e) {
          failed = true;
          if (!options.independentSteps) broken = name;
          const pending = j?.target.pageErrors.take() ?? [];
          if (pending.length) console.log(pageErrorText('before this step failed', pending));
          await j?.page
            .screenshot({ path: path.join(j.dirs.shots, `failed-${name.replace(/\W+/g, '-')}.png`) })
            .catch(() => undefined);
          throw e;
        }
      },
      timeout,
    );

  return { step };
}

const pageErrorText = (when: string, errors: string[]) =>
  `The page reported ${errors.length} error(s) ${when}:\n${errors.map(e => `  ${e}`).join('\n')}`;
