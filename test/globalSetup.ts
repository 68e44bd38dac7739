/**
 * Builds the renderer once, before any test file runs: several files serve dist/renderer, and a
 * rebuild in the middle of the run would replace hashed assets that a loaded page still names.
 */
import { ensureRendererBuilt } from './e2e/support/rendererBuild';

export default async function setup(): Promise<void> {
  await ensureRendererBuilt();
}
