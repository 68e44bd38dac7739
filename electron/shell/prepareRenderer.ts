/** For commands that go on to show the UI: build it when needed, and never stop on a failed build. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConvasError } from '../../engine/core/errors';
import { APP_ROOT } from '../service/appDirs';
import { ensureRendererBuilt } from './rendererBuild';
import { rendererDirOf } from './rendererFreshness';
import { rendererBuildFailed, rendererMissing } from './rendererMissing';

const stderrLine = (line: string) => {
  process.stderr.write(`${line}\n`);
};
const problemLine = (p: ConvasError) => `convas: ${p.code}: ${p.message} — ${p.hint}`;

/**
 * Builds dist/renderer if needed. A failure is printed; with an earlier build at hand that one is
 * served, otherwise the problem is returned for the page (or the caller) to show.
 * @example
 * const problem = await prepareRenderer(); // undefined: the UI is ready to serve
 * await startShell({ rendererProblem: problem });
 */
export async function prepareRenderer(
  root: string = APP_ROOT,
  log: (line: string) => void = stderrLine,
): Promise<ConvasError | undefined> {
  const index = path.join(rendererDirOf(root), 'index.html');
  try {
    await ensureRendererBuilt({ root, log });
    if (existsSync(index)) return undefined;
    const problem = rendererMissing(rendererDirOf(root));
    log(problemLine(problem));
    return problem;
  } catch (e) {
    const problem =
      e instanceof ConvasError ? e : rendererBuildFailed(root, e instanceof Error ? e.message : String(e));
    log(problemLine(problem));
    if (!existsSync(index)) return problem;
    log('convas: serving the previous build of the UI meanwhile.');
    return undefined;
  }
}
