/** Errors shown in the dashboard: the host's `{ code, message, hint }` or anything thrown. */
import type { HostError } from '../../electron/contract/hostApi';

export type UserError = HostError;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Turns whatever a host call rejected with into a message and a fix hint. */
export function toUserError(error: unknown): UserError {
  if (isRecord(error) && typeof error.message === 'string') {
    const code = typeof error.code === 'string' ? error.code : 'INTERNAL';
    const hint = typeof error.hint === 'string' ? error.hint : '';
    return { code: code as UserError['code'], message: error.message, hint };
  }
  return { code: 'INTERNAL', message: String(error), hint: '' };
}
