/** A host error `{ code, message, hint }` or anything thrown, as the UI shows it: one reading of both. */
import type { HostError } from '../../electron/contract/hostApi';

export type UserError = HostError;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Turns whatever a host call rejected with into a message, a fix hint ('' when none) and a code. */
export function toUserError(error: unknown): UserError {
  if (isRecord(error) && typeof error.message === 'string') {
    const code = typeof error.code === 'string' ? error.code : 'INTERNAL';
    const hint = typeof error.hint === 'string' ? error.hint : '';
    return { code: code as UserError['code'], message: error.message, hint };
  }
  return { code: 'INTERNAL', message: String(error), hint: '' };
}

/** One line for a notice or a field: "message — hint", or the message alone. */
export function errorText(error: unknown): string {
  const { message, hint } = toUserError(error);
  return hint ? `${message} — ${hint}` : message;
}
