/** The built renderer the tests serve, built by the product's own check (electron/shell/rendererBuild). */
import { ensureRendererBuilt as ensureBuilt } from '../../../electron/shell/rendererBuild';
import { rendererDirOf } from '../../../electron/shell/rendererFreshness';
import { REPO } from './paths';

export const RENDERER_DIR = rendererDirOf(REPO);

/**
 * Builds dist/renderer when it is missing, older than a source, or a development build.
 * @example await ensureRendererBuilt(); // 'fresh' when nothing changed since the last build
 */
export async function ensureRendererBuilt(): Promise<'fresh' | 'built'> {
  const outcome = await ensureBuilt({ root: REPO });
  if (outcome === 'unchecked')
    throw new Error('vite is not installed: the tests need the dev dependencies (`npm install`).');
  return outcome;
}
