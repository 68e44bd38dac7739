/** Waiting for a condition (never for a fixed time), bounded, with a message that says what was awaited. */

export const UI_TIMEOUT = 30_000;

const brief = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

/**
 * Polls `read` until `accept` holds and returns the value read; past `timeout` it throws with the last value.
 * @example const points = await until(() => curvePoints(page), n => n >= 3, 'three loss points');
 */
export async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeout = UI_TIMEOUT,
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > end)
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last seen: ${brief(value)}`);
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}
