/** `npm run build:renderer`: a production build of the UI into dist/renderer, now, fresh or not. */
import { ConvasError } from '../../engine/core/errors';
import { buildRenderer } from './rendererBuild';

const started = Date.now();
try {
  await buildRenderer();
  console.log(`Built the Convas UI into dist/renderer in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} catch (e) {
  if (!(e instanceof ConvasError)) throw e;
  console.error(`convas: ${e.code}: ${e.message} — ${e.hint}`);
  process.exitCode = 1;
}
