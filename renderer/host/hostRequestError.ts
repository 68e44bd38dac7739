/** The error every host call rejects with: what the UI shows (message and fix hint) and a stable code. */
import type { HostError, HostMethod } from '../../electron/contract/hostApi';

/** HostError codes, plus DISCONNECTED when the browser shell's socket drops mid-call. */
type HostErrorCode = HostError['code'] | 'DISCONNECTED';

/**
 * @example
 * try { await host.openProject({ path }); } catch (e) {
 *   if (e instanceof HostRequestError) toast(`${e.message} — ${e.hint}`);
 * }
 */
export class HostRequestError extends Error {
  override readonly name = 'HostRequestError';
  readonly code: HostErrorCode;
  readonly hint: string;
  readonly method: HostMethod;

  constructor(method: HostMethod, error: { code: HostErrorCode; message: string; hint: string }) {
    super(error.message);
    this.code = error.code;
    this.hint = error.hint;
    this.method = method;
  }

  /** The plain `{ code, message, hint }` the UI stores and renders. */
  toJSON(): { code: HostErrorCode; message: string; hint: string } {
    return { code: this.code, message: this.message, hint: this.hint };
  }
}
