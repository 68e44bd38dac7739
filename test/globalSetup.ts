/**
 * Builds the renderer once, before any test file runs: several files serve dist/renderer, and a
 * rebuild in the middle of the run (vite empties the folder) would leave a page loading assets
 * that no longer exist.
 */
import { ensureRendererBuilt } from './e2e/support/rendererBuild';

export default async function setup(): Promise<void> {
  await ensureRendererBuilt();
}
