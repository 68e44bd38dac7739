/** Terminal output helpers shared by the subcommands. */
import type { ConvasError, Problem } from '../../engine/core/errors';

/** What `jsonLine` prints, as a type: bytes as base64 text. */
export type JsonOf<T> = T extends Uint8Array
  ? string
  : T extends readonly (infer E)[]
    ? JsonOf<E>[]
    : T extends object
      ? { [K in keyof T]: JsonOf<T[K]> }
      : T;

/**
 * The one JSON line a command ends with (`--json`). JSON has no bytes: images (Uint8Array) become base64 here, once.
 * @example jsonLine({ samples: [{ pixels: [new Uint8Array([255])] }] }) // '{"samples":[{"pixels":["/w=="]}]}'
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof Uint8Array ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') : v,
  );
}

/** Left-aligned text columns, right-aligned numbers, like Keras' model.summary(). */
export function table(headers: string[], rows: string[][], numeric: boolean[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = '─'.repeat(widths.reduce((a, b) => a + b + 2, -2));
  return [line(headers), rule, ...rows.map(line), rule].join('\n');
}

export const problemLine = (file: string, p: Problem): string =>
  `${file}: ${p.severity === 'error' ? 'error' : 'warning'} ${p.code}: ${p.message}${p.field && !p.message.includes(p.field) ? ` [${p.field}]` : ''} — ${p.hint}`;

/** One line for a user error (exit 2), never a stack trace. */
export function errorLine(e: ConvasError): string {
  return `convas: ${e.code}: ${e.message} — ${e.hint}`;
}

export const fixed = (v: number | null | undefined, digits = 4): string =>
  v === null || v === undefined || Number.isNaN(v) ? '—' : v.toFixed(digits);
export const percent = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : `${(100 * v).toFixed(2)}%`;

export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
      : `${s}s`;
}
