/** A host error `{ code, message, hint }` or anything thrown, as text for the UI. */
export function errorParts(error: unknown): { message: string; hint?: string; code?: string } {
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    const { message, hint, code } = error as { message: string; hint?: unknown; code?: unknown };
    return { message, ...(typeof hint === 'string' && hint && { hint }), ...(typeof code === 'string' && { code }) };
  }
  return { message: String(error) };
}

export function errorText(error: unknown): string {
  const { message, hint } = errorParts(error);
  return hint ? `${message} — ${hint}` : message;
}
