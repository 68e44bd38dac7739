/**
 * What every journey spec shares: one app for all its steps (launched before, closed after), steps
 * that are skipped after the first failure (their failure would only echo it) with a screenshot of
 * the failure, and a one-line report at the end.
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

  beforeAll(async () => {
    await ensureRendererBuilt();
    const root = await tempDir(options.prefix);
    const dirs = { root, projects: path.join(root, 'projects'), exports: path.join(root, 'exports'), shots: path.join(root, 'screenshots') };
    await Promise.all([dirs.projects, dirs.exports, dirs.shots].map(d => mkdir(d, { recursive: true })));
    await options.prepare?.(root);
    const target = await options.launch(root);
    j = { target, page: target.page, dirs, commitScreenshots: options.commitScreenshots, facts: {} };
  }, 180_000);

  afterAll(async () => {
    if (!j) return;
    await j.target.close();
    const name = j.target.name;
    console.log(`[${name}] ${options.summary(j)}`);
    if (broken || j.target.logs.length) {
      console.log(`[${name}] screenshots and files kept in ${j.dirs.root}`);
      if (j.target.logs.length) console.log(`[${name}] logged by the app:\n${j.target.logs.join('\n')}`);
    } else {
      console.log(`[${name}] screenshots: ${j.dirs.shots}`);
      await rm(path.join(j.dirs.root, 'chromium-profile'), { recursive: true, force: true });
    }
  });

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

  return { step };
}
