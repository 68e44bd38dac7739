/** What Convas says when the built UI is not there: the shell's page, the desktop app's error box, stderr. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConvasError } from '../../engine/core/errors';

/** The package.json script that builds everything the app serves (dist/renderer and dist/electron). */
export const BUILD_COMMAND = 'npm run build';

/** A source checkout has the UI's sources beside dist/; an installed app has only dist/. */
export const isSourceCheckout = (root: string): boolean => existsSync(path.join(root, 'renderer', 'index.html'));

/**
 * Why `rendererDir` (…/dist/renderer) has no index.html, and the command that fixes it.
 * @example rendererMissing('/home/ada/convas/dist/renderer').hint // 'In /home/ada/convas run `npm install`, then `npm run build` …'
 */
export function rendererMissing(rendererDir: string): ConvasError {
  const root = path.resolve(rendererDir, '..', '..');
  if (!isSourceCheckout(root)) {
    return new ConvasError(
      'UI_NOT_BUILT',
      `The Convas UI is missing (${rendererDir}): this installation is incomplete.`,
      'Reinstall Convas.',
    );
  }
  return new ConvasError(
    'UI_NOT_BUILT',
    `The Convas UI is not built: ${rendererDir} is missing.`,
    `In ${root} run \`npm install\`, then \`${BUILD_COMMAND}\`, and reload; \`npx convas serve\` and \`npm start\` build it themselves when they start.`,
  );
}

/**
 * vite's last lines of output as the reason, and the command that shows them again.
 * @example rendererBuildFailed('/home/ada/convas', 'main.tsx (3:1): Unexpected token').message
 */
export function rendererBuildFailed(root: string, reason: string): ConvasError {
  return new ConvasError(
    'UI_NOT_BUILT',
    `Building the Convas UI failed: ${reason}`,
    `Fix what vite reports, then run \`${BUILD_COMMAND}\` in ${root} (or start Convas again: it retries the build).`,
  );
}
