/** The tfjs backend of this process, chosen once: tfjs keeps one global backend, so every host shares it. */
import { selectBackend, type SelectedBackend } from '../../engine/tf/backend';

let chosen: Promise<SelectedBackend> | undefined;

/**
 * Chosen by $CONVAS_BACKEND (else the best available) on first use; a failure is retried next time.
 * @example await processBackend(); // before a probe, an export or an import
 */
export function processBackend(): Promise<SelectedBackend> {
  chosen ??= selectBackend(process.env.CONVAS_BACKEND).catch(e => {
    chosen = undefined;
    throw e;
  });
  return chosen;
}
