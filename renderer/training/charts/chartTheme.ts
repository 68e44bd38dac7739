/** Shared look of the training charts (recharts props), so the three charts match. */
export const SERIES = {
  train: '#6e8bff',
  trainRaw: 'rgba(110, 139, 255, 0.28)',
  validation: '#ff9f5a',
} as const;

export const AXIS = {
  stroke: 'var(--tp-border-strong)',
  tick: { fontSize: 10, fill: 'var(--tp-axis)' },
  tickLine: false,
  // Every given tick is shown: recharts then skips measuring each label in the DOM to thin them
  // out (a forced layout per label, the costliest part of a redraw).
  interval: 0,
} as const;

export const GRID = { stroke: 'var(--tp-grid)', vertical: false } as const;

export const CHART_MARGIN = { top: 8, right: 12, bottom: 0, left: -6 };

export const compactTick = (v: number) =>
  Math.abs(v) >= 1000 ? `${Math.round(v / 100) / 10}k` : String(Number(v.toPrecision(3)));
export const percentTick = (v: number) => `${Math.round(v * 100)}%`;
