/** Numbers as the UI shows them: one implementation of each format. */

/** "42 s", "3 min 05 s", "1 h 20 min"; "—" while unknown. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

export const formatPercent = (fraction: number | null | undefined, digits = 1) =>
  fraction === null || fraction === undefined || !Number.isFinite(fraction)
    ? '—'
    : `${(fraction * 100).toFixed(digits)} %`;

/** A count in full, grouped: "12,345". */
export const formatCount = (n: number) => Math.round(n).toLocaleString('en-US');

/** A count shortened with a unit: "12.3 K", "4.56 M" (params and FLOPs; the engine's summary, shared with the CLI, owns it). */
export { formatCompactCount } from '../../engine/core/graph/summary';

/** Up to 4 significant digits, without trailing noise: 0.0023, 1.234, 1,235. */
export function formatValue(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (v !== 0 && Math.abs(v) < 0.001) return v.toExponential(1);
  return Math.abs(v) >= 1000 ? formatCount(v) : String(Number(v.toPrecision(4)));
}
